package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.cli.CliRunner.article;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.model.Visit;
import org.bilateral.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The commands on good input, and the error handling that is not about a particular input. */
class CommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private String db() {
    return tmp.resolve("test.db").toString();
  }

  @Test
  void helpListsCommandsAndExitStatuses() {
    CliRunner.Result r = cli.run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("extract", "ingest", "show", "timeline", "pairs", "--debug")
        .contains("Exit status:").containsPattern("0\\s+ok").containsPattern("1\\s+internal failure")
        .containsPattern("2\\s+bad input or usage");
    assertThat(cli.run("show", "--help").out()).contains("--as-of", "--sources", "--json", "--db")
        .contains("Exit status:").containsPattern("2\\s+bad input or usage");
  }

  @Test
  void extractOneFilePrintsOneIndentedDossier() throws IOException {
    CliRunner.Result r = cli.run("extract", article("chile-norway.txt", tmp).toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().size()).isGreaterThan(3);
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.path("schema").asText()).isEqualTo("dossier/1");
  }

  @Test
  void extractSeveralFilesPrintsJsonLines() throws IOException {
    Path folder = tmp.resolve("articles");
    article("chile-norway.txt", folder);
    article("iceland-peru.txt", folder);
    CliRunner.Result r = cli.run("extract", folder.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.outLines()).hasSize(2);
    for (String line : r.outLines()) assertThat(JSON.readTree(line).path("schema").asText()).isEqualTo("dossier/1");
  }

  @Test
  void extractToAFolderWritesOneJsonPerArticle() throws IOException {
    Path out = tmp.resolve("out/dossiers");
    CliRunner.Result r = cli.run("extract", "--out", out.toString(),
        article("chile-norway.txt", tmp).toString(), article("iceland-peru.txt", tmp).toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("chile-norway.json", "iceland-peru.json");
    }
    assertThat(JSON.readTree(out.resolve("chile-norway.json").toFile()).path("schema").asText()).isEqualTo("dossier/1");
  }

  @Test
  void extractRefusesToOverwriteItsOwnOutput() {
    Path out = tmp.resolve("out");
    Path one = article("chile-norway.txt", tmp.resolve("one"));
    Path two = article("chile-norway.txt", tmp.resolve("two"));
    cli.run("extract", "--out", out.toString(), one.toString(), two.toString()).refused(2, two.toString(), "overwrite");
  }

  @Test
  void ingestCountsAddedReplacedAndUnchanged() throws IOException {
    Path folder = tmp.resolve("articles");
    Path chile = article("chile-norway.txt", folder);
    article("iceland-peru.txt", folder);
    CliRunner.Result first = cli.run("ingest", "--db", db(), folder.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).as("no progress bar without a terminal").isEmpty();
    assertThat(first.out()).startsWith("2 documents (2 added, 0 replaced, 0 unchanged), ").endsWith("0 failed\n");

    Files.writeString(chile, Files.readString(chile) + "\nA later paragraph, added by the editors.\n");
    CliRunner.Result second = cli.run("ingest", "--db", db(), folder.toString());
    assertThat(second.out()).startsWith("2 documents (0 added, 1 replaced, 1 unchanged), ");
  }

  @Test
  void databaseComesFromOptionThenEnvironmentThenWorkDir() throws IOException {
    Path article = article("chile-norway.txt", tmp);
    Path fromEnv = tmp.resolve("env.db");
    CliRunner withEnv = new CliRunner(Map.of("BILATERAL_DB", fromEnv.toString()), tmp);
    assertThat(withEnv.run("ingest", article.toString()).status()).isZero();
    assertThat(fromEnv).exists();

    Path fromOption = tmp.resolve("option.db");
    assertThat(withEnv.run("ingest", "--db", fromOption.toString(), article.toString()).status()).isZero();
    assertThat(fromOption).exists();

    Path work = Files.createDirectories(tmp.resolve("work"));
    assertThat(new CliRunner(Map.of(), work).run("ingest", article.toString()).status()).isZero();
    assertThat(work.resolve("bilateral.db")).exists();
  }

  @Test
  void showTimelineAndPairsRenderStoredFacts() {
    storeExample();
    CliRunner.Result show = cli.run("show", "mexican", "PK", "--db", db());
    assertThat(show.status()).as(show.err()).isZero();
    assertThat(show.out()).contains("Mexico–Pakistan", "Relations", "Missions", "Accreditations", "Visits")
        .contains("1955-01-19", "relations established", "[example.txt@10]")
        .contains("PAK embassy in Mexico City")
        .doesNotContain("Agreements"); // no facts, no section
    assertThat(show.out().indexOf("Relations")).isLessThan(show.out().indexOf("Missions"));

    assertThat(cli.run("show", "Mexico", "Pakistan", "--db", db(), "--sources").out())
        .contains("\"The two governments exchanged notes on 19 January 1955.\"");

    CliRunner.Result timeline = cli.run("timeline", "PAK", "mx", "--db", db());
    assertThat(timeline.status()).as(timeline.err()).isZero();
    List<String> dated = timeline.outLines().stream().filter(l -> l.matches("^\\d{4}.*")).toList();
    assertThat(dated).hasSize(5);
    assertThat(dated.get(0)).startsWith("1955-01-19").contains(" day ", "relations established");
    assertThat(dated.get(1)).startsWith("1974-05").contains(" month ", "opened");
    assertThat(dated.get(2)).startsWith("2004-12").contains("visited");
    assertThat(dated.get(3)).startsWith("2007 ").contains(" year ");
    assertThat(dated.get(4)).startsWith("2009 ").contains("closed");

    CliRunner.Result pairs = cli.run("pairs", "--db", db());
    assertThat(pairs.status()).isZero();
    assertThat(pairs.out()).contains("MEX PAK", "Mexico–Pakistan", "5 facts", "1 document");
  }

  @Test
  void showAsOfGivesTheStateOnADate() {
    storeExample();
    CliRunner.Result before = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--as-of", "1950");
    assertThat(before.status()).as(before.err()).isZero();
    assertThat(before.out()).contains("Relations: not yet established (established 1955-01-19)");

    CliRunner.Result in2008 = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--as-of", "2008-06-01");
    assertThat(in2008.out()).contains("Relations: established 1955-01-19")
        .contains("PAK embassy in Mexico City", "MEX embassy in Islamabad")
        .contains("MEX accredited to PAK");

    CliRunner.Result in2010 = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--as-of", "2010");
    assertThat(in2010.out()).contains("PAK embassy in Mexico City").doesNotContain("MEX embassy in Islamabad");
  }

  @Test
  void showJsonPrintsTheStoredDossier() throws IOException {
    storeExample();
    CliRunner.Result r = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.path("schema").asText()).isEqualTo("dossier/1");
    assertThat(d.path("relations").path("established").asText()).isEqualTo("1955-01-19");
    assertThat(d.path("missions")).hasSize(2);
  }

  @Test
  void internalFailureIsOneLineAndStatusOne() {
    CliRunner.Result r = cli.run(c -> c.addSubcommand(new Failing()), "fail");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLine()).isEqualTo(
        "bilateral: internal error: a bug (IllegalStateException; rerun with --debug for the stack trace)");

    CliRunner.Result debug = cli.run(c -> c.addSubcommand(new Failing()), "--debug", "fail");
    assertThat(debug.status()).isEqualTo(1);
    assertThat(debug.err()).contains("java.lang.IllegalStateException: a bug", "at org.bilateral.cli");
  }

  @Test
  void endToEndOnTheSharedArticle() {
    Path article = Path.of("../shared/corpus/mexico-pakistan.txt");
    assumeTrue(Files.isRegularFile(article), "shared corpus not present");
    CliRunner.Result ingest = cli.run("ingest", "--db", db(), article.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    CliRunner.Result show = cli.run("show", "Mexico", "Pakistan", "--db", db());
    assertThat(show.status()).as(show.err()).isZero();
    assertThat(show.out()).contains("Relations", "1955-01-19", "mexico-pakistan.txt@");
  }

  @Test
  void theStoredDossierHoldsTheSameFactsThatExtractPrinted() throws IOException {
    Path article = Path.of("../shared/corpus/mexico-pakistan.txt");
    assumeTrue(Files.isRegularFile(article), "shared corpus not present");
    JsonNode extracted = JSON.readTree(cli.run("extract", article.toString()).out());
    assertThat(cli.run("ingest", "--db", db(), article.toString()).status()).isZero();
    JsonNode stored = JSON.readTree(cli.run("show", "mexican", "PK", "--db", db(), "--json").out());
    for (String field : List.of("relations", "memberships", "membership_sources", "missions", "accreditations",
        "visits", "agreements", "meetings", "trade", "exports", "events")) {
      assertThat(stored.path(field)).as(field).isEqualTo(extracted.path(field));
    }
    assertThat(stored.path("pair")).isEqualTo(extracted.path("pair"));
  }

  @Test
  void theReferenceArticleAsOfThreeDates() {
    Path article = Path.of("../shared/corpus/mexico-pakistan.txt");
    assumeTrue(Files.isRegularFile(article), "shared corpus not present");
    assertThat(cli.run("ingest", "--db", db(), article.toString()).status()).isZero();

    String in2008 = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--as-of", "2008").out();
    assertThat(in2008).contains("MEX embassy in Islamabad", "PAK embassy in Mexico City")
        .doesNotContain("honorary consulate");

    String in2010 = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--as-of", "2010").out();
    assertThat(in2010).contains("MEX honorary consulate in Karachi", "MEX honorary consulate in Lahore",
        "PAK embassy in Mexico City").doesNotContain("MEX embassy");

    String in1950 = cli.run("show", "Mexico", "Pakistan", "--db", db(), "--as-of", "1950").out();
    assertThat(in1950).contains("Relations: not yet established").doesNotContain("embassy in");
  }

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  /** A hand-made dossier, so the rendering is tested whatever the extractor finds. */
  private void storeExample() {
    String text = "= Example =\nThe two governments exchanged notes on 19 January 1955.\n";
    List<Fact> facts = List.of(
        new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955-01-19"),
            src(10, "The two governments exchanged notes on 19 January 1955.")),
        new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City", PartialDate.parse("1974-05"), null,
            src(100, "Pakistan's embassy opened in May 1974.")),
        new Mission("MEX", "PAK", MissionType.EMBASSY, "Islamabad", PartialDate.parse("2007"),
            PartialDate.parse("2009"), src(200, "Mexico kept an embassy in Islamabad from 2007 to 2009.")),
        new Accreditation("MEX", "PAK", "IRN", "Tehran", src(300, "Mexico covers Pakistan from Tehran.")),
        new Visit("PAK", "MEX", "A. Visitor", "President", PartialDate.parse("2004-12"),
            src(400, "A president came to Mexico in December 2004.")));
    try (Store store = Store.open(Path.of(db()))) {
      store.ingest("/example/example.txt", text, new Dossier("Mexico–Pakistan relations", "example.txt",
          List.of("MEX", "PAK"), facts));
    }
  }

  private static List<Source> src(int start, String sentence) {
    return List.of(new Source("example.txt", start, start + sentence.length(), sentence));
  }
}
