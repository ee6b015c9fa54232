package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.bilateral.model.Trade;
import org.bilateral.read.WikitextReader;
import org.junit.jupiter.api.Test;

/** A wikitable of trade by year: the headers say which figure of a row is the two-way total, and in what unit. */
class TradeTableTest {
  private static List<Trade> trade(String table) {
    return new Extractor().extract(new WikitextReader().read("chile-peru.wiki", null,
        "'''Chile–Peru relations''' are the relations between Chile and Peru.\n\n== Trade ==\n" + table + "\n"))
        .facts().stream().filter(f -> f instanceof Trade).map(f -> (Trade) f).toList();
  }

  @Test
  void theTotalColumnInTheCaptionsUnit() {
    assertThat(trade("{| class=\"wikitable\"\n|+ Bilateral trade (US$ billion)\n! Year !! Chilean exports !! Chilean imports !! Total\n"
        + "|-\n| 2021 || 7.4 || 2.1 || 9.5\n|-\n| 2022 || 8.1 || 2.2 || 10.3\n|}"))
        .extracting(Trade::year, Trade::totalUsd).containsExactly(tuple(2021, 9.5e9), tuple(2022, 10.3e9));
  }

  @Test
  void theTotalColumnsOwnUnitOverOtherCurrenciesInTheOtherColumns() {
    assertThat(trade("{| class=\"wikitable\"\n|+ Trade in goods\n"
        + "! Year !! Exports to Peru (€ billion) !! Imports from Peru (€ billion) !! Total trade (US$ million)\n"
        + "|-\n| 2019 || 6.5 || 7.3 || 1,540.2\n|}"))
        .extracting(Trade::year, Trade::totalUsd).containsExactly(tuple(2019, 1540.2e6));
  }

  @Test
  void noTotalInAnotherCurrencyNorOfOneSidesExportsNorOfSomethingElse() {
    assertThat(trade("{| class=\"wikitable\"\n|+ Bilateral trade\n! Year !! Total (€ million)\n|-\n| 2019 || 540\n|}")).isEmpty();
    assertThat(trade("{| class=\"wikitable\"\n|+ Chilean exports to Peru (US$ million)\n! Year !! Copper !! Fruit !! Total\n"
        + "|-\n| 2019 || 540 || 120 || 660\n|}")).isEmpty();
    assertThat(trade("{| class=\"wikitable\"\n|+ Chilean investment in Peru (US$ million)\n! Year !! Mining !! Total\n"
        + "|-\n| 2019 || 540 || 660\n|}")).isEmpty();
    assertThat(trade("{| class=\"wikitable\"\n|+ Visitors (thousands)\n! Year !! By air !! Total\n|-\n| 2019 || 54 || 66\n|}")).isEmpty();
  }
}
