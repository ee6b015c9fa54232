package org.bilateral.extract;

import java.util.List;
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
   * Like {@link #compile}, but a match may also start at a control character (a tab, a line feed),
   * which {@link #firstCharacters} does not test: the same matches as the plain pattern on any text.
   * For the patterns that were compiled plain before they were given a lead.
   */
  static Pattern compileExact(String regex) {
    return compileExact(regex, 0);
  }

  static Pattern compileExact(String regex, int flags) {
    Pattern plain = Pattern.compile(regex, flags);
    String lead = firstCharacters(plain);
    if (lead == null) return plain;
    String withControls = lead.substring(0, lead.length() - 1) + "\\x{0}-\\x{1F}\\x{7F}]";
    return Pattern.compile("(?=" + withControls + ")(?:" + regex + ")", flags);
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

  /**
   * Words one of which every match of {@code regex} holds, in lower case: the longest run of plain
   * characters ("crisis" for "(?:\\p{Lu}\\w+\\s+)?crisis\\s+of\\s+\\d{4}"), or the words of a group
   * that must match ("came", "went" for "(?:came|went)\\s+to"), whichever has the longer shortest
   * word; null when there are none of three characters or more. Only characters outside classes
   * and quantifiers count, and groups that are neither optional nor look-arounds; anything this
   * reading does not know gives null.
   */
  static List<String> requiredWords(String regex) {
    if (regex.contains("\\Q") || regex.matches("(?s).*\\(\\?[a-zA-Z-]*x.*")) return null; // quoting, comments mode
    return required(regex, 0);
  }

  private static List<String> required(String regex, int depth) {
    if (depth > 8) return null;
    // an alternation: each branch must give words
    List<String> branches = topLevelBranches(regex);
    if (branches == null) return null;
    if (branches.size() > 1) {
      List<String> out = new java.util.ArrayList<>();
      for (String b : branches) {
        List<String> words = required(b, depth + 1);
        if (words == null) return null;
        for (String w : words) if (!out.contains(w)) out.add(w);
      }
      return out;
    }
    List<String> best = null;
    StringBuilder run = new StringBuilder();
    int n = regex.length();
    for (int i = 0; i < n; ) {
      char c = regex.charAt(i);
      Character literal = null;
      List<String> group = null;
      int next;
      if (c == '\\') {
        if (i + 1 >= n) return null;
        char e = regex.charAt(i + 1);
        if (e == 'p' || e == 'P') {
          int close = regex.indexOf('}', i);
          if (i + 2 >= n || regex.charAt(i + 2) != '{' || close < 0) return null;
          next = close + 1;
        } else if (Character.isLetterOrDigit(e)) {
          // "\\s", "\\w", "\\d", "\\b" and the like; characters given by code ("\\x", "\\0", "\\c"...) and back references are not read
          if ("xuc0123456789kQENe".indexOf(e) >= 0) return null;
          next = i + 2;
        } else {
          literal = e; // "\\." is a full stop
          next = i + 2;
        }
      } else if (c == '[') {
        next = closing(regex, i, '[', ']');
        if (next < 0) return null;
      } else if (c == '(') {
        next = closing(regex, i, '(', ')');
        if (next < 0) return null;
        String inner = regex.substring(i + 1, next - 1);
        // "(?:", "(?i:", "(?>", "(?<name>" and plain groups must match; look-arounds and flags alone need nothing
        java.util.regex.Matcher open = GROUP_OPEN.matcher(inner);
        if (!inner.startsWith("?")) group = required(inner, depth + 1);
        else if (open.lookingAt()) group = required(inner.substring(open.end()), depth + 1);
      } else if (c == '|' || c == ')' || c == ']' || c == '{' || c == '}' || c == '*' || c == '+' || c == '?') {
        return null; // syntax out of place
      } else if (c == '.' || c == '^' || c == '$') {
        next = i + 1;
      } else {
        literal = c;
        next = i + 1;
      }
      // a quantifier makes the atom optional or repeated: it ends the run either way
      boolean quantified = false;
      if (next < n && "?*+{".indexOf(regex.charAt(next)) >= 0) {
        quantified = true;
        if (regex.charAt(next) == '{') {
          int close = regex.indexOf('}', next);
          if (close < 0 || !regex.substring(next + 1, close).matches("\\d+(?:,\\d*)?")) return null;
          next = close + 1;
        } else next++;
        if (next < n && (regex.charAt(next) == '?' || regex.charAt(next) == '+')) next++; // lazy, possessive
      }
      if (literal != null && !quantified) {
        run.append(literal.charValue());
      } else {
        best = better(best, run);
        run.setLength(0);
        if (group != null && !quantified) best = better(best, group);
      }
      i = next;
    }
    best = better(best, run);
    return best;
  }

  private static final Pattern GROUP_OPEN = Pattern.compile("\\?(?:[a-zA-Z]*(?:-[a-zA-Z]*)?:|>|<[a-zA-Z][a-zA-Z0-9]*>)");

  private static List<String> better(List<String> best, CharSequence run) {
    return run.length() < 3 ? best : better(best, List.of(run.toString().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Of two sets of words, the one whose shortest word is longer (the fewer words on a tie); words under three characters tell nothing. */
  private static List<String> better(List<String> best, List<String> other) {
    int shortest = Integer.MAX_VALUE;
    for (String w : other) shortest = Math.min(shortest, w.length());
    if (shortest < 3) return best;
    if (best == null) return other;
    int bestShortest = Integer.MAX_VALUE;
    for (String w : best) bestShortest = Math.min(bestShortest, w.length());
    return shortest > bestShortest || shortest == bestShortest && other.size() < best.size() ? other : best;
  }

  /** The branches of an alternation at the top of {@code regex} (one when there is none); null when it cannot be read. */
  private static List<String> topLevelBranches(String regex) {
    List<String> out = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' || c == '(') {
        int end = closing(regex, i, c, c == '[' ? ']' : ')');
        if (end < 0) return null;
        i = end - 1;
      } else if (c == '|') {
        out.add(regex.substring(from, i));
        from = i + 1;
      }
    }
    out.add(regex.substring(from));
    return out;
  }

  /** The index after the bracket that closes the one at {@code open}, skipping escapes and classes; -1 when there is none. */
  private static int closing(String regex, int open, char o, char c) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char ch = regex.charAt(i);
      if (ch == '\\') {
        i++;
        continue;
      }
      if (o == '(' && ch == '[') {
        int end = closing(regex, i, '[', ']');
        if (end < 0) return -1;
        i = end - 1;
        continue;
      }
      if (o == '[' && ch == '[' && i > open) {
        depth++;
        continue;
      }
      if (o == '[' && ch == ']' && i == open + 1) continue; // "[]…]": a bracket first in a class is itself
      if (o == '[' && ch == '^' && i == open + 1) {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') i++; // "[^]…]"
        continue;
      }
      if (ch == o) depth++;
      else if (ch == c && --depth == 0) return i + 1;
    }
    return -1;
  }

  /**
   * The ASCII characters a match can start with, as a table indexed by character (controls are let
   * through, and everything beyond ASCII is left to the caller, as by {@link #firstCharacters}); null
   * when the pattern can match nothing at all or needs what stands before it.
   */
  static boolean[] firstCharacterTable(Pattern p) {
    if (p.pattern().contains("(?<=") || canMatchEmpty(p)) return null;
    boolean[] table = new boolean[128];
    for (char c = 0; c < 128; c++) table[c] = c < 0x20 || c == 0x7f || canStartWith(p, c);
    return table;
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
