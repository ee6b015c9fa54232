package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bilateral.model.PartialDate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DatesTest {

  /** Every example in rules/dates.yaml: the dates read from the text, in order, with their precision. */
  @TestFactory
  Stream<DynamicTest> datesExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode ex : Rules.load("dates").path("examples")) {
      String text = ex.get("text").asText();
      tests.add(DynamicTest.dynamicTest(text, () -> {
        PartialDate anchor = ex.path("anchor").isNull() ? null : PartialDate.parse(ex.path("anchor").asText());
        List<String> got = new ArrayList<>();
        for (DateMention d : Dates.find(text, 0, anchor)) got.add(d.date() == null ? null : d.date().toString());
        List<String> want = new ArrayList<>();
        ex.get("dates").forEach(d -> want.add(d.isNull() ? null : d.asText()));
        assertThat(got).isEqualTo(want);
      }));
    }
    return tests.stream();
  }

  @Test
  void offsetsPointIntoTheDocument() {
    String text = "Relations began on 19 January 1955.";
    List<DateMention> found = Dates.find(text, 100, null);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).start()).isEqualTo(100 + text.indexOf("19 January"));
    assertThat(found.get(0).end()).isEqualTo(100 + text.indexOf("."));
  }

  @Test
  void moneyIsNotAYear() {
    assertThat(Dates.find("exports of US$1999 million and 2,015 tonnes", 0, null)).isEmpty();
  }

  @Test
  void aRelativePhraseWithNothingToCountFromGivesNoDate() {
    // still found, so that a fact in its clause does not borrow a neighbour's date instead
    assertThat(Dates.find("the following year", 0, null)).extracting(DateMention::date).containsExactly((PartialDate) null);
  }

  @Test
  void aRelativePhraseCountsFromAnEarlierDateInTheSameSentence() {
    List<DateMention> found = Dates.find("Relations were cut in 1932 and restored the following year.", 0, null);
    assertThat(found).extracting(d -> d.date().toString()).containsExactly("1932", "1933");
  }

  @Test
  void aYearPreciseAnchorCannotGiveAMonthLater() {
    assertThat(Dates.find("three months later", 0, PartialDate.ofYear(2020)))
        .extracting(DateMention::date).containsOnlyNulls();
  }
}
