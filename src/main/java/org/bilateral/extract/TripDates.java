package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bilateral.gazetteer.City;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.bilateral.model.Visit;

/**
 * Dates a visit known only by its year from the prose that tells of the same trip. Articles list
 * visits by year ("President Muhammadu Buhari (2016, 2018)") and tell the trip elsewhere without a
 * verb of travel, because the list has said it already: "Buhari and the King held a private meeting
 * in Marrakech on 15 November 2016". A trip is one visit, so the listed visit takes the prose's date
 * and the prose sentence as a second source.
 *
 * <p>A sentence tells of the trip when it names the person, places them in the host country (a city
 * of the host; or the host's name with no city of another country), and dates it within the listed
 * year. A list's entry dated by its month ("Prime Minister Ali Khan – Lahore, September 1996") is
 * made finer the same way by a day of that month; a visit told in prose with its month keeps it.
 * Every such sentence must agree (their common part is taken: 17 October 2016 and October 2016 give
 * 2016-10); when they disagree, or the record already holds a finer visit of that person that year,
 * the visit keeps its date.
 */
final class TripDates {
  private TripDates() {}

  static void refine(List<Fact> facts, List<SentenceView> views) {
    List<Source> cited = null; // each sentence's source, made once and only when a visit needs them
    // "Prime Minister X chose Paris for his first trip abroad, and was received by Y on 17 March 2025": a trip told
    // without a date of its own is dated by what befell the visitor on it, told next with the same subject
    for (int i = 0; i < facts.size(); i++) {
      if (!(facts.get(i) instanceof Visit v) || v.date() != null || v.sources().size() != 1) continue;
      if (cited == null) cited = views.stream().map(SentenceView::source).toList();
      for (int k = 0; k < views.size(); k++) {
        if (cited.get(k).start() != v.sources().get(0).start()) continue;
        PartialDate d = continued(views.get(k), nameEnd(views.get(k).text, v.person()));
        if (d != null) facts.set(i, v.dated(d, v.sources()));
        break;
      }
    }
    for (int i = 0; i < facts.size(); i++) {
      // (a year, or a month: "Prime Minister Gyula Horn – Timișoara, September 1996" and "… signed in Timișoara on 16 September 1996")
      if (!(facts.get(i) instanceof Visit v) || v.date() == null || v.date().day() != 0) continue;
      if (finerKnown(facts, v)) continue;
      if (cited == null) cited = views.stream().map(SentenceView::source).toList();
      // a month is made finer only for a list's entry ("– Timișoara, September 1996"): prose that gives the
      // month has said when the visit was, and a day told after it is what was done on the visit
      if (v.date().month() != 0 && !listed(views, cited, v)) continue;
      PartialDate found = null;
      Source from = null;
      boolean agree = true;
      if (cited == null) cited = views.stream().map(SentenceView::source).toList();
      for (int k = 0; k < views.size(); k++) {
        SentenceView s = views.get(k);
        if (cited.get(k).start() == v.sources().get(0).start()) continue;
        PartialDate d = dateIn(s, v);
        if (d == null) continue;
        PartialDate common = found == null ? d : common(found, d);
        if (common == null || common.month() == 0 || v.date().month() != 0 && common.day() == 0) {
          agree = false;
          break;
        }
        found = common;
        if (from == null) from = cited.get(k);
      }
      if (!agree || found == null) continue;
      List<Source> sources = new ArrayList<>(v.sources());
      sources.add(from);
      facts.set(i, v.dated(found, sources));
    }
  }

  /** Whether the visit was first read from a list's entry. */
  private static boolean listed(List<SentenceView> views, List<Source> cited, Visit v) {
    for (int k = 0; k < views.size(); k++) {
      if (cited.get(k).start() == v.sources().get(0).start()) {
        var kind = views.get(k).block().kind();
        return kind == org.bilateral.read.Block.Kind.BULLET;
      }
    }
    return false;
  }

  /** A finer visit of the same person and direction that year (or month): the merger joins the two already. */
  private static boolean finerKnown(List<Fact> facts, Visit v) {
    for (Fact f : facts) {
      if (f instanceof Visit o && o != v && o.from().equals(v.from()) && o.to().equals(v.to())
          && o.date() != null && o.date().year() == v.date().year() && o.date().month() != 0
          && (v.date().month() == 0 || o.date().month() == v.date().month() && o.date().day() != 0)
          && FactMerger.samePerson(o.person(), v.person())) return true;
    }
    return false;
  }

