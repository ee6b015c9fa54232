package org.bilateral.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Membership;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.model.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  private static final String DOC = "mexico-pakistan.txt";
  private static final String TEXT_V1 = "Mexico and Pakistan established diplomatic relations in 1955.";
  private static final String TEXT_V2 = TEXT_V1 + " In May 1974, Pakistan opened an embassy in Mexico City.";

  @TempDir Path dir;

  private static Source src(int start, String sentence) {
    return new Source(DOC, start, start + sentence.length(), sentence);
  }

  private static Dossier v1() {
    return new Dossier("Mexico–Pakistan relations", DOC, List.of("MEX", "PAK"), List.of(
        new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955"), List.of(src(0, TEXT_V1))),
        new Membership("UN", List.of(src(0, TEXT_V1))),
        new Visit("PAK", "MEX", "Pervez Musharraf", "President", PartialDate.parse("2004-12"),
            List.of(src(0, TEXT_V1), new Source("other.txt", 5, 9, "visit")))));
  }

  private static Dossier v2() {
    return new Dossier("Mexico–Pakistan relations", DOC, List.of("MEX", "PAK"), List.of(
        new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955"), List.of(src(0, TEXT_V1))),
        new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City", PartialDate.parse("1974-05"), null,
            List.of(src(63, "In May 1974, Pakistan opened an embassy in Mexico City.")))));
  }

  @Test
  void migratesAFreshFileAndReopensIt() throws Exception {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      assertThat(store.pairs()).isEmpty();
    }
    assertThat(Tables.rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        .flatMap(r -> r)
        .contains("documents", "facts", "fact_sources", "document_revisions", "imports", "conflicts",
            "flyway_schema_history");
    assertThat(Tables.rows(db, "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL"))
        .containsExactly(List.of("1", 1), List.of("2", 1), List.of("3", 1), List.of("4", 1), List.of("5", 1),
            List.of("6", 1));
    try (Store store = Store.open(db)) {
      assertThat(store.ingest(DOC, TEXT_V1, v1()).status()).isEqualTo(IngestResult.Status.ADDED);
    }
    assertThat(Tables.count(db, "flyway_schema_history")).isEqualTo(6);
  }

  @Test
  void keepsWhatASourceCites() {
    Source cited = new Source("x.wiki", 0, 5, "Text.", "https://example.org/report");
    Dossier d = new Dossier("Mexico–Pakistan relations", "x.wiki", List.of("MEX", "PAK"),
        List.of(new Membership("UN", List.of(cited))));
    try (Store store = Store.open(dir.resolve("cited.db"))) {
      store.ingest("/x.wiki", "Text.", d);
      assertThat(store.facts("MEX", "PAK").get(0).sources()).containsExactly(cited);
    }
  }

  @Test
  void foreignKeysAreEnforced() throws Exception {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      store.ingest(DOC, TEXT_V1, v1());
    }
    // the store's own connections enforce them; prove the schema declares them by turning them on here
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      assertThatThrownBy(() -> s.executeUpdate(
          "INSERT INTO facts (document_id, kind, pair_a, pair_b, payload) VALUES (999, 'event', 'MEX', 'PAK', '{}')"))
          .isInstanceOf(SQLException.class).hasMessageContaining("FOREIGN KEY");
    }
  }

  @Test
  void ingestStoresDocumentFactsAndSourcesInCanonicalPair() {
    Path db = dir.resolve("bilateral.db");
    Dossier reversed = new Dossier("Pakistan–Mexico relations", DOC, List.of("PAK", "MEX"), v1().facts());
    try (Store store = Store.open(db)) {
      IngestResult r = store.ingest("/corpus/" + DOC, TEXT_V1, reversed);
      assertThat(r.status()).isEqualTo(IngestResult.Status.ADDED);
      assertThat(r.factCount()).isEqualTo(3);
      assertThat(store.facts("PAK", "MEX")).isEqualTo(v1().facts());
      assertThat(store.facts("MEX", "PAK")).isEqualTo(v1().facts());
      assertThat(store.documents("MEX", "PAK")).singleElement().satisfies(d -> {
        assertThat(d.id()).isEqualTo(r.documentId());
        assertThat(d.name()).isEqualTo(DOC);
        assertThat(d.path()).isEqualTo("/corpus/" + DOC);
        assertThat(d.pair()).containsExactly("PAK", "MEX");
        assertThat(d.checksum()).isEqualTo(
            "%064x".formatted(new java.math.BigInteger(1, sha256(TEXT_V1))));
      });
    }
    assertThat(Tables.rows(db, "SELECT pair_a, pair_b, title_a, title_b FROM documents"))
        .containsExactly(List.of("MEX", "PAK", "PAK", "MEX"));
    assertThat(Tables.rows(db, "SELECT kind, pair_a, pair_b, valid_from, valid_to FROM facts ORDER BY id"))
        .containsExactly(
            java.util.Arrays.asList("relations", "MEX", "PAK", "1955", null),
            java.util.Arrays.asList("membership", "MEX", "PAK", null, null),
            java.util.Arrays.asList("visit", "MEX", "PAK", "2004-12", null));
    // the visit has two sources, kept as rows in their order
    assertThat(Tables.rows(db, "SELECT seq, document FROM fact_sources WHERE fact_id = (SELECT MAX(id) FROM facts)"
        + " ORDER BY seq")).containsExactly(List.of(0, DOC), List.of(1, "other.txt"));
  }

  @Test
  void sourceRowsAreWhatReadingReturns() {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      store.ingest(DOC, TEXT_V1, v1());
    }
    // a source attached later (a data set) must show up, although the payload does not name it
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO fact_sources (fact_id, seq, document, start_offset, end_offset, sentence)"
          + " SELECT MIN(id), 1, 'embassies.csv', 0, 10, 'row 4' FROM facts");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    try (Store store = Store.open(db)) {
      assertThat(store.facts("MEX", "PAK").get(0).sources())
          .containsExactly(src(0, TEXT_V1), new Source("embassies.csv", 0, 10, "row 4"));
    }
  }

  @Test
  void reingestOfTheSameTextWritesNothing() {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      IngestResult first = store.ingest(DOC, TEXT_V1, v1());
      Map<String, List<List<Object>>> before = Tables.snapshot(db);
      // even a different reading of the same text is ignored: the checksum decides
      IngestResult again = store.ingest(DOC, TEXT_V1, v2());
      assertThat(again).isEqualTo(new IngestResult(IngestResult.Status.UNCHANGED, first.documentId(), 3));
      assertThat(Tables.snapshot(db)).isEqualTo(before);
    }
  }

  @Test
  void changedTextReplacesTheDocumentsFacts() {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      IngestResult first = store.ingest(DOC, TEXT_V1, v1());
      IngestResult second = store.ingest(DOC, TEXT_V2, v2());
      assertThat(second.status()).isEqualTo(IngestResult.Status.REPLACED);
      assertThat(second.documentId()).isEqualTo(first.documentId());
      assertThat(second.factCount()).isEqualTo(2);
      assertThat(store.facts("MEX", "PAK")).isEqualTo(v2().facts());
    }
    assertThat(Tables.count(db, "documents")).isEqualTo(1);
    assertThat(Tables.count(db, "facts")).isEqualTo(2);
    assertThat(Tables.count(db, "fact_sources")).isEqualTo(2);
    assertThat(Tables.rows(db, "SELECT checksum FROM documents"))
        .containsExactly(List.of(Store.sha256(TEXT_V2)));
  }

  @Test
  void documentsWithoutPathAreKnownByName() {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      IngestResult a = store.ingest(null, TEXT_V1, v1());
      assertThat(store.ingest(null, TEXT_V1, v1()).status()).isEqualTo(IngestResult.Status.UNCHANGED);
      IngestResult b = store.ingest(null, TEXT_V2, v2());
      assertThat(b.status()).isEqualTo(IngestResult.Status.REPLACED);
      assertThat(b.documentId()).isEqualTo(a.documentId());
      // the same name under a path is another document
      assertThat(store.ingest("/elsewhere/" + DOC, TEXT_V2, v2()).status()).isEqualTo(IngestResult.Status.ADDED);
    }
  }

  @Test
  void aFailureMidwayLeavesANewDocumentUnwritten() {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      store.ingest("other.txt", "other text", new Dossier("India–Pakistan relations", "other.txt",
          List.of("IND", "PAK"), List.of(new Membership("UN", List.of(new Source("other.txt", 0, 5, "other"))))));
      Map<String, List<List<Object>>> before = Tables.snapshot(db);
      store.afterEachFact(n -> {
        if (n == 2) throw new IllegalStateException("disk pulled");
      });
      assertThatThrownBy(() -> store.ingest(DOC, TEXT_V1, v1())).hasMessage("disk pulled");
      assertThat(Tables.snapshot(db)).isEqualTo(before);
      store.afterEachFact(null);
      assertThat(store.ingest(DOC, TEXT_V1, v1()).status()).isEqualTo(IngestResult.Status.ADDED);
    }
  }

  @Test
  void aFailureMidwayKeepsTheOldFactsOfAReplacedDocument() {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      store.ingest(DOC, TEXT_V1, v1());
      Map<String, List<List<Object>>> before = Tables.snapshot(db);
      // a fact the payload writer cannot handle, after one good fact: the deletes must be undone too
      Mission broken = new Mission("PAK", "MEX", null, "Mexico City", null, null, List.of(src(0, TEXT_V1)));
      Dossier bad = new Dossier("Mexico–Pakistan relations", DOC, List.of("MEX", "PAK"),
          List.of(v2().facts().get(0), broken));
      assertThatThrownBy(() -> store.ingest(DOC, TEXT_V2, bad)).isInstanceOf(NullPointerException.class);
      assertThat(Tables.snapshot(db)).isEqualTo(before);
      assertThat(store.facts("MEX", "PAK")).isEqualTo(v1().facts());
    }
  }

  @Test
  void garbageBytesAreNotADatabase() throws IOException {
    Path db = dir.resolve("bilateral.db");
    byte[] garbage = new byte[8192];
    new Random(42).nextBytes(garbage);
    Files.write(db, garbage);
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessage(db + ": not an SQLite database (file is not a database)");
    assertThat(Files.readAllBytes(db)).as("the user's file is left alone").isEqualTo(garbage);
  }

  @Test
  void aTextFileIsNotADatabase() throws IOException {
    Path db = dir.resolve("notes.txt");
    Files.writeString(db, "Mexico and Pakistan established diplomatic relations in 1955.\n".repeat(20));
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessageStartingWith(db + ": not an SQLite database");
  }

  @Test
  void aDamagedDatabaseIsReportedAsCorrupt() throws IOException {
    Path db = dir.resolve("bilateral.db");
    try (Store store = Store.open(db)) {
      store.ingest(DOC, TEXT_V1, v1());
    }
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      int pageSize = readPageSize(f);
      byte[] junk = new byte[(int) f.length() - pageSize];
      new Random(7).nextBytes(junk);
      f.seek(pageSize); // keep page 1 (header and schema), ruin every table page
      f.write(junk);
    }
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessageStartingWith(db + ": ")
        .hasMessageContainingAll("corrupt")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aDatabaseOfAnotherApplicationIsRefused() throws SQLException {
    Path db = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
    }
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessage(db + ": not a Bilateral database (it holds other tables)");
    assertThat(Tables.rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        .containsExactly(List.of("invoices"));
  }

  @Test
  void aMissingFolderIsBadInputAndCreatesNothing() {
    Path db = dir.resolve("no-such-folder").resolve("bilateral.db");
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessageStartingWith(db + ": folder ")
        .hasMessageEndingWith("does not exist");
    assertThat(dir.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void aFolderIsNotADatabaseFile() {
    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessage(dir + ": is a folder, not a database file");
  }

  @Test
  void aFileInPlaceOfTheFolderIsBadInput() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
    Path db = notAFolder.resolve("bilateral.db");
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessageEndingWith("is not a folder");
  }

  @Test
  void anUnwritableFolderIsBadInputAndLeavesNoFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("locked"));
    assertThat(folder.toFile().setWritable(false, false)).isTrue();
    try {
      // root ignores permission bits; fall back to a folder no one may create files in
      Path target = Files.isWritable(folder) ? Path.of("/sys") : folder;
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(target), "needs /sys when run as root");
      Path db = target.resolve("bilateral-store-test.db");
      assertThatThrownBy(() -> Store.open(db))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
          .hasMessageStartingWith(db + ": ")
          .hasMessageContaining("not writable");
      assertThat(db).doesNotExist();
    } finally {
      folder.toFile().setWritable(true, true);
    }
  }

  @Test
  void aQuestionMarkInThePathIsRefusedRatherThanReadAsOptions() {
    Path db = dir.resolve("notes?mode=ro.db");
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.badInput()).isTrue())
        .hasMessage(db + ": a database path cannot contain '?'");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void oddCharactersInTheFileNameAreKept() throws IOException {
    Path db = dir.resolve("my notes&x=%41 é.db");
    try (Store store = Store.open(db)) {
      store.ingest(DOC, TEXT_V1, v1());
    }
    try (Store store = Store.open(db)) {
      assertThat(store.facts("MEX", "PAK")).hasSize(3);
    }
    assertThat(Files.size(db)).isPositive();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(db.getFileName().toString());
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    Store store = Store.open(dir.resolve("bilateral.db"));
    store.close();
    assertThatThrownBy(store::pairs).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void countsPairsWithFactsAndDocuments() {
    try (Store store = Store.open(dir.resolve("bilateral.db"))) {
      store.ingest(DOC, TEXT_V1, v1());
      store.ingest("b.txt", "b", new Dossier("Pakistan–India", "b.txt", List.of("PAK", "IND"), List.of()));
      store.ingest("c.txt", "c", v2());
      // both documents state the establishment in 1955: one fact with two sources
      assertThat(store.pairs()).containsExactly(new StoredPair("IND", "PAK", 0, 1), new StoredPair("MEX", "PAK", 4, 2));
    }
  }

  @Test
  void rejectsAPairThatIsNotTwoCodes() {
    try (Store store = Store.open(dir.resolve("bilateral.db"))) {
      Dossier bad = new Dossier("x", "x.txt", List.of("Mexico", "PAK"), List.<Fact>of());
      assertThatThrownBy(() -> store.ingest("x.txt", "x", bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static int readPageSize(RandomAccessFile f) throws IOException {
    f.seek(16); // big-endian page size at offset 16 of the header; 1 means 65536
    int size = f.readUnsignedShort();
    return size == 1 ? 65536 : size;
  }

  private static byte[] sha256(String s) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
