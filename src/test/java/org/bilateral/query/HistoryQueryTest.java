package org.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bilateral.model.Dossier;
import org.bilateral.model.Membership;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.store.PageRevision;
import org.bilateral.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The current dossier, a revision's dossier and the history of a pair whose page came from dumps. */
class HistoryQueryTest {
  private static final String NAME = "Chile–Norway relations";

  @TempDir Path dir;

  private static Source src(String s) { return new Source(NAME, 0, s.length(), s); }

  private static final RelationsChange RELATIONS = new RelationsChange(RelationsChange.Change.ESTABLISHED,
      PartialDate.parse("1921"), List.of(src("Chile and Norway established relations in 1921.")));
  private static final Membership UN = new Membership("UN", List.of(src("Both are members of the UN.")));
  private static final Mission EMBASSY = new Mission("NOR", "CHL", MissionType.EMBASSY, "Santiago",
      PartialDate.parse("1998"), PartialDate.parse("2005"), List.of(src("Norway's embassy opened in 1998, closed in 2005.")));

  private static PageRevision rev(long id, String at, Object... facts) {
    List<org.bilateral.model.Fact> list = java.util.Arrays.stream(facts).map(f -> (org.bilateral.model.Fact) f).toList();
    return new PageRevision("testwiki:" + NAME, NAME, id, at, "text " + id,
        new Dossier(NAME, NAME, List.of("NOR", "CHL"), list));
  }

  @Test
  void currentViewsSeeOnlyTheNewestRevisionAndHistoryListsAll() {
    try (Store store = Store.open(dir.resolve("h.db"))) {
      store.ingestRevisions(List.of(rev(1, "2019-05-01T10:00:00Z", RELATIONS, UN, EMBASSY)));
      store.ingestRevisions(List.of(rev(2, "2023-05-01T10:00:00Z", RELATIONS)));
      Query q = new Query(store);
      assertThat(q.dossier("CHL", "NOR").facts()).containsExactly(RELATIONS);
      assertThat(q.dossier("CHL", "NOR").title()).isEqualTo(NAME);
      // as-of and timeline are current views too: the superseded embassy is not in them
      assertThat(q.asOf("CHL", "NOR", PartialDate.parse("2000")).missions()).isEmpty();
      assertThat(q.timeline("CHL", "NOR")).hasSize(1);
      assertThat(q.pairs()).containsExactly(new PairCount("CHL", "NOR", 1, 1));

      Dossier old = q.dossierAtRevision("NOR", "CHL", 1).orElseThrow();
      assertThat(old.facts()).containsExactly(RELATIONS, UN, EMBASSY);
      assertThat(old.pair()).containsExactly("NOR", "CHL");
      assertThat(old.documentName()).isEqualTo(NAME);
      assertThat(q.dossierAtRevision("CHL", "NOR", 3)).isEmpty();

      assertThat(q.history("CHL", "NOR")).containsExactly(
          new HistoryEntry(NAME, 1, "2019-05-01T10:00:00Z", 3, false),
          new HistoryEntry(NAME, 2, "2023-05-01T10:00:00Z", 1, true));
    }
  }

  @Test
  void aRevisionOfAnotherPairIsNotShownForThisOne() {
    try (Store store = Store.open(dir.resolve("h.db"))) {
      store.ingestRevisions(List.of(rev(1, "2019-05-01T10:00:00Z", UN)));
      store.ingestRevisions(List.of(new PageRevision("testwiki:Peru–Chile relations", "Peru–Chile relations", 7,
          "2020-01-01T00:00:00Z", "p", new Dossier("Peru–Chile relations", "Peru–Chile relations", List.of("PER", "CHL"),
          List.of(UN)))));
      Query q = new Query(store);
      assertThat(q.dossierAtRevision("CHL", "NOR", 7)).isEmpty();
      assertThat(q.history("CHL", "PER")).extracting(HistoryEntry::revisionId).containsExactly(7L);
    }
  }
}
