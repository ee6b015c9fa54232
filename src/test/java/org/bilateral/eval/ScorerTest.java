package org.bilateral.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.BadInputException;
import org.junit.jupiter.api.Test;

/** Each matching rule of score.py, on small gold and predicted dossiers. */
class ScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) {
    try {
      return JSON.readTree(s.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(s, e);
    }
  }

  private static Map<String, Tally.Counts> score(String gold, String pred) {
    Tally t = new Tally();
    Scorer.scoreDossier(t, json(gold), json(pred));
    return t.categories();
  }

  private static Tally.Counts c(int tp, int fp, int fn) {
    return new Tally.Counts(tp, fp, fn);
  }

  @Test
  void namesMatchOnThreeQuartersOfTheirWords() {
    String gold = "{'visits': [{'from': 'IND', 'to': 'JPN', 'person': 'Shri Narendra Damodardas Modi', 'date': '2014-09'}]}";
    // 3 of 4 words: the same person
    assertThat(score(gold, "{'visits': [{'from': 'IND', 'to': 'JPN', 'person': 'Narendra Damodardas Modi', 'date': '2014'}]}"))
        .containsEntry("visits", c(1, 0, 0))
        .containsEntry("visits.date", c(0, 1, 1)); // matched on the year, the full date still counts
    // 2 of 4 words: another person
    assertThat(score(gold, "{'visits': [{'from': 'IND', 'to': 'JPN', 'person': 'Narendra Modi', 'date': '2014-09'}]}"))
        .containsEntry("visits", c(0, 1, 1))
        .containsEntry("visits.date", c(0, 1, 1));
    // case, accents and punctuation are folded away
    assertThat(score("{'visits': [{'from': 'MEX', 'to': 'PER', 'person': 'Andrés Manuel López Obrador', 'date': '2019'}]}",
        "{'visits': [{'from': 'MEX', 'to': 'PER', 'person': 'ANDRES MANUEL LOPEZ-OBRADOR', 'date': '2019'}]}"))
        .containsEntry("visits", c(1, 0, 0));
    // a visit the other way round is another visit
    assertThat(score(gold, "{'visits': [{'from': 'JPN', 'to': 'IND', 'person': 'Shri Narendra Damodardas Modi', 'date': '2014-09'}]}"))
        .containsEntry("visits", c(0, 1, 1));
  }

  @Test
  void officeNeedsMostOfItsWords() {
    String gold = "{'visits': [{'from': 'IND', 'to': 'JPN', 'person': 'Modi', 'date': '2014', 'office': 'Prime Minister of India'}]}";
    assertThat(score(gold, "{'visits': [{'from': 'IND', 'to': 'JPN', 'person': 'Modi', 'date': '2014', 'office': 'prime minister'}]}"))
        .containsEntry("visits.office", c(1, 0, 0)); // {prime, minister} of {prime, minister, india}: 2/3 >= 0.6
    assertThat(score(gold, "{'visits': [{'from': 'IND', 'to': 'JPN', 'person': 'Modi', 'date': '2014', 'office': 'minister'}]}"))
        .containsEntry("visits.office", c(0, 1, 1));
  }

  @Test
  void agreementsMatchOnFourFifthsOfTheTitle() {
    String gold = "{'agreements': [{'title': 'Agreement on Cultural Cooperation and Exchange', 'date': '1999-04-08'}]}";
    // agreement, cultural, cooperation, exchange + tourism: 4/5
    assertThat(score(gold, "{'agreements': [{'title': 'Agreements on cultural cooperation, exchange and tourism', 'date': '1999'}]}"))
        .containsEntry("agreements", c(1, 0, 0))
        .containsEntry("agreements.date", c(0, 1, 1));
    // 4/6
    assertThat(score(gold, "{'agreements': [{'title': 'Agreement on Cultural Cooperation, Exchange, Youth and Tourism'}]}"))
        .containsEntry("agreements", c(0, 1, 1))
        .containsEntry("agreements.date", c(0, 0, 1)); // the missed agreement had a date; the spurious one none
  }

  @Test
  void tradeMatchesByYearWithinHalfAPercent() {
    String gold = "{'trade': [{'year': 2020, 'total_usd': 1000000000}, {'year': 2021, 'total_usd': 2.0e9}]}";
    assertThat(score(gold, "{'trade': [{'year': 2020, 'total_usd': 1004000000}, {'year': 2021, 'total_usd': 2.0101e9}]}"))
        .containsEntry("trade", c(2, 0, 0))
        .containsEntry("trade.total_usd", c(1, 1, 1));
    // the year is compared as a value: the string "2020" is not the number 2020 (as in Python)
    assertThat(score(gold, "{'trade': [{'year': '2020', 'total_usd': 1000000000}]}"))
        .containsEntry("trade", c(0, 1, 2));
    // a total written as a string is read as a number, as Python's float() does
    assertThat(score(gold, "{'trade': [{'year': 2020, 'total_usd': '1.001e9'}]}"))
        .containsEntry("trade.total_usd", c(1, 0, 1));
  }