  /**
   * The date a sentence gives the listed trip, or null when it does not tell of it: the date that
   * holds where the person is named ("held a meeting in Marrakech on 15 November 2016"), not any
   * date of the sentence ("X visited Kenya twice, and Y visited India in February 1981").
   */
  private static PartialDate dateIn(SentenceView s, Visit v) {
    int at = nameEnd(s.text, v.person());
    if (at < 0 || !inHost(s, v.to())) return null;
    PartialDate d = s.dateFor(at);
    if (d == null || d.year() != v.date().year() || d.month() == 0) return null;
    // a visit known by its month is made finer only by a day of that month
    if (v.date().month() != 0 && (d.month() != v.date().month() || d.day() == 0)) return null;
    return d;
  }

  /** The date of a passive told next of the same subject (", and was received by … on 17 March 2025"), or null. */
  private static PartialDate continued(SentenceView s, int at) {
    if (at < 0) return null;
    java.util.regex.Matcher and = SAME_SUBJECT_GOES_ON.matcher(s.text).region(at, s.clauseAt(at)[1]);
    if (!and.find()) return null;
    // (only a date of the continuation's own words, not one told before the visitor)
    for (DateMention d : s.dates) {
      if (d.start() >= and.end() && d.end() <= s.clauseAt(at)[1] && d.date() != null && !d.relative()) return s.dateFor(and.end());
    }
    return null;
  }

  private static final java.util.regex.Pattern SAME_SUBJECT_GOES_ON = java.util.regex.Pattern.compile(
      ",?\\s+and\\s+(?:was|were)\\s+(?:\\p{Ll}+ly\\s+)?(?:received|welcomed|greeted|hosted|met|given)\\b");

  /** The common part of two dates of one year: the month if they share it, the day if that too. */
  static PartialDate common(PartialDate a, PartialDate b) {
    if (a.year() != b.year()) return null;
    if (a.month() == 0 || b.month() == 0 || a.month() != b.month()) return PartialDate.ofYear(a.year());
    if (a.day() != 0 && a.day() == b.day()) return a;
    return PartialDate.ofMonth(a.year(), a.month());
  }

  private static boolean inHost(SentenceView s, String host) {
    boolean hostCity = false, otherCity = false, hostNamed = false;
    for (Mention<City> c : s.cities) {
      if (c.entity().countryIso3().equals(host)) hostCity = true;
      else otherCity = true;
    }
    for (Mention<Country> c : s.countries) if (c.entity().iso3().equals(host)) hostNamed = true;
    return hostCity || (hostNamed && !otherCity);
  }

  private static final Set<String> REGNAL = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

  /**
   * Where the text names the person (the end of the name), or -1: the full name, or the surname where no other given name
   * stands before it ("Sharif" alone is Shehbaz Sharif, "Nawaz Sharif" is not). A monarch
   * ("Mohammed VI") and a one-word name must be written in full.
   */
  static int nameEnd(String text, String person) {
    if (person == null || person.isBlank()) return -1;
    int full = indexOfWord(text, person, 0);
    if (full >= 0) return full + person.length();
    String[] words = person.trim().split("\\s+");
    String last = words[words.length - 1];
    if (words.length < 2 || REGNAL.contains(last) || last.length() < 3) return -1;
    int at = -1;
    while ((at = indexOfWord(text, last, at + 1)) >= 0) {
      String before = wordBefore(text, at);
      boolean ownName = false;
      for (String w : words) if (w.equals(before)) ownName = true;
      if (ownName || before.isEmpty() || !Character.isUpperCase(before.charAt(0)) || Persons.isOfficeWord(before)) {
        return at + last.length();
      }
    }
    return -1;
  }

  private static int indexOfWord(String text, String word, int from) {
    int at = from;
    while ((at = text.indexOf(word, at)) >= 0) {
      int end = at + word.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) return at;
      at++;
    }
    return -1;
  }

  private static String wordBefore(String text, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    int b = e;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) b--;
    // "Nigeria's Buhari", "the King and Buhari": punctuation or a lower-case word before is no given name
    return e == at ? "" : text.substring(b, e);
  }
}
