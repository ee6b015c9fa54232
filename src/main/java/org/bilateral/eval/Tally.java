package org.bilateral.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per category, and every missed and spurious fact in the order they were found. */
public final class Tally {
  /** One category's counts. */
  public record Counts(int tp, int fp, int fn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public Prf prf() {
      return Prf.of(tp, fp, fn);
    }
  }

  /** A fact in the verbose listing: {@code kind} is "missed" or "spurious". */
  public record Miss(String kind, String category, JsonNode fact) {}

  private final Map<String, Counts> cats = new LinkedHashMap<>();
  private final List<Miss> misses = new ArrayList<>();

  /**
   * Adds to a category, creating it even when every count is zero, as score.py's {@code setdefault}
   * does: an attribute category with nothing to count still shows as a row.
   */
  void add(String cat, int tp, int fp, int fn) {
    cats.merge(cat, new Counts(tp, fp, fn), Counts::plus);
  }

  void missed(String cat, JsonNode fact) {
    add(cat, 0, 0, 0);
    misses.add(new Miss("missed", cat, fact));
  }

  void spurious(String cat, JsonNode fact) {
    add(cat, 0, 0, 0);
    misses.add(new Miss("spurious", cat, fact));
  }

  void addAll(Tally other) {
    other.cats.forEach((k, v) -> cats.merge(k, v, Counts::plus));
    misses.addAll(other.misses);
  }

  /** Categories in score.py's order (sorted by code point; the names are ASCII). */
  public Map<String, Counts> categories() {
    return Collections.unmodifiableMap(new TreeMap<>(cats));
  }

  public List<Miss> misses() {
    return Collections.unmodifiableList(misses);
  }

  public Counts total() {
    return cats.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }
}
