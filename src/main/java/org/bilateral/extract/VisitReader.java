package org.bilateral.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Visit;

/**
 * Visits, from prose ("Pakistani President Pervez Musharraf paid an official visit to Mexico") and
 * from lists under a caption that gives the direction ("High-level visits from Pakistan to
 * Mexico", then "- President Pervez Musharraf (2004)"). A visit needs a named person, a
 * destination in the pair, and a visitor from the other member; plans and invitations are not visits.
 */
final class VisitReader implements FactReader {
  private static final Pattern YEARS_IN_PARENS = Pattern.compile("\\(([^()]*\\d{4}[^()]*)\\)\\s*\\.?$");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern TO_COUNTRY = Pattern.compile(",?\\s+to\\s+([^,()]+)$");
  private final Rules rules = Rules.get();
  /** Offices already stated for a person, for later mentions by name alone ("Zhou Enlai came to Pakistan"). */
  private final Map<String, Persons.Person> known = new HashMap<>();

  @Override
  public void read(SentenceView s, Reading r) {
    String[] direction = direction(s);
    if (direction != null) {
      entry(s, r, direction);
      return;
    }
    prose(s, r);
  }

  /** The direction a list caption gives, as {from, to}, or null. */
  private String[] direction(SentenceView s) {
    if (s.block().kind() != org.bilateral.read.Block.Kind.BULLET || s.caption() == null) return null;
    Matcher m = rules.phrases("visits", "caption").matcher(s.caption());
    if (!m.find()) return null;
    var g = Gazetteer.get();
    var from = g.country(m.group("from").trim());
    var to = g.country(m.group("to").trim());
    if (from.isEmpty() || to.isEmpty()) return null;
    return new String[] {from.get().iso3(), to.get().iso3()};
  }

  private void entry(SentenceView s, Reading r, String[] direction) {
    String text = s.text.trim();
    List<PartialDate> dates = new ArrayList<>();
    Matcher p = YEARS_IN_PARENS.matcher(text);
    if (p.find()) {
      for (DateMention d : Dates.find(p.group(1), 0, null)) if (d.date() != null) dates.add(d.date());
      text = text.substring(0, p.start()).trim();
    }
    Matcher to = TO_COUNTRY.matcher(text);
    if (to.find() && Gazetteer.get().country(to.group(1).trim()).isPresent()) text = text.substring(0, to.start());
    Persons.Person who = Persons.entry(text);
    if (who == null || who.name().isBlank()) return;
    if (dates.isEmpty()) dates.add(null);
    for (PartialDate d : dates) {
      r.add(new Visit(direction[0], direction[1], who.name(), who.office(), d, List.of(s.source())));
    }
  }

  private void prose(SentenceView s, Reading r) {
    Matcher m = rules.phrases("visits", "travel").matcher(s.text);
    while (m.find()) {
      int[] clause = s.clauseAt(m.start());
      String clauseText = s.text.substring(clause[0], clause[1]);
      if (rules.phrases("visits", "not_visit").matcher(clauseText).find()) continue;
      String to = destination(s, m.end());
      if (to == null || !s.pair.contains(to)) continue;
      Persons.Person who = visitor(s, clause[0], m.start());
      if (who == null) continue;
      String from = who.country() != null ? who.country() : s.pair.other(to);
      if (from == null || from.equals(to) || !s.pair.contains(from)) continue; // a host official, or a third party
      PartialDate date = s.dateFor(m.end());
      r.add(new Visit(from, to, who.name(), who.office(), date, List.of(s.source())));
    }
  }

  /** The visitor just before the verb; a name alone borrows the office it was given earlier. */
  private Persons.Person visitor(SentenceView s, int clauseStart, int verbStart) {
    int from = clauseStart;
    for (DateMention d : s.dates) if (d.end() <= verbStart && d.end() > from) from = d.end();
    String before = s.text.substring(from, verbStart).replaceAll("^[\\s,;:]+", "");
    Persons.Person p = Persons.before(before);
    if (p == null || p.name().split("\\s+").length > 6) return null;
    if (p.office() != null) {
      known.put(p.name(), p);
      return p;
    }
    for (var e : known.entrySet()) {
      if (e.getKey().equals(p.name()) || e.getKey().endsWith(" " + p.name())) {
        return new Persons.Person(p.country() != null ? p.country() : e.getValue().country(), e.getValue().office(), e.getKey());
      }
    }
    return null; // no office: not a state visit (a poet, a company head)
  }

  /** The country visited: named right after the verb, or the country of the city named there. */
  private String destination(SentenceView s, int pos) {
    String rest = s.text.substring(pos);
    int skip = rest.length() - rest.stripLeading().length();
    int at = pos + skip;
    for (Mention<Country> c : s.countries) {
      if (c.start() == at || (c.start() > at && s.text.substring(at, c.start()).matches("(?:the\\s+)?"))) {
        return SentenceView.isAdjective(c) ? null : c.entity().iso3();
      }
    }
    List<Places.Place> places = Places.listAt(s.text, at);
    if (places.isEmpty()) return null;
    Places.Place p = places.get(0);
    return p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
  }
}
