package org.bilateral.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Membership;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of dumps: revisions replace current facts and leave the older ones as history. */
class RevisionStoreTest {
  private static final String KEY = "testwiki:Chile–Norway relations";
  private static final String NAME = "Chile–Norway relations";

  @TempDir Path dir;

  private static Source src(String sentence) { return new Source(NAME, 0, sentence.length(), sentence); }

  private static final Fact RELATIONS = new RelationsChange(RelationsChange.Change.ESTABLISHED,
      PartialDate.parse("1921-03-14"), List.of(src("Chile and Norway established diplomatic relations.")));
  private static final Fact UN = new Membership("UN", List.of(src("Both belong to the United Nations.")));
  private static final Fact EMBASSY = new Mission("NOR", "CHL", MissionType.EMBASSY, "Santiago",
      PartialDate.parse("1998-06"), null, List.of(src("In June 1998, Norway opened an embassy in Santiago.")));

  private static PageRevision rev(long id, String timestamp, String text, Fact... facts) {
    return new PageRevision(KEY, NAME, id, timestamp, text,
        new Dossier(NAME, NAME, List.of("CHL", "NOR"), List.of(facts)));
  }

  private static final PageRevision OLD = rev(100, "2020-01-01T00:00:00Z", "old text", RELATIONS, UN);
  private static final PageRevision NEW = rev(200, "2021-06-01T00:00:00Z", "new text", RELATIONS, EMBASSY);

  private static IngestResult one(Store store, PageRevision page) {
    RevisionOutcome o = store.ingestRevisions(List.of(page)).get(0);
    if (o.failed()) throw o.failure();
    return o.result();
  }

