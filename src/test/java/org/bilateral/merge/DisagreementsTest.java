package org.bilateral.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.model.Event;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.junit.jupiter.api.Test;

class DisagreementsTest {
  private static final List<Source> S = List.of(new Source("a.txt", 0, 1, "a"));
  private static final PartialDate LISTED = PartialDate.parse("2022-11-16");

  private final List<Stated> facts = new ArrayList<>();

  private DisagreementsTest add(Fact f) { return add(f, null); }

  private DisagreementsTest add(Fact f, PartialDate listedOpenOn) {
    facts.add(new Stated(facts.size() + 1, f, listedOpenOn));
    return this;
  }

  private static RelationsChange rel(RelationsChange.Change c, String date) {
    return new RelationsChange(c, PartialDate.parse(date), S);
  }

  private static Mission embassy(String opened, String closed) {
    return new Mission("USA", "AFG", MissionType.EMBASSY, "Kabul", PartialDate.parseOrNull(opened),
        PartialDate.parseOrNull(closed), S);
  }

  private List<String> reasons() { return Disagreements.among(facts).stream().map(Disagreement::reason).toList(); }

  @Test
  void twoEstablishmentsWithNothingBetweenDisagree() {
    add(rel(RelationsChange.Change.ESTABLISHED, "1974-09-04")).add(rel(RelationsChange.Change.ESTABLISHED, "1974-12-09"));
    assertThat(Disagreements.among(facts)).containsExactly(
        new Disagreement(1, 2, "relations established 1974-09-04 or 1974-12-09"));
  }

  @Test
  void anEstablishmentAfterASeveranceIsANewPeriod() {
    add(rel(RelationsChange.Change.ESTABLISHED, "1871-01-18")).add(rel(RelationsChange.Change.SEVERED, "1941-12-11"))
        .add(rel(RelationsChange.Change.ESTABLISHED, "1955-05-05"));
    assertThat(reasons()).isEmpty();
  }

  @Test
  void aSeveranceNoMorePreciseThanBothDatesSeparatesNothing() {
    add(rel(RelationsChange.Change.ESTABLISHED, "1960-06-20")).add(rel(RelationsChange.Change.SEVERED, "1960"))
        .add(rel(RelationsChange.Change.ESTABLISHED, "1960-09-24"));
    assertThat(reasons()).hasSize(1);
  }

  @Test
  void aRecognitionAfterAnEstablishmentIsOfANewStateButOneOnTheSameDayIsNot() {
    add(rel(RelationsChange.Change.ESTABLISHED, "1824-08-04"))
        .add(new Event(PartialDate.parse("1844-03-01"), List.of("USA", "GTM"), Event.EventKind.RECOGNITION, "r", S))
        .add(rel(RelationsChange.Change.ESTABLISHED, "1849-01-21"));
    assertThat(reasons()).isEmpty();
    facts.clear();
    add(new Event(PartialDate.parse("1974-09-04"), List.of("USA", "DDR"), Event.EventKind.RECOGNITION, "r", S))
        .add(rel(RelationsChange.Change.ESTABLISHED, "1974-09-04")).add(rel(RelationsChange.Change.ESTABLISHED, "1974-12-09"));
    assertThat(reasons()).containsExactly("relations established 1974-09-04 or 1974-12-09");
  }

  @Test
  void twoOpeningsWithAClosingBetweenAreAReopeningWhereverTheClosingIsStated() {
    // the closing inside one of the two facts
    add(embassy("1948-06-05", "1989-01-30")).add(embassy("2006", null));
    assertThat(reasons()).isEmpty();
    // the closing stated apart, by a third source
    facts.clear();
    add(embassy("1948-06-05", null)).add(embassy("2006", null)).add(embassy(null, "1989-01-30"));
    assertThat(reasons()).isEmpty();
    // no closing: two sources disagree on when it opened
    facts.clear();
    add(embassy("1948-06-05", null)).add(embassy("2006", null));
    assertThat(reasons()).containsExactly("USA embassy in Kabul opened 1948-06-05 or 2006");
  }

  @Test
  void aSeveranceOfRelationsClosesTheMissionsBetweenTwoOpenings() {
    add(embassy("1923-02-10", null)).add(rel(RelationsChange.Change.SEVERED, "1961-01-03")).add(embassy("2015-07-20", null));
    assertThat(reasons()).isEmpty();
  }

  @Test
  void twoClosingsWithAnOpeningBetweenAreTwoPeriods() {
    add(embassy(null, "1989-01-30")).add(embassy(null, "2021-08-31"));
    assertThat(reasons()).containsExactly("USA embassy in Kabul closed 1989-01-30 or 2021-08-31");
    add(embassy("2002-01-17", null));
    assertThat(reasons()).isEmpty();
  }

  @Test
  void closedAndListedAsOpenLaterDisagreesUnlessTheRecordShowsAReopening() {
    add(embassy("2006", null), LISTED).add(embassy("1948-06-05", "1989-01-30")).add(embassy("2002-01-17", "2021-08-31"));
    // 1989 is followed by openings (2002, 2006); 2021 by none before the list of 2022-11-16
    assertThat(Disagreements.among(facts)).containsExactly(new Disagreement(1, 3,
        "USA embassy in Kabul opened 2006 or 2002-01-17; USA embassy in Kabul listed as open on 2022-11-16, or closed 2021-08-31"));
  }

  @Test
  void missionsInOtherCitiesOrOfOtherOwnersAreNeverCompared() {
    add(embassy("1948", null)).add(new Mission("USA", "AFG", MissionType.EMBASSY, "Herat", PartialDate.parse("2006"), null, S))
        .add(new Mission("AFG", "USA", MissionType.EMBASSY, null, PartialDate.parse("1970"), null, S));
    assertThat(reasons()).isEmpty();
  }
}
