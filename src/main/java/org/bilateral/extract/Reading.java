package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.Visit;

/** What the rules build up while reading one document: the facts, and what later sentences refer back to. */
final class Reading {
  final List<Fact> facts = new ArrayList<>();
  /** The missions of the last sentences, newest last, for "the embassy closed" and "in its place". */
  final List<Mission> recentMissions = new ArrayList<>();
  /** The people named so far with their offices. */
  final PersonIndex people = new PersonIndex();

  void add(Fact f) {
    if (f instanceof Visit v) f = ownCountryDropped(acronymDropped(v));
    facts.add(f);
    if (f instanceof Mission m) recentMissions.add(m);
  }

  /**
   * "King of Spain", "Prime Minister of Papua New Guinea" (a table's column of offices, "King Juan Carlos of Spain"): a
   * visit's {@code from} already says whose office it is, so the office is told without it. A prince's "of" is his
   * title ("Prince of Spain", "Prince of Wales") and stays, and so does a former state's name.
   */
  private static Visit ownCountryDropped(Visit v) {
    if (v.office() == null) return v;
    Matcher of = OF_COUNTRY.matcher(v.office());
    if (!of.matches() || PRINCELY.matcher(of.group(1)).matches()) return v;
    // (a former state's name says more than the code: "President of the Soviet Union", "of Serbia and Montenegro")
    boolean own = Gazetteer.get().resolveCountry(of.group(2))
        .map(c -> c.entity().iso3().equals(v.from()) && c.kind() != org.bilateral.gazetteer.MatchKind.HISTORICAL).orElse(false);
    return own ? new Visit(v.from(), v.to(), v.person(), of.group(1), v.date(), v.sources()) : v;
  }

  /** "Chairman, State Peace and Development Council (SPDC)": the acronym after an office repeats it. */
  private static Visit acronymDropped(Visit v) {
    if (v.office() == null || !v.office().endsWith(")")) return v;
    Matcher m = TRAILING_ACRONYM.matcher(v.office());
    return m.find() ? new Visit(v.from(), v.to(), v.person(), v.office().substring(0, m.start()), v.date(), v.sources()) : v;
  }

  private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}&-]{1,9}\\)$");
  private static final Pattern OF_COUNTRY = Pattern.compile("(.+?)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.+)");
  private static final Pattern PRINCELY = Pattern.compile("(?:Crown\\s+)?(?:Prince|Princess)(?:\\s+Consort)?");

  /** Replaces a fact already read (a mission that a later clause closed). */
  void replace(Fact old, Fact now) {
    int i = facts.indexOf(old);
    if (i >= 0) facts.set(i, now);
    if (old instanceof Mission o) {
      int j = recentMissions.indexOf(o);
      if (j >= 0) recentMissions.set(j, (Mission) now);
    }
  }
}
