package org.bilateral.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a reading pattern behind a test of its first character. Java's engine tries a pattern at
 * every position of a sentence and gives an alternation of phrases no index, so a phrase list was
 * tried letter by letter; with the lead, the engine leaves most positions after one look-up.
 *
 * <p>The first characters are found by asking the pattern itself, not by reading its source: a
 * character can start a match when the engine, given that character after any kind of preceding
 * character, either matches or runs out of input wanting more ({@link Matcher#hitEnd}). Patterns
 * the test cannot vouch for (an empty match, a positive look-behind) are compiled as they are.
 */
final class Lead {
  /** The kinds of character that word edges and one-character look-behinds tell apart. */
  private static final String[] BEFORE = {"", " ", "a", "A", "1", "-", "_", "'", "’", ",", ".", "(", ")", "$", "\n"};

  private Lead() {}

  static Pattern compile(String regex) {
    return compile(regex, 0);
  }

  static Pattern compile(String regex, int flags) {
    Pattern plain = Pattern.compile(regex, flags);
    String lead = firstCharacters(plain);
    return lead == null ? plain : Pattern.compile("(?=" + lead + ")(?:" + regex + ")", flags);
  }

  /**
   * The literal text each alternative starts with ("Vice" for "Vice[- ]President", "Minister" for
   * "Ministers?"), or null when one of them starts with no literal text.
   */
  static java.util.List<String> literalPrefixes(java.util.List<String> alternatives) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String a : alternatives) {
      int end = 0;
      while (end < a.length() && "\\[](){}.*+?|^$".indexOf(a.charAt(end)) < 0) end++;
      // a quantifier makes the character before it optional
      if (end < a.length() && "?*{".indexOf(a.charAt(end)) >= 0) end--;
      if (end <= 0) return null;
      out.add(a.substring(0, end));
    }
    return out;
  }

  /** A character class of the characters a match can start with, or null when any can. */
  static String firstCharacters(Pattern p) {
    if (p.pattern().contains("(?<=") || canMatchEmpty(p)) return null;
    StringBuilder set = new StringBuilder("[");
    int n = 0;
    for (char c = 0x20; c < 0x7f; c++) {
      if (canStartWith(p, c)) {
        set.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
        n++;
      }
    }
    // nothing is learnt if nearly every character can start a match
    if (n > 60) return null;
    // beyond ASCII (accented names, curly quotes, dashes) every character is let through
    return set.append("\\x{80}-\\x{10FFFF}]").toString();
  }

  static boolean canMatchEmpty(Pattern p) {
    for (String before : BEFORE) {
      Matcher m = at(p, before, "");
      if (m.lookingAt()) return true;
    }
    return false;
  }

  private static boolean canStartWith(Pattern p, char c) {
    for (String before : BEFORE) {
      Matcher m = at(p, before, String.valueOf(c));
      if (m.lookingAt() || m.hitEnd()) return true;
    }
    return false;
  }

  /** A matcher that starts after {@code before} but sees it, as it would see the text before a position. */
  private static Matcher at(Pattern p, String before, String text) {
    String all = before + text;
    return p.matcher(all).region(before.length(), all.length()).useTransparentBounds(true).useAnchoringBounds(false);
  }
}
