package org.bilateral.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportStoreTest {
  private static final String ARTICLE = "In May 1974, Pakistan opened an embassy in Mexico City.";
  private static final Source ARTICLE_SOURCE = new Source("mexico-pakistan.txt", 0, ARTICLE.length(), ARTICLE);
  private static final Source ROW = new Source("database_of_embassies.csv", 10, 20, "Pakistan;...;embassy", "http://www.wikidata.org/entity/Q1");
  private static final Source ROW2 = new Source("database_of_embassies.csv", 30, 40, "Pakistan;...;consulate", "http://www.wikidata.org/entity/Q2");

  @TempDir Path dir;

  private static Dossier article(String closed) {
    return new Dossier("Mexico–Pakistan relations", "mexico-pakistan.txt", List.of("MEX", "PAK"), List.of(
        new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City", PartialDate.parse("1974-05"),
            PartialDate.parseOrNull(closed), List.of(ARTICLE_SOURCE))));
  }

  private static ImportFile wikidata(String checksum) {
    return new ImportFile("wikidata-missions", "database_of_embassies.csv", checksum, PartialDate.parse("2022-11-16"), 2, 0,
        List.of(new ImportedFact("PAK", "MEX", new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City",
                PartialDate.parse("1974"), null, List.of(ROW))),
            new ImportedFact("PAK", "MEX", new Mission("PAK", "MEX", MissionType.CONSULATE, "Guadalajara", null, null,
                List.of(ROW2)))));
  }

  private static Mission embassy(Store store) {
    return store.facts("MEX", "PAK").stream().filter(f -> f instanceof Mission m && m.type() == MissionType.EMBASSY)
        .map(Mission.class::cast).findFirst().orElseThrow();
  }

  @Test
  void anArticleThenTheDataSetGiveOneMissionWithTwoSources() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article(null));
      ImportResult r = store.importFile(wikidata("c1"));
      assertThat(r.merged()).isEqualTo(1);
      assertThat(store.facts("MEX", "PAK")).hasSize(2);
      assertThat(embassy(store).sources()).containsExactly(ARTICLE_SOURCE, ROW);
      assertThat(embassy(store).opened()).isEqualTo(PartialDate.parse("1974-05"));
    }
  }

  @Test
  void theDataSetThenAnArticleMergeTooAndReReadingTheArticleKeepsTheDataSetsSource() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      store.importFile(wikidata("c1"));
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article(null));
      assertThat(embassy(store).sources()).containsExactly(ROW, ARTICLE_SOURCE);
      assertThat(embassy(store).opened()).isEqualTo(PartialDate.parse("1974-05"));
      // the article changes and no longer states the embassy: the data set's source stays
      store.ingest("/a/mexico-pakistan.txt", "Nothing.", new Dossier("t", "mexico-pakistan.txt", List.of("MEX", "PAK"), List.of()));
      assertThat(embassy(store).sources()).containsExactly(ROW);
      assertThat(embassy(store).opened()).isEqualTo(PartialDate.parse("1974"));
    }
  }

  @Test
  void reImportingTheSameFileChangesNothingAndAChangedOneReplacesItsFacts() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article(null));
      store.importFile(wikidata("c1"));
      long before = Tables.count(db, "fact_sources");
      assertThat(store.importFile(wikidata("c1")).status()).isEqualTo(IngestResult.Status.UNCHANGED);
      assertThat(Tables.count(db, "fact_sources")).isEqualTo(before);
      assertThat(store.importFile(wikidata("c2")).status()).isEqualTo(IngestResult.Status.REPLACED);
      assertThat(Tables.count(db, "fact_sources")).isEqualTo(before);
      assertThat(store.facts("MEX", "PAK")).hasSize(2);
      assertThat(embassy(store).sources()).containsExactly(ARTICLE_SOURCE, ROW);
    }
  }

  @Test
  void anImportThatFailsHalfWayLeavesTheDatabaseAsItWas() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article(null));
      List<Fact> before = store.facts("MEX", "PAK");
      store.afterEachFact(n -> {
        if (n == 2) throw new IllegalStateException("interrupted");
      });
      assertThatThrownBy(() -> store.importFile(wikidata("c1"))).hasMessageContaining("interrupted");
      store.afterEachFact(null);
      assertThat(store.facts("MEX", "PAK")).isEqualTo(before);
      assertThat(Tables.count(db, "imports")).isZero();
      assertThat(store.importFile(wikidata("c1")).status()).isEqualTo(IngestResult.Status.ADDED);
    }
  }

  @Test
  void aMissionClosedInOneSourceAndListedOpenInAnotherIsAConflictWithBothKept() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article("2009"));
      ImportResult r = store.importFile(wikidata("c1"));
      assertThat(r.conflicts()).isEqualTo(1);
      List<StoredConflict> conflicts = store.conflicts("PAK", "MEX");
      assertThat(conflicts).singleElement().satisfies(c -> {
        assertThat(c.reason()).contains("closed 2009").contains("listed as open on 2022-11-16");
        assertThat(c.first().fact().sources()).containsExactly(ARTICLE_SOURCE);
        assertThat(c.second().fact().sources()).containsExactly(ROW);
      });
      assertThat(store.conflicts(null, null)).hasSize(1);
    }
  }

  @Test
  void twoEstablishmentDatesAreAConflict() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      Source s = new Source("a.txt", 0, 5, "Text.");
      store.ingest("/a.txt", "Text.", new Dossier("t", "a.txt", List.of("MEX", "PAK"), List.of(
          new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955"), List.of(s)))));
      Source h = new Source("pakistan.xml", 0, 5, "Other.");
      ImportResult r = store.importFile(new ImportFile("historian-rdcr", "x.xml", "c", null, 1, 0, List.of(
          new ImportedFact("MEX", "PAK", new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1956"), List.of(h))))));
      assertThat(r.conflicts()).isEqualTo(1);
      assertThat(store.facts("MEX", "PAK")).hasSize(2);
      assertThat(store.conflicts("MEX", "PAK").get(0).reason()).isEqualTo("relations established 1955 or 1956");
    }
  }

  private static ImportFile historian(String checksum, Fact... facts) {
    return new ImportFile("historian-rdcr", "pakistan.xml", checksum, null, facts.length, 0,
        java.util.Arrays.stream(facts).map(f -> new ImportedFact("PAK", "MEX", f)).toList());
  }

  private static Mission pakEmbassy(String opened, String closed, Source s) {
    return new Mission("PAK", "MEX", MissionType.EMBASSY, null, PartialDate.parseOrNull(opened),
        PartialDate.parseOrNull(closed), List.of(s));
  }

  private static final Source TEI = new Source("pakistan.xml", 0, 5, "Para.");
  private static final Source TEI2 = new Source("pakistan.xml", 10, 16, "Para2.");

  @Test
  void aClosingStatedLaterMakesTwoOpeningsAReopeningWhateverTheOrder() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      store.importFile(wikidata("c1")); // opened 1974, listed open on 2022-11-16
      store.importFile(historian("h1", pakEmbassy("1960", null, TEI)));
      assertThat(store.conflicts("MEX", "PAK")).singleElement()
          .satisfies(c -> assertThat(c.reason()).contains("opened 1974 or 1960"));
      // the same file, changed: it now also tells the closing of 1965
      ImportResult r = store.importFile(historian("h2", pakEmbassy("1960", null, TEI), pakEmbassy(null, "1965", TEI2)));
      assertThat(r.conflicts()).isZero();
      assertThat(store.conflicts("MEX", "PAK")).isEmpty();
    }
  }

  @Test
  void aFactRebuiltWhenItsDocumentIsReadAgainHasItsConflictsRecheckedInTheSameTransaction() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article(null)); // opened 1974-05
      store.importFile(wikidata("c1")); // opened 1974: the same fact, a second source
      store.importFile(historian("h1", pakEmbassy("1974-11", null, TEI)));
      assertThat(store.conflicts("MEX", "PAK")).singleElement()
          .satisfies(c -> assertThat(c.reason()).contains("opened 1974-05 or 1974-11"));
      Dossier empty = new Dossier("t", "mexico-pakistan.txt", List.of("MEX", "PAK"), List.of(
          new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955"), List.of(ARTICLE_SOURCE))));
      // a re-reading that fails after the withdrawal leaves the fact and its conflict as they were
      store.afterEachFact(n -> { throw new IllegalStateException("interrupted"); });
      assertThatThrownBy(() -> store.ingest("/a/mexico-pakistan.txt", "Changed.", empty)).hasMessageContaining("interrupted");
      store.afterEachFact(null);
      assertThat(store.conflicts("MEX", "PAK")).hasSize(1);
      // the article no longer states the embassy: rebuilt from Wikidata's claim it opened in 1974,
      // which 1974-11 refines, so the two no longer disagree
      store.ingest("/a/mexico-pakistan.txt", "Changed.", empty);
      assertThat(embassy(store).opened()).isEqualTo(PartialDate.parse("1974"));
      assertThat(store.conflicts("MEX", "PAK")).isEmpty();
      assertThat(Tables.count(db, "conflicts")).isZero();
    }
  }

  @Test
  void aMissionsCoordinatesAreStoredInTheirColumnsAndReadBackAndSurviveAMerge() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      store.ingest("/a/mexico-pakistan.txt", ARTICLE, article(null));
      Mission located = new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City", PartialDate.parse("1974"), null,
          List.of(ROW), new org.bilateral.model.Coordinates(19.4326, -99.1332));
      store.importFile(new ImportFile("wikidata-missions", "database_of_embassies.csv", "c1", PartialDate.parse("2022-11-16"),
          1, 0, List.of(new ImportedFact("PAK", "MEX", located))));
      assertThat(embassy(store).sources()).containsExactly(ARTICLE_SOURCE, ROW);
      assertThat(embassy(store).coordinates()).isEqualTo(new org.bilateral.model.Coordinates(19.4326, -99.1332));
      assertThat(Tables.rows(db, "SELECT latitude, longitude FROM facts WHERE kind = 'mission'"))
          .containsExactly(List.of(19.4326, -99.1332));
      // the data set withdrawn, the article alone locates nothing
      store.importFile(new ImportFile("wikidata-missions", "database_of_embassies.csv", "c2", PartialDate.parse("2022-11-16"),
          0, 0, List.of()));
      assertThat(embassy(store).coordinates()).isNull();
      assertThat(Tables.rows(db, "SELECT latitude, longitude FROM facts WHERE kind = 'mission'"))
          .containsExactly(java.util.Arrays.asList(null, null));
    }
  }
}
