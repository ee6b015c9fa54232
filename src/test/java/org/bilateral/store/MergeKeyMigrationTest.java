package org.bilateral.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written before migration 4 (no merge keys, no claims) is brought up to date on opening. */
class MergeKeyMigrationTest {
  @TempDir Path dir;

  private static final String PAYLOAD = "{\"owner\":\"PAK\",\"host\":\"MEX\",\"type\":\"embassy\",\"city\":\"Mexico City\","
      + "\"opened\":\"1974-05\",\"closed\":null,\"source\":{\"document\":\"mexico-pakistan.txt\",\"start\":0,\"end\":5,"
      + "\"sentence\":\"Text.\"}}";

  @Test
  void factsStoredBeforeV4GetTheirMergeKeyAndClaimSoThatADataSetMergesIntoThem() throws Exception {
    Path db = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + db;
    // the schema as version 3 left it, with a fact written then
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO documents (id, name, path, checksum, read_at, pair_a, pair_b, title_a, title_b)"
          + " VALUES (1, 'mexico-pakistan.txt', '/a/mexico-pakistan.txt', 'x', '2026-01-01T00:00:00Z', 'MEX', 'PAK', 'MEX', 'PAK')");
      s.executeUpdate("INSERT INTO facts (id, document_id, kind, pair_a, pair_b, valid_from, payload)"
          + " VALUES (7, 1, 'mission', 'MEX', 'PAK', '1974-05', '" + PAYLOAD + "')");
      s.executeUpdate("INSERT INTO fact_sources (fact_id, seq, document, start_offset, end_offset, sentence)"
          + " VALUES (7, 0, 'mexico-pakistan.txt', 0, 5, 'Text.')");
    }
    try (Store store = Store.open(db)) {
      assertThat(Tables.rows(db, "SELECT merge_key FROM facts WHERE id = 7")).containsExactly(List.of("PAK|MEX|embassy"));
      assertThat(Tables.rows(db, "SELECT claim FROM fact_sources WHERE fact_id = 7")).containsExactly(List.of(PAYLOAD));
      Source row = new Source("database_of_embassies.csv", 1, 2, "row");
      ImportResult r = store.importFile(new ImportFile("wikidata-missions", "database_of_embassies.csv", "c", null, 1, 0,
          List.of(new ImportedFact("PAK", "MEX", new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City",
              PartialDate.parse("1974"), null, List.of(row))))));
      assertThat(r.merged()).isEqualTo(1);
      assertThat(store.facts("MEX", "PAK")).singleElement().satisfies(f -> assertThat(f.sources()).hasSize(2));
      // withdrawing the data set rebuilds the old fact from its claim
      store.importFile(new ImportFile("wikidata-missions", "database_of_embassies.csv", "d", null, 0, 0, List.of()));
      assertThat(store.facts("MEX", "PAK")).singleElement()
          .satisfies(f -> assertThat(((Mission) f).opened()).isEqualTo(PartialDate.parse("1974-05")));
    }
  }
}
