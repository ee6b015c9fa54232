package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.sources.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandsTest {
  @TempDir Path dir;

  private CliRunner cli() { return new CliRunner(java.util.Map.of(), dir); }

  @Test
  void importsBothDataSetsThenChecksListsMissionsAndPairs() {
    Fixtures.write(dir, "database_of_embassies.csv", Fixtures.CSV);
    Fixtures.historian(dir.resolve("historyatstate"));
    CliRunner c = cli();
    assertThat(c.run("import", "wikidata-missions", "database_of_embassies.csv").status()).isZero();
    CliRunner.Result h = c.run("import", "historian", "historyatstate");
    assertThat(h.status()).as(h.err()).isZero();
    assertThat(h.outLines()).hasSize(3);
    // re-import: nothing changes
    assertThat(c.run("import", "historian", "historyatstate").out()).contains("unchanged").doesNotContain("added");

    CliRunner.Result show = c.run("show", "Pakistan", "United States", "--sources");
    assertThat(show.out()).contains("1947-08-15  relations established  [pakistan.xml@")
        .contains("Diplomatic relations were established on August 15, 1947");

    CliRunner.Result gaps = c.run("check");
    assertThat(gaps.status()).isZero();
    // Mexico is accredited to Pakistan from Tehran, and the Tehran embassy is known: no gap there
    assertThat(gaps.out()).contains("Conflicts: 0").doesNotContain("MEX accredited to PAK");

    CliRunner.Result m = c.run("missions", "Mexico");
    assertThat(m.out()).contains("Missions abroad: 2").contains("Iran").contains("Missions hosted: 1").contains("from Pakistan");
    assertThat(c.run("pairs", "--min-facts", "2").outLines()).allMatch(l -> !l.contains(" 1 fact,"));
    assertThat(c.run("countries").out()).contains("United States");
    assertThat(c.run("show", "Soviet Union", "United States").out()).contains("Khrushchev");
  }

  @Test
  void checkShowsBothSidesOfAConflictAndShowMarksThem() throws Exception {
    Path article = Fixtures.write(dir, "mexico-pakistan.txt",
        "= Mexico–Pakistan relations =\nIn May 1974, Pakistan opened an embassy in Mexico City. The embassy closed in 1990.\n");
    Fixtures.write(dir, "database_of_embassies.csv", Fixtures.CSV);
    CliRunner c = cli();
    assertThat(c.run("ingest", article.toString()).status()).isZero();
    c.run("import", "wikidata-missions", "database_of_embassies.csv");
    CliRunner.Result check = c.run("check", "Mexico", "Pakistan");
    assertThat(check.out()).contains("Conflicts: 1").contains("listed as open on 2022-11-16")
        .contains("mexico-pakistan.txt@").contains("database_of_embassies.csv@").contains("wikidata.org/entity/Q1001");
    // text: the fact in conflict, then what contradicts it and where that is stated
    assertThat(c.run("show", "Mexico", "Pakistan").out()).containsPattern(
        "1974-05 +PAK embassy in Mexico City, closed 1990  \\[mexico-pakistan.txt@[\\d,]+\\]\\n +CONFLICT: .*listed as open on"
            + " 2022-11-16.*the other side: 1974  PAK embassy in Mexico City  \\[database_of_embassies.csv@\\d+\\]");
    // JSON: both missions carry the other side, value and source; facts not in conflict carry nothing
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.run("show", "Mexico", "Pakistan", "--json").out());
    var missions = json.get("missions");
    var article1 = missions.get(0).get("source").get("document").asText().equals("mexico-pakistan.txt") ? missions.get(0) : missions.get(1);
    assertThat(article1.get("conflicts")).hasSize(1);
    var other = article1.get("conflicts").get(0).get("with");
    assertThat(other.get("opened").asText()).isEqualTo("1974");
    assertThat(other.get("closed").isNull()).isTrue();
    assertThat(other.get("source").get("document").asText()).isEqualTo("database_of_embassies.csv");
    assertThat(other.get("coordinates").get("latitude").asDouble()).isEqualTo(1.0);
    assertThat(article1.get("conflicts").get(0).get("reason").asText()).contains("closed 1990");
    assertThat(json.get("accreditations")).allSatisfy(a -> assertThat(a.has("conflicts")).isFalse());
    // the served dossier still scores as a dossier: the extra fields are ignored by score.py
    assertThat(json.get("schema").asText()).isEqualTo("dossier/1");
  }

  @Test
  void missionsAndShowSourcesGiveTheCoordinatesADataSetStates() {
    Fixtures.write(dir, "database_of_embassies.csv", Fixtures.CSV);
    CliRunner c = cli();
    c.run("import", "wikidata-missions", "database_of_embassies.csv");
    assertThat(c.run("missions", "Pakistan").out()).contains("embassy in Mexico City at 1, 2  [database_of_embassies.csv@");
    assertThat(c.run("show", "Mexico", "Pakistan", "--sources").out()).contains("PAK embassy in Mexico City at 1, 2  [");
    assertThat(c.run("show", "Mexico", "Pakistan").out()).doesNotContain(" at 1, 2");
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    Fixtures.write(dir, "notes.csv", "a;b\n1;2\n");
    Fixtures.write(dir, "broken.xml", "<visits><visit>");
    cli().run("import", "wikidata-missions", "missing.csv").refused(2, "missing.csv", "no such file");
    cli().run("import", "wikidata-missions", "notes.csv").refused(2, "notes.csv", "not Wikidata's embassy list");
    cli().run("import", "historian", "nowhere").refused(2, "nowhere", "no such file or folder");
    cli().run("import", "historian", "broken.xml").refused(2, "broken.xml", "not well-formed XML");
    cli().run("import", "historian", "notes.csv").refused(2, "notes.csv");
    cli().run("check", "Mexico").refused(2, "two countries");
  }

  /** The issue's "done when", on the real data in ../shared (skipped where it is absent). */
  @Test
  void realDataEndToEnd() {
    Path data = Path.of("../shared/data").toAbsolutePath().normalize();
    Path article = Path.of("../shared/corpus/mexico-pakistan.txt").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(data.resolve("historyatstate")) && Files.isRegularFile(article), "no ../shared/data");
    CliRunner c = cli();
    assertThat(c.run("ingest", article.toString()).status()).isZero();
    assertThat(c.run("import", "wikidata-missions", data.resolve("embassies/database_of_embassies.csv").toString()).status()).isZero();
    assertThat(c.run("import", "historian", data.resolve("historyatstate").toString()).status()).isZero();

    String mp = c.run("show", "Mexico", "Pakistan").out();
    assertThat(mp).containsPattern("PAK embassy in Mexico City  \\[mexico-pakistan.txt@[0-9,]+, database_of_embassies.csv@\\d+\\]");
    assertThat(mp).containsPattern("MEX accredited to PAK from Tehran, IRN  \\[mexico-pakistan.txt@\\d+, database_of_embassies.csv@\\d+\\]");
    String pu = c.run("show", "Pakistan", "United States", "--sources").out();
    assertThat(pu).contains("1947-08-15  relations established  [pakistan.xml@")
        .contains("Diplomatic relations were established on August 15, 1947");
    assertThat(c.run("pairs").outLines().size()).isGreaterThan(3000);
    String check = c.run("check").out();
    assertThat(check).containsPattern("Conflicts: [1-9]");
    // real disagreements stay: two establishment dates of GDR–US relations; the US embassy in Kabul
    // suspended in 2021 by the Historian, listed as open on 2022-11-16 by Wikidata
    assertThat(check).contains("East Germany–United States: relations established 1974-09-04 or 1974-12-09")
        .contains("Afghanistan–United States: USA embassy in Kabul")
        .contains("listed as open on 2022-11-16, or closed 2021-08-31");
    // successive periods do not: Prussia, the German Empire, the Federal Republic; missions closed and reopened
    assertThat(check).doesNotContain("\n  Germany–United States: relations established")
        .doesNotContain("closed 1989-01-30 or 2021-08-31").doesNotContain("Cuba–United States: USA embassy in Havana opened 1953 or 2015");
    assertThat(c.run("show", "Prussia", "United States").out()).contains("1797-06-01  relations established  [germany.xml@");
    assertThat(c.run("missions", "Afghanistan").out()).containsPattern("United States +embassy in Kabul at 34\\.53");
    // a re-import changes nothing
    assertThat(c.run("import", "historian", data.resolve("historyatstate").toString()).out()).doesNotContain("added");
  }
}
