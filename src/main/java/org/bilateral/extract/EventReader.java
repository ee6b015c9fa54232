package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.Event;
import org.bilateral.model.Event.EventKind;
import org.bilateral.model.PartialDate;

/**
 * Dated events of the pair: independence of either country, recognition between them, wars,
 * disputes, and other acts between the two governments. Each kind is a phrase list in
 * rules/events.yaml; an event needs a date.
 */
final class EventReader implements FactReader {
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    String lower = s.lower();
    if (rules.mayMatch("events", "independence", lower)) independence(s, r);
    for (EventKind kind : List.of(EventKind.RECOGNITION, EventKind.WAR, EventKind.DISPUTE, EventKind.OTHER)) {
      if (!rules.mayMatch("events", kind.code(), lower)) continue;
      Anchored found = rules.find("events", kind.code(), s.text, lower);
      while (found.find()) {
        Matcher m = found.match();
        if (notAnEvent(s, m)) continue;
        // "Mexico invaded Pakistan", "Mexico declared war on Pakistan on 7 December 1941": an act of one
        // member against the other, dated as told
        boolean invasion = m.group().startsWith("invaded") || Regex.matches(m.group(), "(?i)declared\\s+war\\b.*");
        if (invasion && !oneInvadedTheOther(s, m)) continue;
        PartialDate date = kind == EventKind.WAR && !invasion ? warDate(s, m) : eventDate(s, m);
        // "the 1976 Sismik crisis", "the crisis of March 1987": a date inside the phrase is the event's
        if (kind == EventKind.DISPUTE) {
          // ("the Åland crisis of 1918–1921": a span inside the phrase gives its first year)
          for (DateMention d : s.dates) {
            if (d.start() >= m.start() && d.start() < m.end() && d.date() != null) date = d.range() ? PartialDate.ofYear(d.date().year()) : d.date();
          }
        }
        if (date == null) continue;
        List<String> countries = pairMembersIn(s, s.clauseAt(m.start()));
        if (countries.isEmpty()) countries = s.pair.asList();
        r.add(new Event(date, countries, kind, null, List.of(s.source())));
      }
    }
  }

  private void independence(SentenceView s, Reading r) {
    Anchored found = rules.find("events", "independence", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      if (notAnEvent(s, m)) continue;
      // "Norway recognised Chile's independence in 1830": the date is the recognition's, read as such
      String lead = s.text.substring(s.clauseAt(m.start())[0], m.start());
      boolean possessive = m.group().startsWith("'") || m.group().startsWith("’");
      if (possessive && RECOGNISED_BEFORE.matcher(lead).find()) continue;
      int clauseStart = s.clauseAt(m.start())[0];
      // Whose independence: the pair member named nearest before the phrase (the subject, or "X's"),
      // or both when the subject is "Both" or "the two countries".
      List<String> who = new ArrayList<>();
      for (Mention<Country> c : s.countriesIn(clauseStart, m.start() + 3)) {
        if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) who = new ArrayList<>(List.of(c.entity().iso3()));
      }
      if (who.isEmpty() && BOTH_SUBJECT.matcher(s.text.substring(clauseStart, m.start())).find()) who = s.pair.asList();
      // "… welcomed the reborn Polish republic, which had regained its independence in 1918": the
      // relative clause is about the noun before it, named by its adjective
      Matcher rel = RELATIVE_BEFORE.matcher(s.text.substring(Math.max(0, m.start() - 70), m.start()));
      if (rel.find()) {
        int comma = Math.max(0, m.start() - 70) + rel.start();
        String antecedent = null;
        for (Mention<Country> c : s.countriesIn(Math.max(clauseStart, comma - 50), comma)) {
          if (s.pair.contains(c.entity().iso3())) antecedent = c.entity().iso3();
        }
        if (antecedent != null) who = new ArrayList<>(List.of(antecedent));
      }
      if (who.isEmpty()) continue;
      PartialDate date = s.dateFor(m.end());
      if (date == null) continue;
      // each country's independence is an event of its own, even when one sentence tells both
      for (String c : who) r.add(new Event(date, List.of(c), EventKind.INDEPENDENCE, null, List.of(s.source())));
      // "..., and Nigeria followed on 1 October 1960"
      Matcher next = FOLLOWED.matcher(s.text);
      next.region(m.end(), s.text.length());
      if (next.lookingAt()) {
        for (Mention<Country> c : s.countries) {
          if (c.start() != next.start(1) || !s.pair.contains(c.entity().iso3()) || who.contains(c.entity().iso3())) continue;
          PartialDate d = s.ownDate(next.end());
          if (d != null) r.add(new Event(d, List.of(c.entity().iso3()), EventKind.INDEPENDENCE, null, List.of(s.source())));
        }
      }
    }
  }

  private static final Pattern RELATIVE_BEFORE = Pattern.compile(",\\s+(?:which|that|who)\\s+[^,;]{0,50}$");
  private static final Pattern BOTH_SUBJECT = Pattern.compile(
      "(?i)^\\s*(?:both(?:\\s+countries|\\s+nations)?|the\\s+two\\s+(?:countries|nations))\\s*$");

  /** A cue close before the phrase (or just after it) says it is a plan, a threat or a celebration. */
  /**
   * The date of an act: as {@link SentenceView#dateFor}, but a date told after a second verb of the
   * same subject is that act's ("was among the first to recognise Pakistan and opened an office in
   * Karachi in October 1947": October is the office's).
   */
  private static PartialDate eventDate(SentenceView s, Matcher m) {
    Matcher and = SECOND_VERB.matcher(s.text);
    if (!and.find(m.end())) return s.dateFor(m.end());
    PartialDate d = s.dateFor(m.end());
    for (DateMention dm : s.dates) {
      if (dm.start() >= and.start() && d != null && d.equals(dm.date())) {
        // the date found lies beyond the second verb: only a date before it will do
        PartialDate before = null;
        for (DateMention b : s.dates) if (b.end() <= and.start() && b.date() != null && b.start() >= s.clauseAt(m.start())[0]) before = b.date();
        return before;
      }
    }
    return d;
  }

  private static final Pattern SECOND_VERB = Lead.compileExact(
      "\\s+and\\s+(?:later\\s+|then\\s+|also\\s+)?(?:opened|established|signed|sent|set\\s+up|became|joined|appointed|exchanged|built)\\b");

  private static final Pattern FOLLOWED = Lead.compileExact(
      "[^.;]{0,80}?,?\\s+and\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+(?:followed(?:\\s+suit)?\\b|(?=(?:on|in)\\s+(?:\\d|\\p{Lu})))");
  private static final Pattern RECOGNISED_BEFORE = Pattern.compile(
      "(?i)\\b(?:recogni[sz](?:ed|es|ing)|acknowledg(?:ed|es|ing)|accepted|welcomed)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}$");

  private boolean notAnEvent(SentenceView s, Matcher m) {
    String near = s.text.substring(Math.max(s.clauseAt(m.start())[0], m.start() - 40), Math.min(s.text.length(), m.end() + 15));
    return rules.foundIn("events", "not_event", near);
  }

  /** "the war of 1971", "the 1965 war", "the civil war of 1967–1970": the year stands in the phrase. */
  private static PartialDate warDate(SentenceView s, Matcher m) {
    for (DateMention d : s.dates) {
      boolean inside = d.start() >= m.start() - 1 && d.start() <= m.end() + 1;
      // "the Six-Day War of June 1967" keeps its month; a span of years gives its first
      if (inside && d.date() != null) return d.range() ? PartialDate.ofYear(d.date().year()) : d.date();
    }
    // "the revolution against Spanish rule broke out in 1896": the year follows; "the war broke out on
    // 20 July 1974" says the day it began
    PartialDate after = s.dateFor(m.end());
    if (after != null && Regex.matches(m.group(), "(?s).*(?:broke\\s+out|began|started)$|(?:setting|set)\\s+off\\b.*")) return after;
    return after == null ? null : PartialDate.ofYear(after.year());
  }

  /** "France invaded Mexico": the invader is named just before the verb, the invaded just after, and both are the pair. */
  private static boolean oneInvadedTheOther(SentenceView s, Matcher m) {
    int clauseStart = s.clauseAt(m.start())[0];
    String before = null, after = null;
    for (Mention<Country> c : s.countries) {
      if (c.start() >= clauseStart && c.end() <= m.start()) before = c.entity().iso3();
      if (after == null && c.start() > m.end() && s.text.substring(m.end(), c.start()).isBlank()) after = c.entity().iso3();
    }
    return before != null && after != null && !before.equals(after) && s.pair.contains(before) && s.pair.contains(after);
  }

  private static List<String> pairMembersIn(SentenceView s, int[] clause) {
    List<String> out = new ArrayList<>();
    for (Mention<Country> c : s.countriesIn(clause[0], clause[1])) {
      String iso = c.entity().iso3();
      if (s.pair.contains(iso) && !out.contains(iso)) out.add(iso);
    }
    return out;
  }
}