  @Test
  void aNewerRevisionReplacesTheCurrentFactsAndKeepsTheOlderAsHistory() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      IngestResult first = one(store, OLD);
      assertThat(first.status()).isEqualTo(IngestResult.Status.ADDED);
      assertThat(store.facts("CHL", "NOR")).containsExactly(RELATIONS, UN);
      IngestResult second = one(store, NEW);
      assertThat(second).isEqualTo(new IngestResult(IngestResult.Status.REPLACED, first.documentId(), 2));
      assertThat(store.facts("NOR", "CHL")).containsExactly(RELATIONS, EMBASSY);
      assertThat(store.factsAtRevision("CHL", "NOR", 100)).containsExactly(RELATIONS, UN);
      assertThat(store.factsAtRevision("CHL", "NOR", 200)).containsExactly(RELATIONS, EMBASSY);
      assertThat(store.factsAtRevision("CHL", "NOR", 999)).isEmpty();
      assertThat(store.revisions("CHL", "NOR")).containsExactly(
          new StoredRevision(first.documentId(), NAME, 100, "2020-01-01T00:00:00Z", 2, false),
          new StoredRevision(first.documentId(), NAME, 200, "2021-06-01T00:00:00Z", 2, true));
      // counts are of current facts
      assertThat(store.pairs()).containsExactly(new StoredPair("CHL", "NOR", 2, 1));
    }
    assertThat(Tables.rows(db, "SELECT source_kind, path, revision_id, revision_timestamp FROM documents"))
        .containsExactly(List.of("dump", KEY, 200, "2021-06-01T00:00:00Z"));
    assertThat(Tables.rows(db, "SELECT revision, current, COUNT(*) FROM facts GROUP BY revision, current ORDER BY 1"))
        .containsExactly(List.of(100, 0, 2), List.of(200, 1, 2));
  }

  @Test
  void anOlderOrEqualRevisionChangesNothing() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      one(store, NEW);
      Map<String, List<List<Object>>> before = Tables.snapshot(db);
      assertThat(one(store, OLD).status()).isEqualTo(IngestResult.Status.OLDER);
      assertThat(one(store, NEW).status()).isEqualTo(IngestResult.Status.UNCHANGED);
      // the same revision read differently is still the same revision
      assertThat(one(store, rev(200, "2021-06-01T00:00:00Z", "other", UN)).status())
          .isEqualTo(IngestResult.Status.UNCHANGED);
      assertThat(Tables.snapshot(db)).isEqualTo(before);
    }
  }

  @Test
  void theTimestampDecidesBeforeTheId() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      one(store, rev(500, "2020-01-01T00:00:00Z", "a", UN));
      // a lower id with a later time is the newer revision (ids of imported pages need not follow time)
      assertThat(one(store, rev(400, "2022-01-01T00:00:00Z", "b", EMBASSY)).status())
          .isEqualTo(IngestResult.Status.REPLACED);
      // same time: the higher id wins
      assertThat(one(store, rev(401, "2022-01-01T00:00:00Z", "c", RELATIONS)).status())
          .isEqualTo(IngestResult.Status.REPLACED);
      assertThat(one(store, rev(399, "2022-01-01T00:00:00Z", "d", UN)).status()).isEqualTo(IngestResult.Status.OLDER);
      assertThat(store.facts("CHL", "NOR")).containsExactly(RELATIONS);
    }
  }

  @Test
  void aFailingPageOfABatchIsRolledBackAloneAndTheOthersAreKept() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      one(store, OLD);
      Map<String, List<List<Object>>> before = Tables.snapshot(db);
      // a fact the payload writer cannot handle, after a good one: the page's other writes must go too
      Mission broken = new Mission("NOR", "CHL", null, "Santiago", null, null, List.of(src("x")));
      PageRevision bad = rev(200, "2021-06-01T00:00:00Z", "new text", EMBASSY, broken);
      PageRevision other = new PageRevision("testwiki:Peru–Chile relations", "Peru–Chile relations", 300,
          "2021-01-01T00:00:00Z", "peru", new Dossier("Peru–Chile relations", "Peru–Chile relations",
          List.of("PER", "CHL"), List.of(new Membership("UN", List.of(new Source("Peru–Chile relations", 0, 4, "Peru"))))));
      List<RevisionOutcome> out = store.ingestRevisions(List.of(bad, other));
      assertThat(out.get(0).failed()).isTrue();
      assertThat(out.get(0).failure()).isInstanceOf(NullPointerException.class);
      assertThat(out.get(1).result().status()).isEqualTo(IngestResult.Status.ADDED);
      // Chile–Norway is exactly as before; only Peru–Chile was added
      assertThat(store.facts("CHL", "NOR")).containsExactly(RELATIONS, UN);
      assertThat(store.revisions("CHL", "NOR")).extracting(StoredRevision::revisionId).containsExactly(100L);
      Map<String, List<List<Object>>> after = Tables.snapshot(db);
      for (String table : before.keySet()) assertThat(after.get(table)).containsAll(before.get(table));
      assertThat(Tables.count(db, "documents")).isEqualTo(2);
      // the failed revision can be stored later
      assertThat(one(store, NEW).status()).isEqualTo(IngestResult.Status.REPLACED);
    }
  }

  @Test
  void aFailureMidwayThroughTheNewerRevisionKeepsTheOlderCurrent() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      one(store, OLD);
      Map<String, List<List<Object>>> before = Tables.snapshot(db);
      store.afterEachFact(n -> {
        if (n == 2) throw new IllegalStateException("disk pulled");
      });
      RevisionOutcome o = store.ingestRevisions(List.of(NEW)).get(0);
      assertThat(o.failure()).hasMessage("disk pulled");
      assertThat(Tables.snapshot(db)).isEqualTo(before);
      assertThat(store.facts("CHL", "NOR")).containsExactly(RELATIONS, UN);
    }
  }

  @Test
  void filesKeepTheirBehaviourAndHaveNoHistory() {
    Path db = dir.resolve("b.db");
    try (Store store = Store.open(db)) {
      Dossier d1 = new Dossier(NAME, "cn.txt", List.of("CHL", "NOR"), List.of(RELATIONS, UN));
      Dossier d2 = new Dossier(NAME, "cn.txt", List.of("CHL", "NOR"), List.of(EMBASSY));
      store.ingest("/a/cn.txt", "one", d1);
      assertThat(store.ingest("/a/cn.txt", "two", d2).status()).isEqualTo(IngestResult.Status.REPLACED);
      assertThat(store.facts("CHL", "NOR")).containsExactly(EMBASSY);
      assertThat(store.revisions("CHL", "NOR")).isEmpty();
    }
    assertThat(Tables.rows(db, "SELECT source_kind, revision_id FROM documents"))
        .containsExactly(java.util.Arrays.asList("file", null));
    assertThat(Tables.count(db, "facts")).isEqualTo(1);
  }

  @Test
  void aPageKeyHeldByAFileIsRefusedForThatPageOnly() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      store.ingest(KEY, "file text", new Dossier(NAME, NAME, List.of("CHL", "NOR"), List.of(UN)));
      assertThat(store.ingestRevisions(List.of(NEW)).get(0).failure())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stored as a file");
      assertThat(store.facts("CHL", "NOR")).containsExactly(UN);
    }
  }

  @Test
  void aBadTimestampFailsThePage() {
    try (Store store = Store.open(dir.resolve("b.db"))) {
      assertThat(store.ingestRevisions(List.of(rev(1, "yesterday", "x", UN))).get(0).failure())
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> one(store, rev(1, "yesterday", "x", UN))).hasMessageContaining("yesterday");
      assertThat(store.pairs()).isEmpty();
    }
  }
}
