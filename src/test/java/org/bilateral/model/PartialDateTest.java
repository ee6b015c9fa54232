package org.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"1955", "1974-05", "1955-01-19", "0800"})
  void printsExactlyWhatItParsed(String iso) {
    assertThat(PartialDate.parse(iso).toString()).isEqualTo(iso);
  }

  @Test
  void keepsItsPrecision() {
    assertThat(PartialDate.parse("1955").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("1974-05").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("1955-01-19").precision()).isEqualTo(PartialDate.Precision.DAY);
  }

  @Test
  void spansTheDaysItCanDenote() {
    PartialDate may = PartialDate.parse("1974-05");
    assertThat(may.start()).isEqualTo(LocalDate.of(1974, 5, 1));
    assertThat(may.end()).isEqualTo(LocalDate.of(1974, 5, 31));
    assertThat(PartialDate.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.parse("1955").end()).isEqualTo(LocalDate.of(1955, 12, 31));
  }

  @Test
  void shiftsWithoutInventingPrecision() {
    assertThat(PartialDate.parse("1932").plusYears(1).toString()).isEqualTo("1933");
    assertThat(PartialDate.parse("2025-04").plusMonths(3).toString()).isEqualTo("2025-07");
    assertThat(PartialDate.parse("2025-11").plusMonths(3).toString()).isEqualTo("2026-02");
    assertThat(PartialDate.parse("2025").plusMonths(3).toString()).isEqualTo("2025");
  }

  @Test
  void refinesAndOrders() {
    assertThat(PartialDate.parse("1955-01-19").refines(PartialDate.parse("1955"))).isTrue();
    assertThat(PartialDate.parse("1955").refines(PartialDate.parse("1955-01-19"))).isFalse();
    assertThat(PartialDate.parse("1955-02").refines(PartialDate.parse("1955-01"))).isFalse();
    assertThat(PartialDate.parse("1955").compareTo(PartialDate.parse("1955-01-19"))).isNegative();
    assertThat(PartialDate.parse("2007").surelyBefore(PartialDate.parse("2009"))).isTrue();
    assertThat(PartialDate.parse("2009").overlaps(PartialDate.parse("2009-03"))).isTrue();
  }

  @Test
  void refusesWhatIsNotADate() {
    assertThatThrownBy(() -> PartialDate.parse("1955-13")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.parse("May 1974")).isInstanceOf(IllegalArgumentException.class);
  }
}
