package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.Fact;
import org.bilateral.model.Visit;

/**
 * Gives a visitor named by surname alone ("President Putin travelled to Tehran") the full name the
 * document uses for that person elsewhere ("he and Vladimir Putin signed ..."), so that the visit
 * reads as the same person as the visits listed under the full name. Only a single name is filled
 * in, and only from a name of several words that ends with it and that the document writes the same
 * way wherever it writes it out; two different full names ("Raúl Castro", "Fidel Castro") leave it
 * as it is.
 */
final class FullNames {
  private FullNames() {}

  private static final Pattern MONARCH = Pattern.compile("(?:King|Queen|Emperor|Empress|Emir|Amir|Sultan|Shah|Grand\\s+Duke)\\b");
  private static final Pattern INITIALED = Pattern.compile("((?:\\p{Lu}\\.\\s*){1,2})(\\p{Lu}[\\p{L}'’-]+)");
  private static final Pattern SINGLE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
  private static final Pattern MONTH = Pattern.compile("\\b" + Dates.MONTHS + "(?![\\p{L}])");
  /** An office's "of" or "for" after a capitalised word ("Prince of Wales Charles"); "the inauguration of Nelson Mandela" is a name. */
  private static final Pattern OFFICE_JOIN_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*\\s+(?:of|for)\\s+$");
  private static final Pattern OPENER = Pattern.compile(
      "^(?:When|While|After|Before|During|Since|As|In|On|At|By|With|Under|Following|Then|Later|And|But|Although|Though|If|Once|Until)\\s+");

