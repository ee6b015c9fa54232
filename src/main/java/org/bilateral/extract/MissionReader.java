package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;

/**
 * Missions that one member of the pair keeps in the other: who owns it (a possessive, the clause's
 * subject, or the country its city lies in), where, and when it opened or closed. Later clauses
 * refer back ("the embassy closed in 2009", "in its place, honorary consulates were opened").
 */
final class MissionReader implements FactReader {
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?:the|this|that|its)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OF_COUNTRY = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
  private static final Pattern EACH_OTHER = Pattern.compile("^\\s+in\\s+(?:each\\s+other's|each\\s+other’s|their\\s+respective)\\s+capitals", Pattern.CASE_INSENSITIVE);
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    List<MissionWords.Hit> hits = MissionWords.find(s.text);
    for (int h = 0; h < hits.size(); h++) {
      MissionWords.Hit hit = hits.get(h);
      int[] clause = s.clauseAt(hit.start());
      String clauseText = s.text.substring(clause[0], clause[1]);
      if (rules.phrases("missions", "not_mission").matcher(clauseText).find()) continue;
      // "raised to an embassy": the second mission word is the new form of the first
      if (h > 0 && raisedTo(s, hits.get(h - 1), hit)) continue;

      String after = s.text.substring(hit.end());
      if (EACH_OTHER.matcher(after).find()) {
        eachOther(s, r, hit);
        continue;
      }
      List<Places.Place> places = Places.listAfter(s.text, hit.end());
      String owner = owner(s, hit, clause);
      boolean replaces = rules.phrases("missions", "replace").matcher(s.text.substring(clause[0], hit.start())).find();
      Mission previous = r.recentMissions.isEmpty() ? null : r.recentMissions.get(r.recentMissions.size() - 1);

      if (places.isEmpty()) {
        // "the embassy closed in 2009": a mission already read, now closed or converted
        if (previous != null && DEFINITE_BEFORE.matcher(s.text.substring(0, hit.start())).find()) {
          Mission same = lastOfType(r, hit.type(), owner);
          if (same != null && verb(s, clause, "close")) {
            PartialDate d = s.dateFor(hit.end());
            if (d != null) r.replace(same, same.withClosed(d));
          }
          if (same != null && h + 1 < hits.size() && raisedTo(s, hit, hits.get(h + 1))) raise(s, r, same, hits.get(h + 1));
        }
        continue;
      }
      if (replaces && owner == null && previous != null) owner = previous.owner();

      for (Places.Place p : places) {
        String city = p.name();
        String where = p.country() != null ? p.country() : Places.countryOf(city, s.pair.a(), s.pair.b());
        if (where != null && !s.pair.contains(where)) continue; // a mission in a third country
        String o = owner;
        if (where != null && (o == null || o.equals(where))) o = s.pair.other(where);
        if (o == null || !s.pair.contains(o)) continue;
        String host = s.pair.other(o);
        if (where != null && !where.equals(host)) continue;

        PartialDate opened = null, closed = null;
        if (replaces && previous != null && previous.owner().equals(o)) {
          opened = previous.closed() != null ? previous.closed() : s.dateFor(hit.end());
        } else if (verb(s, clause, "close")) {
          closed = s.dateFor(hit.end());
        } else if (verb(s, clause, "open")) {
          opened = s.dateFor(hit.end());
        }
        Mission m = new Mission(o, host, hit.type(), city, opened, closed, List.of(s.source()));
        r.add(m);
        if (h + 1 < hits.size() && raisedTo(s, hit, hits.get(h + 1))) raise(s, r, m, hits.get(h + 1));
      }
    }
  }

  /** Both members of the pair opened embassies "in each other's capitals". */
  private void eachOther(SentenceView s, Reading r, MissionWords.Hit hit) {
    Gazetteer g = Gazetteer.get();
    PartialDate d = s.dateFor(hit.end());
    boolean opens = verb(s, s.clauseAt(hit.start()), "open");
    for (String owner : s.pair.asList()) {
      String host = s.pair.other(owner);
      String capital = g.byIso3(host).map(Country::capital).orElse(null);
      if (capital == null) continue;
      r.add(new Mission(owner, host, hit.type(), capital, opens ? d : null, null, List.of(s.source())));
    }
  }

  private boolean raisedTo(SentenceView s, MissionWords.Hit old, MissionWords.Hit now) {
    if (now.start() <= old.end()) return false;
    String between = s.text.substring(old.end(), now.start());
    return between.length() < 80 && rules.phrases("missions", "raise").matcher(between).find()
        && old.type() != now.type();
  }

  /** The old mission closes and the new one opens in the same city on the same date. */
  private void raise(SentenceView s, Reading r, Mission old, MissionWords.Hit now) {
    PartialDate d = s.dateFor(now.end());
    Mission closedOld = old.withClosed(d);
    r.replace(old, closedOld);
    r.add(new Mission(old.owner(), old.host(), now.type(), old.city(), d, null, List.of(s.source())));
  }

  private Mission lastOfType(Reading r, MissionType type, String owner) {
    for (int i = r.recentMissions.size() - 1; i >= 0; i--) {
      Mission m = r.recentMissions.get(i);
      if (m.type() == type && (owner == null || m.owner().equals(owner))) return m;
    }
    return null;
  }

  private boolean verb(SentenceView s, int[] clause, String list) {
    return rules.phrases("missions", list).matcher(s.text.substring(clause[0], clause[1])).find();
  }

  /**
   * Whose mission: a possessive or adjective just before the word ("Mexico's embassy", "the
   * Pakistani embassy"), "the embassy of X", else the subject of the clause or sentence.
   */
  private String owner(SentenceView s, MissionWords.Hit hit, int[] clause) {
    for (Mention<Country> c : s.countries) {
      if (c.end() <= hit.start() && hit.start() - c.end() <= 30) {
        String between = s.text.substring(c.end(), hit.start());
        if (between.matches("(?:'s|’s)?\\s*(?:new|own|first|former|current|resident|\\w+-level|honorary)?\\s*")) {
          return c.entity().iso3();
        }
      }
    }
    Matcher of = OF_COUNTRY.matcher(s.text.substring(hit.end()));
    if (of.find()) {
      int at = hit.end() + of.end();
      for (Mention<Country> c : s.countries) if (c.start() == at) return c.entity().iso3();
    }
    List<Mention<Country>> subjects = new ArrayList<>(s.countriesIn(clause[0], hit.start()));
    if (subjects.isEmpty()) subjects = s.countriesIn(0, hit.start());
    for (Mention<Country> c : subjects) {
      if (!SentenceView.isAdjective(c) && s.pair.contains(c.entity().iso3())) return c.entity().iso3();
    }
    return null;
  }
}
