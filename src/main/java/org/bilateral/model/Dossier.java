package org.bilateral.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything known about the relations of a pair: the pair in the order its source names it, the
 * facts, and which member is a historical state coded as its successor. The interchange format ({@code dossier/1}) is written and read by {@link DossierJson}.
 */
public record Dossier(String title, String documentName, List<String> pair, List<Fact> facts,
    java.util.Map<String, String> states) {
  public Dossier {
    if (pair.size() != 2) throw new IllegalArgumentException("a pair has two countries: " + pair);
    pair = List.copyOf(pair);
    facts = List.copyOf(facts);
    states = states == null ? java.util.Map.of() : java.util.Map.copyOf(states);
  }

  /** A dossier whose pair names no historical state. */
  public Dossier(String title, String documentName, List<String> pair, List<Fact> facts) {
    this(title, documentName, pair, facts, java.util.Map.of());
  }

  /**
   * The historical states the pair stands for, by the successor code the dossier uses for each:
   * {@code RUS -> SUN} for "Soviet Union–India relations". Empty for current states.
   */
  public java.util.Map<String, String> states() { return states; }

  public <T extends Fact> Stream<T> facts(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast);
  }
}
