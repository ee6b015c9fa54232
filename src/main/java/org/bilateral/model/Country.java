package org.bilateral.model;

/** Helpers for ISO 3166-1 alpha-3 codes as the model carries them: plain upper-case strings. */
public final class Country {
  private Country() {}

  /** Orders a pair the way the store keeps it, so that a pair is stored once whatever the title's order. */
  public static String[] canonical(String a, String b) {
    return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
  }
}
