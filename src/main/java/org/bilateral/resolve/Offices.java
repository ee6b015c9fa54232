package org.bilateral.resolve;

import java.util.Comparator;
import java.util.List;

/**
 * Splits an office from a name ("President Pervez Musharraf" is the President, Pervez Musharraf).
 * The offices are a curated list (offices.tsv); the longest one that starts the text wins, so
 * "Prime Minister" is not read as a "Prime" called "Minister ...".
 */
public final class Offices {
  /** A person as a record names them; {@code office} is null when none was given. */
  public record Person(String office, String name) {}

  private static final List<String> OFFICES = Tsv.read("offices.tsv").stream().map(f -> f[0].strip())
      .sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private Offices() {}

  public static Person split(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    for (String office : OFFICES) {
      if (t.length() > office.length() + 1 && t.regionMatches(true, 0, office, 0, office.length())
          && t.charAt(office.length()) == ' ') {
        return new Person(office, t.substring(office.length() + 1).strip());
      }
    }
    return new Person(null, t);
  }
}
