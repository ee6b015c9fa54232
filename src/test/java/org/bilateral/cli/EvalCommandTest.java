package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.cli.CliRunner.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bilateral eval}: files, folders, a corpus read in-process, the output forms and the exit statuses. */
class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private Path write(String rel, String json) throws IOException {
    Path p = tmp.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, json.replace('\'', '"'));
    return p;
  }

  private static final String GOLD = "{'memberships': ['UN', 'WTO'], 'relations': {'established': '1921-03-14'}}";
  private static final String PRED = "{'memberships': ['UN', 'OAS'], 'relations': {'established': '1921-03-14'}}";

  @Test
  void twoFilesGiveScorePysTable() throws IOException {
    Path gold = write("gold.json", GOLD);
    Path pred = write("pred.json", PRED);
    CliRunner.Result r = cli.run("eval", gold.toString(), pred.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(
        "category                          P      R     F1    tp    fp    fn",
        "memberships                   0.500  0.500  0.500     1     1     1",
        "relations.established         1.000  1.000  1.000     1     0     0",
        "micro over 1 documents: P 0.667 R 0.667 F1 0.667 (tp 2, fp 1, fn 1)");
    assertThat(cli.run("eval", "--verbose", gold.toString(), pred.toString()).outLines())
        .contains("  missed   memberships: \"WTO\"", "  spurious memberships: \"OAS\"");
  }

  @Test
  void jsonAndMinF1() throws IOException {
    Path gold = write("gold.json", GOLD);
    Path pred = write("pred.json", PRED);
    CliRunner.Result r = cli.run("eval", "--json", gold.toString(), pred.toString(), "--min-f1", "0.6");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.path("documents").asInt()).isEqualTo(1);
    assertThat(j.path("categories").path("memberships").path("fp").asInt()).isEqualTo(1);
    assertThat(j.path("micro").path("f1").asDouble()).isEqualTo(2.0 / 3);
    assertThat(j.path("tp").asInt()).isEqualTo(2);

    CliRunner.Result below = cli.run("eval", gold.toString(), pred.toString(), "--min-f1", "0.7");
    assertThat(below.status()).isEqualTo(1);
    assertThat(below.out()).contains("micro over 1 documents");
    assertThat(below.err()).isEmpty();
  }

  @Test
  void foldersPairByFileNameAndAMissingPredictionCountsAsEmpty() throws IOException {
    write("gold/a.json", GOLD);
    write("gold/b.json", "{'memberships': ['UN']}");
    write("gold/notes.txt", "not a dossier, not scored");
    write("pred/a.json", PRED);
    CliRunner.Result r = cli.run("eval", tmp.resolve("gold").toString(), tmp.resolve("pred").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.errLines()).containsExactly("# b.json: no usable prediction (no such file); counted as empty");
    assertThat(r.outLines()).contains("memberships                   0.500  0.333  0.400     1     1     2")
        .last().isEqualTo("micro over 2 documents: P 0.667 R 0.500 F1 0.571 (tp 2, fp 1, fn 2)");

    write("pred/b.json", "{'memberships': ");
    assertThat(cli.run("eval", tmp.resolve("gold").toString(), tmp.resolve("pred").toString()).errLines())
        .singleElement().asString().startsWith("# b.json: no usable prediction (not JSON: ");
  }

  @Test
  void corpusIsReadInProcess() throws IOException {
    Path corpus = tmp.resolve("corpus");
    article("chile-norway.txt", corpus);
    article("iceland-peru.txt", corpus);
    // the gold is what extract writes, so the score is perfect and no file is read back from disk
    CliRunner.Result extracted = cli.run("extract", "--out", tmp.resolve("gold").toString(), corpus.resolve("chile-norway.txt").toString());
    assertThat(extracted.status()).as(extracted.err()).isZero();
    write("gold/lost-article.json", "{'memberships': ['UN']}");

    CliRunner.Result r = cli.run("eval", tmp.resolve("gold").toString(), "--corpus", corpus.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("# lost-article: no usable prediction (no article lost-article.txt or .wiki in ");
    assertThat(r.outLines()).last().asString().startsWith("micro over 2 documents: P 1.000 R ")
        .endsWith("fn 1)");
    assertThat(Files.list(tmp.resolve("gold")).count()).isEqualTo(2); // nothing written
  }

  @Test
  void badInputIsOneLineAndStatusTwo() throws IOException {
    Path gold = write("gold.json", GOLD);
    Path pred = write("pred.json", PRED);
    write("dir/x.json", GOLD);
    cli.run("eval", tmp.resolve("missing").toString(), pred.toString()).refused(2, "missing", "no such file or folder");
    cli.run("eval", tmp.resolve("dir").toString(), tmp.resolve("nope").toString()).refused(2, "nope", "no such folder");
    cli.run("eval", tmp.resolve("dir").toString(), pred.toString()).refused(2, "pred.json", "two folders or two files");
    cli.run("eval", gold.toString(), tmp.resolve("dir").toString()).refused(2, "dir", "two folders or two files");
    cli.run("eval", pred.toString(), "--corpus", tmp.resolve("nope").toString()).refused(2, "nope", "no such folder");
    cli.run("eval", write("bad.json", "{'memberships': [").toString(), pred.toString()).refused(2, "bad.json", "not JSON");
    cli.run("eval", write("list.json", "['UN']").toString(), pred.toString()).refused(2, "list.json", "not a gold dossier");
    cli.run("eval", gold.toString()).refused(2, "PRED", "--corpus");
    cli.run("eval", gold.toString(), pred.toString(), "--corpus", tmp.toString()).refused(2, "not both");
    cli.run("eval", gold.toString(), pred.toString(), "--min-f1", "high").refused(2, "--min-f1");
    Files.createDirectories(tmp.resolve("empty"));
    cli.run("eval", tmp.resolve("empty").toString(), tmp.resolve("dir").toString()).refused(2, "empty", "no gold dossiers");
  }

  @Test
  void helpDocumentsTheExitStatuses() {
    CliRunner.Result r = cli.run("eval", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--corpus", "--min-f1", "--json", "--verbose", "Exit status:")
        .containsPattern("0\\s+ok").containsPattern("1\\s+the micro F1 is below --min-f1").containsPattern("2\\s+bad input");
    assertThat(cli.run("--help").out()).contains("eval");
  }
}
