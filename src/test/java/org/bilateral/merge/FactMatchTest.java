package org.bilateral.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.junit.jupiter.api.Test;

class FactMatchTest {
  private static final List<Source> S = List.of(new Source("a.txt", 0, 1, "a"));

  private static Mission mission(String city, String opened, String closed) {
    return new Mission("PAK", "MEX", MissionType.EMBASSY, city, PartialDate.parseOrNull(opened),
        PartialDate.parseOrNull(closed), S);
  }

  @Test
  void aCoarserOrMissingDateIsTheSameFactAndTheFinerDateIsKept() {
    Mission article = mission("Mexico City", "1974-05", null);
    Mission wikidata = mission("Mexico City", "1974", null);
    assertThat(FactMatch.compare(article, wikidata, null, PartialDate.parse("2022-11-16")).outcome())
        .isEqualTo(Verdict.Outcome.SAME);
    assertThat(((Mission) FactMatch.combine(wikidata, article)).opened()).isEqualTo(PartialDate.parse("1974-05"));
    assertThat(FactMatch.compare(mission(null, null, null), article, null, null).outcome()).isEqualTo(Verdict.Outcome.SAME);
  }

  @Test
  void conflictsAreDisagreementsThatCannotBothHold() {
    assertThat(FactMatch.compare(mission("Mexico City", "1974", null), mission("Mexico City", "1980", null), null, null)
        .outcome()).isEqualTo(Verdict.Outcome.CONFLICT);
    // closed in one source, listed as open later by a snapshot
    Verdict v = FactMatch.compare(mission("Mexico City", null, "2009"), mission("Mexico City", null, null), null,
        PartialDate.parse("2022-11-16"));
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.CONFLICT);
    assertThat(v.reason()).contains("closed 2009").contains("listed as open on 2022-11-16");
    assertThat(FactMatch.compare(mission("Mexico City", null, null), mission("Guadalajara", null, null), null, null)
        .outcome()).isEqualTo(Verdict.Outcome.DIFFERENT);
    RelationsChange e1 = new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955"), S);
    RelationsChange e2 = new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1956"), S);
    assertThat(FactMatch.compare(e1, e2, null, null).outcome()).isEqualTo(Verdict.Outcome.CONFLICT);
    RelationsChange s1 = new RelationsChange(RelationsChange.Change.SEVERED, PartialDate.parse("1939"), S);
    RelationsChange s2 = new RelationsChange(RelationsChange.Change.SEVERED, PartialDate.parse("1962"), S);
    assertThat(FactMatch.compare(s1, s2, null, null).outcome()).isEqualTo(Verdict.Outcome.DIFFERENT);
  }

  @Test
  void aMissionClosedBeforeAnotherStatementOpensItIsAnotherPeriodNeverMerged() {
    assertThat(FactMatch.compare(mission("Mexico City", null, "1989"), mission("Mexico City", "2006", null), null, null)
        .outcome()).isEqualTo(Verdict.Outcome.DIFFERENT);
    assertThat(FactMatch.compare(mission("Mexico City", "2006", null), mission("Mexico City", null, "1989"), null, null)
        .outcome()).isEqualTo(Verdict.Outcome.DIFFERENT);
    assertThat(FactMatch.compare(mission("Mexico City", "1974", null), mission("Mexico City", null, "1989"), null, null)
        .outcome()).isEqualTo(Verdict.Outcome.SAME);
  }
}
