package org.bilateral.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The reading rules as data: one YAML file per fact kind under {@code rules/}, each holding named
 * phrase lists (compiled to case-insensitive patterns), lexicons (phrase to code), and the example
 * sentences that test them. Adding a phrasing means adding a phrase and an example, not an
 * {@code if} in a reader.
 */
public final class Rules {
  public static final List<String> FILES = List.of(
      "dates", "relations", "memberships", "missions", "accreditations", "visits", "agreements", "meetings",
      "trade", "exports", "events");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Rules INSTANCE = new Rules();

  private final Map<String, JsonNode> files = new LinkedHashMap<>();
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
  /** The compiled phrase lists and keyword lists by file, then name: looked up for every sentence, without building a key. */
  private final Map<String, Map<String, Pattern>> phrasesByFile = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String[]>> keywordsByFile = new ConcurrentHashMap<>();

  private Rules() {
    for (String f : FILES) files.put(f, load(f));
  }

  public static Rules get() { return INSTANCE; }

  public static JsonNode load(String file) {
    String path = "/org/bilateral/extract/rules/" + file + ".yaml";
    try (InputStream in = Rules.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("rule file missing: " + path);
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The phrases of {@code file}'s list {@code name} as one pattern, longest phrase first, bounded by
   * word edges. A phrase is a regular expression, so "visit(?:ed|s)?" is one phrase.
   */
  public Pattern phrases(String file, String name) {
    Map<String, Pattern> byName = phrasesByFile.computeIfAbsent(file, f -> new ConcurrentHashMap<>());
    Pattern p = byName.get(name);
    if (p == null) {
      p = compiled(file, name);
      byName.put(name, p);
    }
    return p;
  }

  /** What stands around a list's phrases: word edges, except that a phrase may start with a possessive ("'s visit") right after a name. */
  private static final String HEAD = "(?:(?<![\\w-])|(?=['’]))", TAIL = "(?![\\w])";

  private Pattern compiled(String file, String name) {
    return patterns.computeIfAbsent(file + "/" + name, k -> {
      List<String> list = list(file, name);
      list.sort((a, b) -> b.length() - a.length());
      // word edges, except that a phrase may start with a possessive ("'s visit") right after a name
      return Lead.compile(HEAD + "(?:" + String.join("|", list) + ")" + TAIL, Pattern.CASE_INSENSITIVE);
    });
  }

  /** How each list is scanned by {@link #find}, by file, then name. */
  private final Map<String, Map<String, Scan>> scansByFile = new ConcurrentHashMap<>();

  /**
   * The matches of {@link #phrases} in a text, as {@code phrases(file, name).matcher(text).find()}
   * gives them, found with less work: the engine starts only where a phrase can start (where the
   * look-behind of the list's pattern lets it: no ASCII letter, digit, '_' or '-' just before; or at
   * an apostrophe), and tries only the phrases whose fixed words the text holds ("crisis" for
   * "crisis\\s+of\\s+\\d{4}", one of "came" and "went" for "(?:came|went)\\s+to"): a phrase whose words are missing cannot match, and the others are
   * tried in their order, so the first that matches is the same.
   *
   * @param lower the text in lower case ({@link SentenceView#lower})
   */
  Anchored find(String file, String name, String text, String lower) {
    Map<String, Scan> byName = scansByFile.computeIfAbsent(file, f -> new ConcurrentHashMap<>());
    Scan scan = byName.get(name);
    if (scan == null) {
      scan = new Scan(phrases(file, name), sorted(file, name));
      byName.put(name, scan);
    }
    if (scan.empty) return new Anchored(scan.all, text, null);
    Pattern p = scan.patternFor(lower);
    if (p == null) return new Anchored(scan.all, text, i -> false); // no phrase's words: no match
    return new Anchored(p, text, i -> phraseMayStart(text, i));
  }

  /** Whether a list's phrases occur in {@code text}: {@code phrases(file, name).matcher(text).find()}, asked through {@link #find}. */
  boolean foundIn(String file, String name, String text) {
    return find(file, name, text, text.toLowerCase(java.util.Locale.ROOT)).find();
  }

  private List<String> sorted(String file, String name) {
    List<String> list = list(file, name);
    list.sort((a, b) -> b.length() - a.length()); // the order of phrases(): stable, longest first
    return list;
  }

  /** A phrase list as {@link #find} runs it: the phrases' fixed words, and a pattern for each set of phrases a text leaves. */
  private static final class Scan {
    final Pattern all;
    final boolean empty;
    final List<String> phrases;
    /** Words one of which each phrase holds ({@link Lead#requiredWords}), in lower case; null for a phrase with none worth testing. */
    final List<String>[] words;
    /** Whether the phrases may be left out: not when one has groups of its own (their numbers would move). */
    final boolean selective;
    final Map<java.util.BitSet, Pattern> bySet = new ConcurrentHashMap<>();

    Scan(Pattern all, List<String> phrases) {
      this.all = all;
      this.empty = Lead.canMatchEmpty(all);
      this.phrases = phrases;
      @SuppressWarnings("unchecked")
      List<String>[] required = new List[phrases.size()];
      this.words = required;
      boolean any = false;
      for (int i = 0; i < words.length; i++) {
        words[i] = Lead.requiredWords(phrases.get(i));
        any |= words[i] != null;
      }
      this.selective = any && all.matcher("").groupCount() == 0;
    }

    private static boolean holdsAny(String lower, List<String> words) {
      if (words == null) return true;
      for (String w : words) if (lower.contains(w)) return true;
      return false;
    }

    /** The pattern of the phrases whose fixed words {@code lower} holds; null when none is left. */
    Pattern patternFor(String lower) {
      if (!selective) return all;
      java.util.BitSet left = new java.util.BitSet(words.length);
      for (int i = 0; i < words.length; i++) if (holdsAny(lower, words[i])) left.set(i);
      if (left.isEmpty()) return null;
      if (left.cardinality() == words.length) return all;
      Pattern p = bySet.get(left);
      if (p == null) {
        // a bounded number of sets are remembered; past it, the whole list does the same work more slowly
        if (bySet.size() >= 4096) return all;
        List<String> kept = new ArrayList<>();
        for (int i = left.nextSetBit(0); i >= 0; i = left.nextSetBit(i + 1)) kept.add(phrases.get(i));
        p = Lead.compile(HEAD + "(?:" + String.join("|", kept) + ")" + TAIL, Pattern.CASE_INSENSITIVE);
        bySet.put(left, p);
      }
      return p;
    }
  }

  private static boolean phraseMayStart(String text, int i) {
    char c = text.charAt(i);
    if (i == 0 || c == '\'' || c == '’') return true;
    char before = text.charAt(i - 1);
    return !(before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9' || before == '_' || before == '-');
  }

  public List<String> list(String file, String name) {
    JsonNode n = node(file).path("phrases").path(name);
    if (!n.isArray()) throw new IllegalStateException("no phrase list " + name + " in rules/" + file + ".yaml");
    List<String> out = new ArrayList<>();
    n.forEach(p -> out.add(unicodeWords(p.asText())));
    return out;
  }

  private static final String WORD_CHARACTERS = "\\p{L}\\p{M}\\p{Nd}_";

  /**
   * A phrase with its {@code \w} standing for letters of any script: Java's {@code \w} is ASCII, so a
   * gap of words such as "(?:[\w-]+\s+){0,3}" stopped at "López" or "Tô Lâm", and relations articles
   * are full of such names. Inside a class the letters join the class; outside, they become one.
   */
  static String unicodeWords(String regex) {
    if (!regex.contains("\\w")) return regex;
    StringBuilder out = new StringBuilder(regex.length() + 32);
    java.util.ArrayDeque<Integer> classes = new java.util.ArrayDeque<>(); // where each open class starts
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char e = regex.charAt(i + 1);
        if (e == 'Q') { // quoted text is copied as it is
          int end = regex.indexOf("\\E", i + 2);
          end = end < 0 ? regex.length() : end + 2;
          out.append(regex, i, end);
          i = end - 1;
          continue;
        }
        if (e == 'w') out.append(classes.isEmpty() ? "[" + WORD_CHARACTERS + "]" : WORD_CHARACTERS);
        else out.append(c).append(e);
        i++;
        continue;
      }
      if (c == '[') classes.push(i);
      else if (c == ']' && !classes.isEmpty()) {
        int open = classes.peek();
        // "[]…]" and "[^]…]": a bracket first in a class is itself
        boolean first = i == open + 1 || i == open + 2 && regex.charAt(open + 1) == '^';
        if (!first) classes.pop();
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * False when the text (lower case) holds none of the keywords that every phrase of the list needs
   * (rules/FILE.yaml, keywords.NAME), so that the patterns need not run at all; true when the list
   * has no keywords.
   */
  public boolean mayMatch(String file, String name, String lowerText) {
    Map<String, String[]> byName = keywordsByFile.computeIfAbsent(file, f -> new ConcurrentHashMap<>());
    String[] words = byName.get(name);
    if (words == null) {
      JsonNode k = node(file).path("keywords").path(name);
      List<String> list = new ArrayList<>();
      if (k.isArray()) for (JsonNode w : k) list.add(w.asText());
      words = k.isArray() ? list.toArray(new String[0]) : new String[] {""};
      byName.put(name, words);
    }
    for (String w : words) if (lowerText.contains(w)) return true;
    return false;
  }

  /** A lexicon: phrase (lower case) to code, e.g. "high commission" to "high-commission". */
  public Map<String, String> lexicon(String file, String name) {
    JsonNode n = node(file).path("lexicon").path(name);
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      out.put(e.getKey().toLowerCase(), e.getValue().asText());
    }
    return out;
  }

  public JsonNode node(String file) {
    JsonNode n = files.get(file);
    if (n == null) throw new IllegalArgumentException("no rule file " + file);
    return n;
  }
}