  @Test
  void exportsAreScoredPerProduct() {
    String gold = "{'exports': [{'from': 'IND', 'to': 'EGY', 'year': 2022, 'products': ['salt', 'pepper', 'cotton yarn']}]}";
    String pred = "{'exports': [{'from': 'IND', 'to': 'EGY', 'products': ['Salt', 'peppers']},"
        + " {'from': 'EGY', 'to': 'IND', 'products': ['cotton yarn']}]}";
    assertThat(score(gold, pred)).containsExactlyEntriesOf(Map.of("exports", c(2, 1, 1)));
  }

  @Test
  void attributesCountWhenEitherSideStatesThem() {
    String gold = "{'missions': ["
        + "{'owner': 'PAK', 'host': 'MEX', 'type': 'embassy', 'city': 'Mexico City', 'opened': '1974-05', 'closed': null},"
        + "{'owner': 'MEX', 'host': 'PAK', 'type': 'embassy', 'city': 'Islamabad', 'opened': '1975', 'closed': '2009'},"
        + "{'owner': 'MEX', 'host': 'PAK', 'type': 'consulate', 'city': 'Karachi', 'opened': '', 'closed': null}]}";
    String pred = "{'missions': ["
        + "{'owner': 'PAK', 'host': 'MEX', 'type': 'embassy', 'city': 'Mexico', 'opened': null, 'closed': '2009'},"
        + "{'owner': 'MEX', 'host': 'PAK', 'type': 'consulate', 'city': 'Karachi'},"
        + "{'owner': 'MEX', 'host': 'PAK', 'type': 'consulate', 'city': 'Lahore', 'opened': '2010'}]}";
    Map<String, Tally.Counts> s = score(gold, pred);
    // "Mexico" has half the words of "Mexico City": another mission
    assertThat(s).containsEntry("missions", c(1, 2, 2));
    // the Karachi pair states neither; the lost missions state 1974-05 and 1975, the spurious Lahore one 2010
    assertThat(s).containsEntry("missions.opened", c(0, 1, 2));
    assertThat(s).containsEntry("missions.closed", c(0, 1, 1));
    // matched and disagreeing: both a miss and a spurious value
    assertThat(score("{'missions': [{'owner': 'PAK', 'host': 'MEX', 'type': 'embassy', 'city': 'Mexico City', 'opened': '1974-05'}]}",
        "{'missions': [{'owner': 'PAK', 'host': 'MEX', 'type': 'embassy', 'city': 'mexico city', 'opened': '1974', 'closed': '2009'}]}"))
        .containsEntry("missions", c(1, 0, 0))
        .containsEntry("missions.opened", c(0, 1, 1))
        .containsEntry("missions.closed", c(0, 1, 0));
  }

  @Test
  void categoriesLeftOutOfTheGoldAreNotScoredButEmptyListsAre() {
    Map<String, Tally.Counts> s = score("{'memberships': [], 'relations': {'severed': []}}",
        "{'memberships': ['UN'], 'events': [{'date': '1971', 'kind': 'war'}], 'relations': {'established': '1955', 'severed': ['1961']}}");
    assertThat(s).containsOnlyKeys("memberships", "relations.severed");
    assertThat(s).containsEntry("memberships", c(0, 1, 0)).containsEntry("relations.severed", c(0, 1, 0));
    // attribute rows exist even when there is nothing to count in them, as in score.py
    assertThat(score("{'missions': []}", "{}")).containsOnlyKeys("missions", "missions.opened", "missions.closed");
  }

  @Test
  void relationsEstablishedIsExactAndSeveredAndRestoredAreKeyed() {
    String gold = "{'relations': {'established': '1955-01-19', 'severed': ['1961-01-05'], 'restored': ['1965', '1990']}}";
    assertThat(score(gold, "{'relations': {'established': '1955', 'severed': ['1961-01-05'], 'restored': ['1990']}}"))
        .containsEntry("relations.established", c(0, 1, 1))
        .containsEntry("relations.severed", c(1, 0, 0))
        .containsEntry("relations.restored", c(1, 0, 1));
    // no date on either side: nothing to count, not even a row
    assertThat(score("{'relations': {'established': null}}", "{}")).isEmpty();
  }

  @Test
  void membershipsCompareFoldedNames() {
    assertThat(score("{'memberships': ['UN', 'Pacific Alliance', 'G-20']}", "{'memberships': ['un', 'pacific  alliance', 'G20', 'UN']}"))
        .containsEntry("memberships", c(2, 2, 1));
  }

