package org.bilateral.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** The string comparisons of {@code score.py}: {@code norm}, {@code tokens}, {@code jaccard}, {@code same_name}. */
public final class Text {
  private Text() {}

  static final Set<String> STOP = Set.of("the", "of", "and", "on", "for", "a", "an", "in", "to", "between", "&");

  public static String norm(String s) {
    return s == null ? "" : norm(TextNode.valueOf(s));
  }

  /**
   * NFKD, combining marks dropped, casefolded, {@code &} read as "and", and every run of characters
   * that Python's {@code \w} does not match turned into one space.
   */
  static String norm(JsonNode v) {
    if (Py.isNone(v)) return "";
    String s = Normalizer.normalize(Py.str(v), Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !combining(cp)).forEach(cp -> casefold(cp, folded));
    String t = folded.toString().replace("&", " and ");
    StringBuilder out = new StringBuilder(t.length());
    boolean gap = false;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (isWord(cp)) {
        if (gap && out.length() > 0) out.append(' ');
        gap = false;
        out.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * {@code unicodedata.combining(c) != 0}. Java has no accessor for the canonical combining class,
   * but canonical reordering reveals it: a mark of class 1..239 moves in front of U+0345 (class
   * 240, the highest, held by U+0345 alone); a starter (class 0) never does.
   */
  static boolean combining(int cp) {
    int type = Character.getType(cp);
    if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) return false;
    if (cp == 0x345) return true;
    String probe = "\u0345" + Character.toString(cp);
    return !Normalizer.normalize(probe, Normalizer.Form.NFD).startsWith("\u0345");
  }

  /**
   * {@code str.casefold()} for what survives NFKD: the lower case, except where case folding
   * differs from it (sharp s, final sigma, Cherokee, old Cyrillic letter forms).
   */
  private static void casefold(int cp, StringBuilder out) {
    switch (cp) {
      case 0xDF, 0x1E9E -> out.append("ss");
      case 0x3C2 -> out.append('\u03C3');
      case 0x1C80 -> out.append('\u0432');
      case 0x1C81 -> out.append('\u0434');
      case 0x1C82 -> out.append('\u043E');
      case 0x1C83 -> out.append('\u0441');
      case 0x1C84, 0x1C85 -> out.append('\u0442');
      case 0x1C86 -> out.append('\u044A');
      case 0x1C87 -> out.append('\u0463');
      case 0x1C88 -> out.append('\uA64B');
      default -> {
        // Cherokee folds to its capitals (the older, more common letters)
        if (cp >= 0xAB70 && cp <= 0xABBF) out.appendCodePoint(cp - 0xAB70 + 0x13A0);
        else if (cp >= 0x13F8 && cp <= 0x13FD) out.appendCodePoint(cp - 8);
        else out.appendCodePoint(Character.toLowerCase(cp));
      }
    }
  }

  /** Python's {@code \w} on str: letters, characters with a numeric value, and the underscore (marks are not words). */
  static boolean isWord(int cp) {
    if (cp == '_') return true;
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  public static Set<String> tokens(String s) {
    return tokens(s == null ? null : TextNode.valueOf(s));
  }

  /** Words without stop words, with a plural s cut from words longer than three characters. */
  static Set<String> tokens(JsonNode v) {
    String n = norm(v);
    Set<String> out = new LinkedHashSet<>();
    if (n.isEmpty()) return out;
    for (String t : n.split(" ")) {
      if (STOP.contains(t)) continue;
      out.add(t.codePointCount(0, t.length()) > 3 && t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
    }
    return out;
  }

  public static double jaccard(String a, String b) {
    return jaccard(a == null ? null : TextNode.valueOf(a), b == null ? null : TextNode.valueOf(b));
  }

  /** Shared words over all words; two texts without words (two nulls included) are alike. */
  static double jaccard(JsonNode a, JsonNode b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() && tb.isEmpty()) return 1.0;
    Set<String> both = new HashSet<>(ta);
    both.retainAll(tb);
    Set<String> either = new HashSet<>(ta);
    either.addAll(tb);
    return (double) both.size() / Math.max(1, either.size());
  }

  public static boolean sameName(String a, String b) {
    return sameName(a == null ? null : TextNode.valueOf(a), b == null ? null : TextNode.valueOf(b));
  }

  /** The same folded name, or three quarters of the words; a name without words matches nothing. */
  static boolean sameName(JsonNode a, JsonNode b) {
    String na = norm(a);
    return !na.isEmpty() && (na.equals(norm(b)) || jaccard(a, b) >= 0.75);
  }

  static boolean sameProduct(JsonNode a, JsonNode b) {
    return tokens(a).equals(tokens(b));
  }

  /** {@code str(d)[:4] if d else None}. */
  static String year(JsonNode d) {
    if (!Py.truthy(d)) return null;
    String s = Py.str(d);
    int end = s.codePointCount(0, s.length()) > 4 ? s.offsetByCodePoints(0, 4) : s.length();
    return s.substring(0, end);
  }
}
