package org.bilateral.extract;

import java.util.List;

/** The two countries a document is about, as ISO alpha-3 codes, in the order its title names them. */
public record Pair(String a, String b) {
  public boolean contains(String iso3) { return a.equals(iso3) || b.equals(iso3); }

  /** The other member of the pair, or null when {@code iso3} is not in it. */
  public String other(String iso3) {
    return a.equals(iso3) ? b : b.equals(iso3) ? a : null;
  }

  public List<String> asList() { return List.of(a, b); }
}
