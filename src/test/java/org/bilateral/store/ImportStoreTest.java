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
}
