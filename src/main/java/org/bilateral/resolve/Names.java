package org.bilateral.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, punctuation and a leading "the" do not count. */
public final class Names {
  private Names() {}

  public static String key(String s) {
    if (s == null) return "";
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9']+", " ").trim();
    if (t.startsWith("the ")) t = t.substring(4);
    return t;
  }
}
