package org.bilateral.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folding and tokenising shared by the build of the indexes and the matching of texts. */
final class Text {

  private Text() {}

  /**
   * Removes accents and unifies apostrophes and dashes but keeps case, because matching in
   * running text is case-sensitive ("Chad" the country, not "chad") while "Bogota" must still
   * find "Bogotá".
   */
  static String fold(CharSequence s) {
    if (isPlain(s)) {
      return s.toString();
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      switch (Character.getType(c)) {
        case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
            Character.ENCLOSING_MARK -> {
          continue;
        }
        default -> { }
      }
      switch (c) {
        case '\u2019', '\u2018', '`', '\u00b4', '\u02bc', '\u02bb' -> b.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> b.append('-');
        case '\u0142' -> b.append('l');
        case '\u0141' -> b.append('L');
        case '\u00f8' -> b.append('o');
        case '\u00d8' -> b.append('O');
        case '\u0111' -> b.append('d');
        case '\u0110' -> b.append('D');
        case '\u0131' -> b.append('i');
        case '\u00df' -> b.append("ss");
        case '\u00e6' -> b.append("ae");
        case '\u00c6' -> b.append("AE");
        case '\u0153' -> b.append("oe");
        case '\u0152' -> b.append("OE");
        case '\u00a0', '\u2009', '\u202f' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Key for look-ups by name: folded, lower case, single spaces. */
  static String key(String s) {
    String f = fold(s.strip()).toLowerCase(Locale.ROOT);
    if (f.indexOf("  ") < 0 && f.indexOf('\t') < 0 && f.indexOf('\n') < 0) {
      return f;
    }
    return f.replaceAll("\\s+", " ");
  }

  /** Key without punctuation or spaces, so "U.S." finds "US" and "Timor Leste" "Timor-Leste". */
  static String compact(String s) {
    return compactKey(key(s));
  }

  /** {@link #compact} of a string that is already a {@link #key}; the same instance if unchanged. */
  static String compactKey(String k) {
    int i = 0;
    while (i < k.length() && Character.isLetterOrDigit(k.charAt(i))) {
      i++;
    }
    if (i == k.length()) {
      return k;
    }
    StringBuilder b = new StringBuilder(k.length());
    b.append(k, 0, i);
    for (int j = i; j < k.length(); j++) {
      char c = k.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isPlain(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x7f || c == '`') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tokens of a text: runs of letters and digits (with any combining marks), and every other
   * non-space character on its own. Whole tokens are what make word boundaries hold: "Oman"
   * cannot match inside "Romania", and "Pakistan's" is "Pakistan" followed by "'" and "s".
   */
  static final class Tokens {
    final int[] start;
    final int[] end;
    final String[] key;
    final int size;

    private Tokens(int[] start, int[] end, String[] key, int size) {
      this.start = start;
      this.end = end;
      this.key = key;
      this.size = size;
    }
  }

  static Tokens tokenize(CharSequence text) {
    int n = text.length();
    int cap = Math.max(16, n / 4);
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    String[] keys = new String[cap];
    int size = 0;
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
        continue;
      }
      int s = i;
      if (isWordChar(cp)) {
        i += len;
        while (i < n) {
          int c = Character.codePointAt(text, i);
          if (!isWordChar(c) && !isMark(c)) {
            break;
          }
          i += Character.charCount(c);
        }
      } else {
        i += len;
      }
      if (size == starts.length) {
        int grown = size * 2;
        starts = java.util.Arrays.copyOf(starts, grown);
        ends = java.util.Arrays.copyOf(ends, grown);
        keys = java.util.Arrays.copyOf(keys, grown);
      }
      starts[size] = s;
      ends[size] = i;
      keys[size] = fold(text.subSequence(s, i));
      size++;
    }
    return new Tokens(starts, ends, keys, size);
  }

  /** Token keys of a phrase from the data, folded the same way as a text. */
  static List<String> phraseKeys(String phrase) {
    if (isSimple(phrase)) {
      // Most names are plain words separated by single spaces; splitting them directly keeps
      // the load of some 30,000 names fast.
      return List.of(phrase.split(" "));
    }
    Tokens t = tokenize(phrase);
    List<String> keys = new ArrayList<>(t.size);
    for (int i = 0; i < t.size; i++) {
      keys.add(t.key[i]);
    }
    return keys;
  }

  private static boolean isSimple(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == ' ' && s.charAt(i - 1) != ' ';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
