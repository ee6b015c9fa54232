package org.bilateral.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything known about the relations of a pair: the pair in the order its source names it, and
 * the facts. The interchange format ({@code dossier/1}) is written and read by {@link DossierJson}.
 */
public record Dossier(String title, String documentName, List<String> pair, List<Fact> facts) {
  public Dossier {
    if (pair.size() != 2) throw new IllegalArgumentException("a pair has two countries: " + pair);
    pair = List.copyOf(pair);
    facts = List.copyOf(facts);
  }

  public <T extends Fact> Stream<T> facts(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast);
  }
}
