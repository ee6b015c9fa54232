package org.bilateral.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a document has named with their office, in the order it named them, so that a later
 * mention by name alone ("Zhou Enlai came to Pakistan", "Sisi arrived in New Delhi") or by pronoun
 * ("He arrived in Cairo") is known to be the premier or the president named before.
 */
final class PersonIndex {
  private static final String OW = "(?:" + String.join("|", Rules.get().list("visits", "office_words")) + ")";
  private static final String NAME_WORD = "(?:(?:[a-z]{1,3}-)?\\p{Lu}[\\p{L}'’-]*\\p{L}|\\p{Lu}\\.)";
  /** An office (office words, perhaps joined by of/for/the/and) directly followed by a name. */
  private static final Pattern OFFICE_AND_NAME = Pattern.compile(
      "(?<![\\p{L}-])(?=\\p{Lu})" + OW + "(?:(?:\\s+|,\\s+|\\s+(?:of|for|the|and|on)\\s+(?:the\\s+)?)" + OW + ")*"
          + "\\s+" + NAME_WORD + "(?:\\s+(?:(?:de|del|da|van|von|bin|ibn|al|el|ul|arap)\\s+)?" + NAME_WORD + "){0,4}");

  private static final List<String> OFFICE_STARTS = Lead.literalPrefixes(Rules.get().list("visits", "office_words"));

  /** The office words' literal starts, by their first character: each capital is tested against a few. */
  private static final java.util.Map<Character, List<String>> OFFICE_STARTS_BY_CHAR = new java.util.HashMap<>();

  static {
    if (OFFICE_STARTS != null) {
      for (String w : OFFICE_STARTS) OFFICE_STARTS_BY_CHAR.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
  }

  /** Whether an office can start at {@code i}: a capital that begins an office word. */
  private static boolean officeAt(String text, int i) {
    char c = text.charAt(i);
    if (!Character.isUpperCase(c)) return false;
    if (OFFICE_STARTS == null) return true;
    List<String> starts = OFFICE_STARTS_BY_CHAR.get(c);
    if (starts == null) return false;
    for (String w : starts) if (text.startsWith(w, i)) return true;
    return false;
  }

  /** A person as noted, with the words of the name folded once (lookups compare them often). */
  private record Entry(Persons.Person person, int sentence, Set<String> words) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Notes every "Office Name" of a sentence. */
  void scan(String sentence, int sentenceIndex) {
    Anchored a = new Anchored(OFFICE_AND_NAME, sentence, i -> officeAt(sentence, i));
    while (a.find()) {
      Matcher m = a.match();
      String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
      Persons.Person p = Persons.before(lastWords(before) + m.group());
      if (p != null && p.office() != null && !p.name().isBlank()) add(p, sentenceIndex);
    }
  }

  void add(Persons.Person p, int sentenceIndex) {
    entries.add(new Entry(p, sentenceIndex, folded(p.name())));
  }

  /** The person last named with this name or part of it ("Modi", "Sisi"), or null. */
  Persons.Person lookup(String name) {
    return find(name, false);
  }

  /** The fullest name wins ("Abdel Fattah el-Sisi" over a later "President Sisi"), then the latest. */
  private Persons.Person find(String name, boolean withCountry) {
    Set<String> want = folded(name);
    if (want.isEmpty()) return null;
    Entry best = null, exact = null;
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (withCountry && e.person().country() == null) continue;
      if (!e.words().containsAll(want)) continue;
      if (exact == null && e.words().size() == want.size()) exact = e;
      if (best == null || e.words().size() > best.words().size()) best = e;
    }
    // "King Hussein" and "Crown Prince Hussein bin Abdullah": a fuller name held with another office
    // is someone else, so the one named exactly so keeps the name
    if (exact != null && best != exact && !sameOffice(exact.person(), best.person())) return exact.person();
    return best == null ? null : best.person();
  }

  private static boolean sameOffice(Persons.Person a, Persons.Person b) {
    return a.office() == null || b.office() == null || a.office().equalsIgnoreCase(b.office());
  }

  /** Like {@link #lookup}, among the people whose country is known. */
  Persons.Person lookupWithCountry(String name) {
    return find(name, true);
  }

  /**
   * The person last named with this office, up to and including the given sentence: "The King
   * and Queen returned in 1998" after "King Juan Carlos I and Queen Sofía visited in 1995". Only
   * people whose country is known are taken, and only the same office, not one that holds it
   * ("Vice President" is not "President").
   */
  Persons.Person lastWithOffice(String office, int sentenceIndex) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      Persons.Person p = e.person();
      if (e.sentence() <= sentenceIndex && p.country() != null && p.office() != null
          && (p.office().equalsIgnoreCase(office) || p.office().toLowerCase(Locale.ROOT).startsWith(office.toLowerCase(Locale.ROOT) + " of "))) return p;
    }
    return null;
  }

  /** The people noted in the given sentence, in the order they were noted. */
  List<Persons.Person> in(int sentenceIndex) {
    List<Persons.Person> out = new java.util.ArrayList<>();
    for (Entry e : entries) if (e.sentence() == sentenceIndex) out.add(e.person());
    return out;
  }

  /** The person named last in an earlier sentence, for "He" and "She" at the start of a statement. */
  Persons.Person lastBefore(int sentenceIndex) {
    // the first person named in the sentence just before: usually that sentence's subject (one named further
    // back is no antecedent: "[[Abiy Ahmed]] made his first trip … After the fall of al-Bashir he flew …" is Abiy's,
    // not that of the foreign minister the index noted three sentences earlier)
    Entry best = null;
    for (Entry e : entries) {
      if (e.sentence() < sentenceIndex && e.sentence() >= sentenceIndex - 1 && (best == null || e.sentence() > best.sentence())) best = e;
    }
    return best == null ? null : best.person();
  }

  private static String lastWords(String text) {
    // keep a demonym or possessive just before the office: "Pakistani President ..."
    String[] w = Regex.split(text.trim(), "\\s+");
    return w.length == 0 || w[w.length - 1].isEmpty() ? "" : w[w.length - 1] + " ";
  }

  /** The folded words of the names this document has asked about: a name is looked up many times. */
  private final java.util.Map<String, Set<String>> folded = new java.util.HashMap<>();

  private Set<String> folded(String name) {
    return folded.computeIfAbsent(name, PersonIndex::words);
  }

  private static Set<String> words(String name) {
    String n = Regex.replaceAll(Normalizer.normalize(name, Normalizer.Form.NFKD), "\\p{M}", "").toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (String w : Regex.split(n, "[\\s]+")) {
      String t = Regex.replaceFirst(w, "^[a-z]{1,3}-(?=[a-z]{3,})", "").replaceAll("[^a-z0-9-]", "");
      if (!t.isEmpty()) out.addAll(Arrays.asList(t));
    }
    return out;
  }
}
