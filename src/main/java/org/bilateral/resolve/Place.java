package org.bilateral.resolve;

import java.util.List;

/**
 * A country as the record codes it: a current state by its ISO 3166-1 alpha-3 code, or a
 * historical state by a code of its own with the states that succeeded it, so that "the USSR" is
 * never silently read as Russia.
 *
 * @param successors the successor states' codes; empty for a current state
 */
public record Place(String code, String name, boolean historical, List<String> successors) {
  public Place {
    successors = List.copyOf(successors);
  }

  static Place current(String code, String name) {
    return new Place(code, name, false, List.of());
  }
}
