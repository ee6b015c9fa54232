package org.bilateral.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known only as precisely as its source states it: a year, a month of a year, or a
 * day. Sources say "in 1955" or "in May 1974" far more often than a full date, and the record must
 * never pretend to know more than it was told, so a missing month or day stays missing.
 */
public final class PartialDate implements Comparable<PartialDate> {

  public enum Precision { YEAR, MONTH, DAY }

  private static final Pattern ISO = Pattern.compile("(-?\\d{1,4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::end);

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
    if (day != 0) {
      if (month == 0) throw new IllegalArgumentException("a day needs a month");
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())
        throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
    }
    this.year = year;
    this.month = month;
    this.day = day;
  }

  public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }

  public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }

  public static PartialDate of(int year, int month, int day) { return new PartialDate(year, month, day); }

  /** Parses `1955`, `1974-05` or `1955-01-19`; throws IllegalArgumentException on anything else. */
  public static PartialDate parse(String iso) {
    Matcher m = ISO.matcher(iso == null ? "" : iso.trim());
    if (!m.matches()) throw new IllegalArgumentException("not an ISO 8601 date: " + iso);
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new PartialDate(y, mo, d);
  }

  /** Like {@link #parse} but null for null or blank input. */
  public static PartialDate parseOrNull(String iso) {
    return iso == null || iso.isBlank() ? null : parse(iso);
  }

  public int year() { return year; }

  /** The month, or 0 when the source gave only a year. */
  public int month() { return month; }

  /** The day, or 0 when the source gave no day. */
  public int day() { return day; }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day the date can denote. */
  public LocalDate start() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day the date can denote. */
  public LocalDate end() {
    if (day != 0) return start();
    if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
    return LocalDate.of(year, 12, 31);
  }

  /** Shifts by whole years, keeping the precision ("the following year"). */
  public PartialDate plusYears(int years) {
    if (day != 0) {
      LocalDate d = start().plusYears(years);
      return of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
    return new PartialDate(year + years, month, 0);
  }

  /** Shifts by months; a year-precise date cannot be shifted by months and is returned as is. */
  public PartialDate plusMonths(int months) {
    if (month == 0) return this;
    LocalDate d = start().plusMonths(months);
    return day == 0 ? ofMonth(d.getYear(), d.getMonthValue()) : of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** True when every day this date can denote lies before every day of {@code other}. */
  public boolean surelyBefore(PartialDate other) { return end().isBefore(other.start()); }

  /** True when the two dates can denote the same day (1974 overlaps 1974-05). */
  public boolean overlaps(PartialDate other) {
    return !end().isBefore(other.start()) && !other.end().isBefore(start());
  }

  /** True when this date is the same as, or a more precise reading of, {@code coarser}. */
  public boolean refines(PartialDate coarser) {
    return year == coarser.year
        && (coarser.month == 0 || coarser.month == month)
        && (coarser.day == 0 || coarser.day == day);
  }

  @Override
  public int compareTo(PartialDate o) { return ORDER.compare(this, o); }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
  }

  @Override
  public int hashCode() { return Objects.hash(year, month, day); }

  @Override
  public String toString() {
    String y = String.format("%04d", year);
    if (month == 0) return y;
    if (day == 0) return y + String.format("-%02d", month);
    return y + String.format("-%02d-%02d", month, day);
  }
}
