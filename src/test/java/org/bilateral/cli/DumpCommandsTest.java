package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.read.dump.Dumps.page;
import static org.bilateral.read.dump.Dumps.revision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.read.dump.Dumps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `ingest` of MediaWiki dumps and `show --history / --revision`, end to end through the commands. */
class DumpCommandsTest {
  private static final String TITLE = "Chile–Norway relations";
  private static final String OLD = revision(100, "2020-01-01T00:00:00Z", Dumps.CHILE_NORWAY_OLD);
  private static final String NEW = revision(200, "2021-06-01T00:00:00Z", Dumps.CHILE_NORWAY_NEW);

  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private String db() { return tmp.resolve("b.db").toString(); }

  private CliRunner.Result ingest(Path dump) {
    return cli.run("ingest", "--db", db(), dump.toString());
  }

  @Test
  void aNewerRevisionInALaterDumpReplacesTheFactsAndTheOlderStaysQueryable() {
    Path first = Dumps.write(tmp.resolve("first.xml"), Dumps.export(page(TITLE, 0, 7, OLD),
        page("Potato", 0, 8, revision(300, "2020-01-01T00:00:00Z", "A potato is a vegetable grown in Chile."))));
    CliRunner.Result r1 = ingest(first);
    assertThat(r1.status()).as(r1.err()).isZero();
    assertThat(r1.err()).isEmpty();
    assertThat(r1.out()).startsWith(first + ": 2 pages scanned, 1 relations articles, 1 revisions (1 added, 0 replaced,"
        + " 0 unchanged, 0 older), 2 facts, 0 failed");
    assertThat(r1.out()).contains("MB/s of XML", "pages/s");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway").out())
        .contains("both members of UN").doesNotContain("embassy");

    Path second = Dumps.write(tmp.resolve("second.xml"), Dumps.export(page(TITLE, 0, 7, NEW)));
    CliRunner.Result r2 = ingest(second);
    assertThat(r2.status()).as(r2.err()).isZero();
    assertThat(r2.out()).contains("(0 added, 1 replaced, 0 unchanged, 0 older), 3 facts");

    String current = cli.run("show", "--db", db(), "Chile", "Norway").out();
    assertThat(current).contains("3 facts from " + TITLE, "NOR embassy in Santiago", "CHL embassy in Oslo")
        .doesNotContain("UN");

    CliRunner.Result old = cli.run("show", "--db", db(), "Norway", "Chile", "--revision", "100");
    assertThat(old.status()).isZero();
    assertThat(old.out()).startsWith("Norway–Chile, revision 100").contains("2 facts from " + TITLE,
        "both members of UN", "relations established").doesNotContain("embassy");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway", "--at-revision", "200").out())
        .contains("NOR embassy in Santiago");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway", "--revision", "100", "--json").out())
        .contains("\"UN\"").doesNotContain("Santiago");

    CliRunner.Result history = cli.run("show", "--db", db(), "Chile", "Norway", "--history");
    assertThat(history.outLines()).containsExactly(
        "Chile–Norway",
        "2 revisions",
        "  2020-01-01T00:00:00Z  revision 100          2 facts    " + TITLE,
        "  2021-06-01T00:00:00Z  revision 200          3 facts    " + TITLE + "  (current)");

    // the first dump again: its revision is stored already (as history), and nothing changes
    CliRunner.Result again = ingest(first);
    assertThat(again.out()).contains("(0 added, 0 replaced, 1 unchanged, 0 older), 0 facts");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway").out()).isEqualTo(current);

    // a revision never stored but older than the current one is passed over too
    Path stale = Dumps.write(tmp.resolve("stale.xml"), Dumps.export(page(TITLE, 0, 7,
        revision(150, "2020-06-01T00:00:00Z", Dumps.CHILE_NORWAY_OLD + " Chile opened an embassy in Oslo in 1990."))));
    assertThat(ingest(stale).out()).contains("(0 added, 0 replaced, 0 unchanged, 1 older), 0 facts");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway").out()).isEqualTo(current);
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway", "--history").outLines()).hasSize(4);
  }

