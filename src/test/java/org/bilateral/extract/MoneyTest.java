package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "two-way trade amounted to US$372.4 million | 372400000 | USD",
      "trade of USD 2.63 billion | 2630000000 | USD",
      "trade reached $1.2 billion USD | 1200000000 | USD",
      "a total of 5,438 million dollars | 5438000000 | USD",
      "close to 6.4 billion dollars | 6400000000 | USD",
      "worth €10 billion | 10000000000 | EUR",
      "some 300 billion yen | 300000000000 | JPY",
      "R2.5 billion in trade | 2500000000 | ZAR",
      "trade totalled US$ 3.2 billion | 3200000000 | USD",
      "some $ 450 million | 450000000 | USD",
      "worth € 2 billion | 2000000000 | EUR",
      // decimal scaling: 4.1 × 10⁹ in binary floating point is 4,099,999,999.9999995
      "trade amounted to US$4.1 billion | 4100000000 | USD",
      "some US$0.7 million | 700000 | USD",
  })
  void readsAmountsAndCurrencies(String text, double value, String currency) {
    var found = Money.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found.get(0).currency()).isEqualTo(currency);
  }
}
