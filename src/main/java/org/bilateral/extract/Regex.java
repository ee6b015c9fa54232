package org.bilateral.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readers' small patterns, compiled once. {@code String.matches} and {@code replaceAll} compile
 * their pattern on every call, and in readers that run over every sentence the compiling cost more
 * than the matching. Only constant patterns come here (the cache keeps each for good), compiled
 * behind their {@link Lead}.
 */
final class Regex {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Regex() {}

  static Pattern of(String regex) {
    Pattern p = CACHE.get(regex);
    if (p == null) p = CACHE.computeIfAbsent(regex, Lead::compile);
    return p;
  }

  /** The words one of which every match of a pattern holds ({@link Lead#requiredWords}), by pattern; NONE when it has none. */
  private static final Map<Pattern, List<String>> WORDS = new ConcurrentHashMap<>();
  private static final List<String> NONE = List.of();

  /**
   * A matcher of {@code p} over {@code text}, or over nothing when {@code lower} (the text in lower
   * case) lacks every word one of which all of the pattern's matches hold: it would find nothing
   * in the text either, and the engine is spared a pass over the whole sentence.
   */
  static Matcher matcher(Pattern p, String text, String lower) {
    List<String> words = WORDS.get(p);
    if (words == null) {
      words = (p.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 ? null : Lead.requiredWords(p.pattern());
      if (words == null) words = NONE;
      if (WORDS.size() < 10_000) WORDS.put(p, words);
    }
    if (words == NONE) return p.matcher(text);
    for (String w : words) if (lower.contains(w)) return p.matcher(text);
    return p.matcher("");
  }

  static boolean matches(CharSequence text, String regex) {
    return of(regex).matcher(text).matches();
  }

  static boolean find(CharSequence text, String regex) {
    return of(regex).matcher(text).find();
  }

  static String replaceAll(CharSequence text, String regex, String replacement) {
    return of(regex).matcher(text).replaceAll(replacement);
  }

  static String replaceFirst(CharSequence text, String regex, String replacement) {
    return of(regex).matcher(text).replaceFirst(replacement);
  }

  static String[] split(CharSequence text, String regex) {
    // the words of a phrase, asked for in every reader: split by hand, as the pattern would
    if (regex.equals("\\s+")) return splitAtSpaces(text.toString());
    if (regex.equals(" ")) return text.toString().split(" "); // String.split's own path for one character, same pieces
    return of(regex).split(text);
  }

  /**
   * {@code of("\\s+").split(text)}, without the engine: the same pieces, leading empty one kept,
   * trailing ones dropped. As behind its {@link Lead} (which tests printable characters), a
   * separator starts at a space only, and runs on over any white space after it.
   */
  static String[] splitAtSpaces(String text) {
    int n = text.length();
    java.util.List<String> out = null;
    int start = 0;
    for (int i = 0; i < n; ) {
      if (text.charAt(i) != ' ') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isSpace(text.charAt(j))) j++;
      if (out == null) out = new java.util.ArrayList<>();
      out.add(text.substring(start, i));
      start = j;
      i = j;
    }
    if (out == null) return new String[] {text};
    out.add(text.substring(start, n));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) size--;
    return out.subList(0, size).toArray(new String[0]);
  }

  /** What {@code \\s} matches: a space, a tab, a line feed, a vertical tab, a form feed or a carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
