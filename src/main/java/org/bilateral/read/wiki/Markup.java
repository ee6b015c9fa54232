package org.bilateral.read.wiki;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup that the parser left as text: an unbalanced "[[" or "}}", a lone "|", a run of
 * apostrophes, a half-written "&lt;ref", a magic word. None of it is prose, so none of it may reach
 * the plain rendering.
 */
final class Markup {
  private static final Pattern STRAY = Pattern.compile("\\[\\[|]]|\\{\\{|}}|\\{\\||\\|}|\\||''+|</?ref\\b[^>]*>?|__[A-Z]+__");

  private Markup() {}

  /** The length of stray markup starting at {@code i}, or 0. */
  static int strayAt(String text, int i) {
    char c = text.charAt(i);
    if (c != '[' && c != ']' && c != '{' && c != '}' && c != '|' && c != '\'' && c != '<' && c != '_') return 0;
    Matcher m = STRAY.matcher(text).region(i, text.length());
    return m.lookingAt() ? m.end() - i : 0;
  }

  /** The text without stray markup (for values read without a parse, such as a flag's country). */
  static String strip(String text) {
    return STRAY.matcher(text).replaceAll("");
  }
}