  @Test
  void meetingsMatchByYearAndOrdinalOrName() {
    String gold = "{'meetings': [{'name': 'Joint Economic Commission', 'ordinal': 9, 'date': '2025-10-27', 'city': 'Dhaka'},"
        + " {'name': 'Foreign Secretary Consultations', 'ordinal': 6, 'date': '2025-04-17'}]}";
    String pred = "{'meetings': [{'name': 'JEC', 'ordinal': 9, 'date': '2025', 'city': 'Dacca'},"
        + " {'name': 'Foreign Secretary Level Consultations', 'ordinal': null, 'date': '2025-04-17'}]}";
    assertThat(score(gold, pred))
        .containsEntry("meetings", c(2, 0, 0))
        .containsEntry("meetings.date", c(1, 1, 1))
        .containsEntry("meetings.city", c(0, 1, 1))
        .containsEntry("meetings.ordinal", c(1, 0, 1));
  }

  @Test
  void matchingIsGreedyAndOneToOne() {
    String gold = "{'events': [{'date': '1971', 'kind': 'war'}, {'date': '1971', 'kind': 'war'}, {'date': '1974-02-22', 'kind': 'recognition'}]}";
    assertThat(score(gold, "{'events': [{'date': '1971', 'kind': 'war', 'countries': ['BGD', 'PAK']}, {'date': 1974, 'kind': 'recognition'}]}"))
        .containsEntry("events", c(1, 1, 2));
  }

  @Test
  void prfConventions() {
    assertThat(Prf.of(0, 0, 0)).isEqualTo(new Prf(1.0, 1.0, 1.0));
    assertThat(Prf.of(0, 0, 3)).isEqualTo(new Prf(1.0, 0.0, 0.0));
    assertThat(Prf.of(0, 2, 0)).isEqualTo(new Prf(0.0, 1.0, 0.0));
    assertThat(Prf.of(0, 2, 3)).isEqualTo(new Prf(0.0, 0.0, 0.0));
    assertThat(Prf.of(3, 1, 2).f1()).isEqualTo(2 * 0.75 * 0.6 / (0.75 + 0.6));
  }

  @Test
  void reportHasScorePysLayout() {
    List<String> notes = new ArrayList<>();
    Evaluation e = new Evaluation(notes::add);
    e.add("g.json", json("{'memberships': ['UN', 'WTO'], 'trade': []}"), "p.json", json("{'memberships': ['UN', 'OAS']}"), null);
    e.add("h.json", json("{'memberships': ['UN']}"), "q.json", null, "no such file");
    assertThat(notes).containsExactly("# q.json: no usable prediction (no such file); counted as empty");
    assertThat(e.table(true)).containsExactly(
        "category                          P      R     F1    tp    fp    fn",
        "memberships                   0.500  0.333  0.400     1     1     2",
        "trade                         1.000  1.000  1.000     0     0     0",
        "trade.total_usd               1.000  1.000  1.000     0     0     0",
        "  missed   memberships: \"WTO\"",
        "  spurious memberships: \"OAS\"",
        "  missed   memberships: \"UN\"",
        "micro over 2 documents: P 0.500 R 0.333 F1 0.400 (tp 1, fp 1, fn 2)");
  }

  @Test
  void anUnusablePredictionCountsAsEmptyAndABadGoldIsBadInput() {
    List<String> notes = new ArrayList<>();
    Evaluation e = new Evaluation(notes::add);
    e.add("g.json", json("{'missions': [{'owner': 'PAK'}]}"), "p.json", json("{'missions': ['an embassy']}"), null);
    assertThat(notes).singleElement().asString().startsWith("# p.json: no usable prediction (expected an object");
    assertThat(e.tally().categories()).containsEntry("missions", c(0, 0, 1));
    assertThatThrownBy(() -> e.add("g.json", json("{'trade': [{'year': 2020, 'total_usd': 'lots'}]}"), "p.json",
        json("{'trade': [{'year': 2020, 'total_usd': 5}]}"), null))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("g.json: not a gold dossier: trade.total_usd");
  }

  @Test
  void textFoldingFollowsPython() {
    assertThat(Text.norm("São Paulo & Río")).isEqualTo("sao paulo and rio");
    assertThat(Text.norm("Straße")).isEqualTo("strasse");
    assertThat(Text.norm("  Côte d'Ivoire—(Abidjan) ")).isEqualTo("cote d ivoire abidjan");
    assertThat(Text.norm("snake_case ①")).isEqualTo("snake_case 1");
    assertThat(Text.tokens("The Agreements of the Ministries and Bus")).containsExactlyInAnyOrder("agreement", "ministrie", "bus");
    assertThat(Text.jaccard((String) null, null)).isEqualTo(1.0);
    assertThat(Text.sameName((String) null, null)).isFalse();
    assertThat(Py.fixed3(0.3125)).isEqualTo("0.312"); // half-even on the exact value, as Python formats
    assertThat(Py.fixed3(2.0 / 3)).isEqualTo("0.667");
    assertThat(Py.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(Py.floatRepr(1e-5)).isEqualTo("1e-05");
    assertThat(Py.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(Py.floatRepr(2.0 / 3)).isEqualTo("0.6666666666666666");
    assertThat(Py.floatRepr(2.82879384806159E17)).isEqualTo("2.82879384806159e+17");
    assertThat(Py.floatRepr(1000000000.0)).isEqualTo("1000000000.0");
  }
}