  @Test
  void revisionsOfOnePageInOneDumpAreTakenInTheirOrder() {
    Path dump = Dumps.write(tmp.resolve("history.xml"), Dumps.export(page(TITLE, 0, 7, OLD, NEW)));
    CliRunner.Result r = ingest(dump);
    assertThat(r.out()).contains("2 revisions (1 added, 1 replaced, 0 unchanged, 0 older), 5 facts");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway", "--history").outLines()).hasSize(4);
  }

  @Test
  void anUnknownRevisionIsBadInput() {
    ingest(Dumps.write(tmp.resolve("d.xml"), Dumps.export(page(TITLE, 0, 7, OLD))));
    cli.run("show", "--db", db(), "Chile", "Norway", "--revision", "555").refused(2, "Chile–Norway", "no revision 555");
    cli.run("show", "--db", db(), "Chile", "Norway", "--history", "--json").refused(2, "--history");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dump.xml.gz", "dump.xml.bz2"})
  void compressedDumpsAreIngested(String name) {
    if (name.endsWith(".bz2")) Assumptions.assumeTrue(Dumps.bzip2Works(), "commons-io 2.x missing from the classpath");
    Path dump = Dumps.write(tmp.resolve(name), Dumps.export(page(TITLE, 0, 7, OLD, NEW)));
    CliRunner.Result r = ingest(dump);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 added, 1 replaced");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway", "--revision", "100").out()).contains("both members of UN");
  }

  @Test
  void dumpsAndArticlesMixInOneCall() {
    Path dump = Dumps.write(tmp.resolve("d.xml"), Dumps.export(page(TITLE, 0, 7, OLD)));
    Path article = CliRunner.article("iceland-peru.txt", tmp);
    CliRunner.Result r = cli.run("ingest", "--db", db(), dump.toString(), article.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(1)).startsWith("1 document (1 added");
    assertThat(cli.run("pairs", "--db", db()).out()).contains("CHL NOR", "ISL PER");
  }

  @Test
  void aTruncatedDumpIsOneLineExitTwoAndKeepsThePagesBeforeTheBreak() throws Exception {
    String peru = page("Peru–Chile relations", 0, 9, revision(900, "2020-01-01T00:00:00Z",
        "Peru and Chile established diplomatic relations in 1822."));
    String xml = Dumps.export(page(TITLE, 0, 7, OLD), peru);
    Path cut = tmp.resolve("cut.xml");
    Files.writeString(cut, xml.substring(0, xml.indexOf("Peru and Chile") + 5));
    CliRunner.Result r = ingest(cut);
    r.refused(2, cut.toString(), "malformed XML at line", "in the page \"Peru–Chile relations\"");
    assertThat(r.out()).contains("1 added").contains("stopped at a break in the dump");
    // what was stored before the break is whole: the first page with all its facts, nothing of the second
    assertThat(rows("SELECT name, revision_id FROM documents")).containsExactly(List.of(TITLE, 100));
    assertThat(rows("SELECT COUNT(*) FROM facts")).containsExactly(List.of(2));
    assertThat(rows("SELECT COUNT(*) FROM fact_sources WHERE fact_id NOT IN (SELECT id FROM facts)"))
        .containsExactly(List.of(0));
  }

  @Test
  void aMalformedPageIsReportedAndTheRestIsStored() {
    String bad = page("Peru–Chile relations", 0, 9, revision(900, "last Tuesday", "Peru and Chile."));
    Path dump = Dumps.write(tmp.resolve("bad.xml"), Dumps.export(bad, page(TITLE, 0, 7, OLD)));
    CliRunner.Result r = ingest(dump);
    r.refused(2, dump.toString(), "page \"Peru–Chile relations\" (revision 900) has a bad <timestamp>");
    assertThat(r.out()).contains("1 added", "1 failed");
    assertThat(cli.run("show", "--db", db(), "Chile", "Norway").status()).isZero();
  }

  @Test
  void aMissingDumpIsOneLine() {
    cli.run("ingest", "--db", db(), tmp.resolve("nope.xml.bz2").toString()).refused(2, "nope.xml.bz2", "no such file");
  }

  private List<List<Object>> rows(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.add(rs.getObject(i));
        out.add(row);
      }
      return out;
    }
  }
}
