package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article about a historical state ("Soviet Union–India relations", written for this test) is
 * printed in the format's codes (the successor, RUS, with a note saying it is SUN) and stored as
 * the state itself, apart from Russia.
 */
class HistoricalStateCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "= Soviet Union–India relations =\n\n"
      + "The Soviet Union and India established diplomatic relations on 13 April 1947. "
      + "The Soviet Union opened an embassy in New Delhi in 1947.\n";

  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private Path article() throws IOException {
    Path p = tmp.resolve("soviet-union-india.txt");
    Files.writeString(p, ARTICLE);
    return p;
  }

  @Test
  void extractCodesTheStateAsItsSuccessorAndSaysWhichStateItIs() throws IOException {
    CliRunner.Result r = cli.run("extract", article().toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.path("pair").toString()).isEqualTo("[\"RUS\",\"IND\"]");
    assertThat(d.path("historical_states").get(0).path("code").asText()).isEqualTo("RUS");
    assertThat(d.path("historical_states").get(0).path("state").asText()).isEqualTo("SUN");
    assertThat(d.path("missions").get(0).path("owner").asText()).isEqualTo("RUS");
  }

  @Test
  void aCurrentStateCarriesNoNote() throws IOException {
    Path p = tmp.resolve("russia-india.txt");
    Files.writeString(p, ARTICLE.replace("Soviet Union", "Russia"));
    JsonNode d = JSON.readTree(cli.run("extract", p.toString()).out());
    assertThat(d.has("historical_states")).isFalse();
  }

  @Test
  void theRecordKeepsTheStateApartFromItsSuccessor() throws IOException {
    String db = tmp.resolve("t.db").toString();
    assertThat(cli.run("ingest", "--db", db, article().toString()).status()).isZero();

    assertThat(cli.run("pairs", "--db", db).out()).contains("IND SUN").doesNotContain("RUS");
    CliRunner.Result soviet = cli.run("show", "--db", db, "Soviet Union", "India");
    assertThat(soviet.status()).as(soviet.err()).isZero();
    assertThat(soviet.out()).contains("1947-04-13  relations established").contains("SUN embassy in New Delhi");
    cli.run("show", "--db", db, "Russia", "India").refused(2, "Russia–India", "nothing stored");

    // JSON goes out in the format's codes again, with the note
    JsonNode d = JSON.readTree(cli.run("show", "--db", db, "USSR", "India", "--json").out());
    assertThat(d.path("pair").toString()).contains("RUS").doesNotContain("SUN");
    assertThat(d.path("historical_states").get(0).path("state").asText()).isEqualTo("SUN");
    assertThat(d.path("missions").get(0).path("owner").asText()).isEqualTo("RUS");
  }
}