  static void refine(List<Fact> facts, List<SentenceView> views) {
    java.util.Map<String, String> resolved = new java.util.HashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      if (!(facts.get(i) instanceof Visit v) || v.person() == null || !SINGLE.matcher(v.person()).matches()) continue;
      // a monarch's one name is the whole of it: King Hussein is no "Saddam Hussein" named elsewhere; but "Queen
      // Margrethe" is the "Queen Margrethe II" the document names, when it names one such
      boolean monarch = v.office() != null && MONARCH.matcher(v.office()).lookingAt();
      String full = monarch ? resolved.computeIfAbsent(v.person() + " #", k -> regnalName(v.person(), views))
          : resolved.computeIfAbsent(v.person(), surname -> fullName(surname, views));
      if (full.isEmpty()) continue;
      // (King Abdullah of Saudi Arabia is not the Abdullah II who visits from Jordan)
      if (monarch && facts.stream().anyMatch(f -> f instanceof Visit o && o.person().equals(full) && !o.from().equals(v.from()))) continue;
      facts.set(i, new Visit(v.from(), v.to(), full, v.office(), v.date(), v.sources()));
    }
    // "President Z. Čaputová" after "President Zuzana Čaputová": initials stand for the one full name whose words they begin
    for (int i = 0; i < facts.size(); i++) {
      if (!(facts.get(i) instanceof Visit v) || v.person() == null) continue;
      Matcher m = INITIALED.matcher(v.person());
      if (!m.matches()) continue;
      String full = resolved.computeIfAbsent(m.group(2), surname -> fullName(surname, views));
      if (full.isEmpty()) continue;
      if (initialsOf(v.person(), full)) facts.set(i, new Visit(v.from(), v.to(), full, v.office(), v.date(), v.sources()));
    }
    for (int i = 0; i < facts.size(); i++) {
      if (!(facts.get(i) instanceof Visit v) || v.person() == null) continue;
      String nearest = nearestNamesake(v, views);
      if (nearest == null) continue;
      // the office the document gives that person elsewhere, when it gives one
      String office = v.office();
      for (Fact f : facts) if (f instanceof Visit o && nearest.equals(o.person()) && o.office() != null) office = o.office();
      facts.set(i, new Visit(v.from(), v.to(), nearest, office, v.date(), v.sources()));
    }
  }

  /**
   * "Pierre Trudeau made an official visit … Justin Trudeau attended … Trudeau arrived in Paris": a
   * surname alone, which the reader took for the one holder of the name it knew by office, is the
   * namesake the document wrote out in full last before it. Null when the sentences name the visitor
   * in full, or no other namesake stands between.
   */
  private static String nearestNamesake(Visit v, List<SentenceView> views) {
    String[] words = v.person().split("\\s+");
    if (words.length < 2 || v.sources().isEmpty()) return null;
    String surname = words[words.length - 1];
    Pattern full = Pattern.compile("((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})" + Pattern.quote(surname) + "(?![\\p{L}-])");
    Pattern alone = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surname) + "(?![\\p{L}-])");
    String found = null;
    for (org.bilateral.model.Source src : v.sources()) {
      if (src.sentence().contains(v.person())) return null;
      Matcher a = alone.matcher(src.sentence());
      if (!a.find()) return null;
      String name = null;
      for (SentenceView s : views) {
        if (s.source().start() > src.start()) break;
        int limit = s.source().start() == src.start() ? a.start() : s.text.length();
        Matcher m = full.matcher(s.text).region(0, limit);
        while (m.find()) {
          Persons.Person who = Persons.before(OPENER.matcher(m.group()).replaceFirst(""));
          // ("on 17 April Trudeau became …": a date before the surname is no given name)
          if (who != null && who.name().endsWith(" " + surname) && !MONTH.matcher(who.name()).find()) name = who.name();
        }
      }
      if (name == null || name.equals(v.person()) || name.endsWith(" " + v.person()) || v.person().endsWith(" " + name)) return null;
      if (found != null && !found.equals(name)) return null;
      found = name;
    }
    return found;
  }

  /** Whether {@code initialled} ("Z. Čaputová") is {@code full} ("Zuzana Čaputová") with its first words cut to initials. */
  private static boolean initialsOf(String initialled, String full) {
    Matcher m = INITIALED.matcher(initialled);
    if (!m.matches() || !full.endsWith(" " + m.group(2))) return false;
    String[] initials = m.group(1).replace(".", " ").trim().split("\\s+");
    String[] words = full.split("\\s+");
    if (words.length <= initials.length) return false;
    for (int k = 0; k < initials.length; k++) if (!words[k].startsWith(initials[k]) || words[k].length() < 2) return false;
    return true;
  }

  /** The one "Name II" the document writes for a monarch's {@code name}, or "". */
  private static String regnalName(String name, List<SentenceView> views) {
    Pattern p = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name) + "\\s+([IVX]{1,5})\\b");
    String regnal = theOne(views, name, p, (m, text) -> name + " " + m.group(1));
    if (!regnal.isEmpty()) return regnal;
    // "Emir Tamim" after "Tamim bin Hamad Al Thani": a ruler's given name, then his father's and his house's
    Pattern patronymic = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name)
        + "\\s+((?:bin|ibn|bint)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:bin|ibn|Al|al)\\s+)?\\p{Lu}[\\p{L}'’-]+){0,3})");
    return theOne(views, name, patronymic, (m, text) -> {
      // ("Crown Prince Hussein bin Talal" is not King Hussein: the fuller name held with another office is someone else's)
      Persons.Person held = Persons.before(text.substring(Math.max(0, m.start() - 40), m.end()));
      return held != null && held.office() != null && !MONARCH.matcher(held.office()).lookingAt() ? null : name + " " + m.group(1);
    });
  }

  /** The one longer name that ends with {@code surname}, or "" when there is none or more than one. */
  private static String fullName(String surname, List<SentenceView> views) {
    Pattern p = Pattern.compile("((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})" + Pattern.quote(surname) + "(?![\\p{L}-])(?!['’](?!s\\b))");
    return theOne(views, surname, p, (m, text) -> {
      // "Prince of Wales Charles": words after "of" end an office, they begin no name
      if (OFFICE_JOIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) return null;
      // "President Putin", "Mr Putin", "Russian Putin" are not names: the words before must be a name's
      // "When Lech Wałęsa was awarded …": a word that opens a clause is no part of the name
      Persons.Person who = Persons.before(OPENER.matcher(m.group()).replaceFirst(""));
      return who == null || who.name().equals(surname) || !who.name().endsWith(" " + surname) ? null : who.name();
    });
  }

  /**
   * The one name the document writes where {@code p} finds {@code word}, as {@code read} takes it from a match (null
   * for none): "" when it writes two that are not one the longer form of the other.
   */
  private static String theOne(List<SentenceView> views, String word, Pattern p,
      java.util.function.BiFunction<Matcher, String, String> read) {
    String found = null;
    for (SentenceView s : views) {
      if (!s.text.contains(word)) continue;
      Matcher m = p.matcher(s.text);
      while (m.find()) {
        String name = read.apply(m, s.text);
        if (name == null) continue;
        if (found == null) found = name;
        else if (!found.equals(name) && !found.endsWith(" " + name) && !name.endsWith(" " + found)
            && !initialsOf(name, found) && !initialsOf(found, name)) return "";
        else if (name.length() > found.length() && !initialsOf(name, found)) found = name;
      }
    }
    return found == null ? "" : found;
  }
}
