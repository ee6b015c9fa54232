package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilateral.BadInputException;
import org.bilateral.read.PlainTextReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PairFinderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mexico–Pakistan relations | MEX | PAK",
      "Mexico-Pakistan relations | MEX | PAK",
      "Pakistan – Mexico relations | PAK | MEX",
      "Relations between Mexico and Pakistan | MEX | PAK",
      "Guinea-Bissau–Portugal relations | GNB | PRT",
      "Guinea-Bissau-Portugal relations | GNB | PRT",
      "Bosnia and Herzegovina–Croatia relations | BIH | HRV",
  })
  void readsThePairFromTheTitleInItsOrder(String title, String a, String b) {
    assertThat(PairFinder.fromTitle(title)).contains(new Pair(a, b));
  }

  @Test
  void withoutATitleThePairIsTheTwoCountriesNamedMost() {
    String text = "Chile and Norway opened embassies in 1950. Norway sends salmon to Chile, "
        + "and Chile sends copper to Norway. Peru was not involved.\n";
    var doc = new PlainTextReader().read("x.txt", null, text);
    assertThat(PairFinder.find(doc)).isEqualTo(new Pair("CHL", "NOR"));
  }

  @Test
  void aTextWithNoClearPairIsRefusedWithItsName() {
    var doc = new PlainTextReader().read("notes.txt", null, "Some notes about the weather in spring.\n");
    assertThatThrownBy(() -> PairFinder.find(doc)).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("notes.txt: no recognisable pair");
  }
}
