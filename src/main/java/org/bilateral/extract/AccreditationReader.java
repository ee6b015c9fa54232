package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.Accreditation;

/**
 * "Mexico is accredited to Pakistan from its embassy in Tehran, Iran": one member of the pair
 * covers the other from a mission in a third country. Only a stated city in a third country makes
 * a fact; an embassy in the pair "also accredited to" a third state says nothing about the pair.
 */
final class AccreditationReader implements FactReader {
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    placedUnder(s, r);
    if (!rules.mayMatch("accreditations", "accredited", s.lower())) return;
    Anchored found = rules.find("accreditations", "accredited", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      String to = firstCountryAfter(s, m.end());
      // "represented in Wellington by …": the host's city stands for it
      for (var c : s.cities) if (c.start() >= m.end() && s.text.substring(m.end(), c.start()).isBlank()) to = c.entity().countryIso3();
      if (to == null || !s.pair.contains(to)) continue;
      String from = s.pair.other(to);

      // the mission it works from: after the trigger ("from its embassy in X"), or before it ("X's embassy
      // in Y is accredited"); a mission in the pair told in the same sentence ("Until Pakistan opened an
      // embassy in Mexico City in 1973, its ambassador in Washington was accredited to Mexico") is not it
      List<Places.Place> candidates = new java.util.ArrayList<>();
      for (MissionWords.Hit hit : MissionWords.find(s.text)) {
        List<Places.Place> places = Places.listAfter(s.text, hit.end());
        if (places.isEmpty()) continue;
        // (not a mission of the next clause: "…, while Ukraine covered Moldova from its embassy in Bucharest")
        boolean afterTrigger = hit.start() > m.end() && viaPhraseBefore(s, hit.start(), m.end())
            && !Regex.find(s.text.substring(m.end(), hit.start()), ",\\s+(?:while|whereas|and|but)\\b|;");
        boolean beforeTrigger = hit.end() <= m.start() && java.util.Arrays.equals(s.clauseAt(hit.start()), s.clauseAt(m.start()));
        if (afterTrigger || beforeTrigger) candidates.add(places.get(0));
      }
      // "India's ambassador in Buenos Aires is concurrently accredited to Chile"
      candidates.add(envoyBefore(s, m.start()));
      // "... is accredited to Chile from Buenos Aires"
      candidates.add(placeAfterFrom(s, m.end()));
      // "Kazakhstan was represented in China by its ambassador resident in Moscow"
      candidates.add(envoyAfter(s, m.end()));
      for (Places.Place via : candidates) {
        if (via == null) continue;
        String viaCountry = via.country() != null ? via.country() : Places.countryOf(via.name());
        if (viaCountry == null || s.pair.contains(viaCountry)) continue;
        r.add(new Accreditation(from, to, viaCountry, via.name(), List.of(s.source())));
        break;
      }
    }
  }

  /**
   * "Poland was placed under the jurisdiction of the Mexican legation in Prague": the host stands
   * before the phrase, the mission that covers it after.
   */
  private void placedUnder(SentenceView s, Reading r) {
    if (!rules.mayMatch("accreditations", "covered_by", s.lower())) return;
    Anchored found = rules.find("accreditations", "covered_by", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      String to = null;
      for (Mention<Country> c : s.countriesIn(s.clauseAt(m.start())[0], m.start())) {
        if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) to = c.entity().iso3();
      }
      if (to == null) continue;
      Places.Place via = null;
      for (MissionWords.Hit hit : MissionWords.find(s.text)) {
        if (hit.start() < m.end() || hit.start() - m.end() > 40) continue;
        List<Places.Place> places = Places.listAfter(s.text, hit.end());
        if (!places.isEmpty()) via = places.get(0);
        break;
      }
      // "Samoa was covered by its High Commissioner resident in Canberra": an envoy, not a mission
      if (via == null) via = envoyAfter(s, m.end());
      if (via == null) continue;
      String viaCountry = via.country() != null ? via.country() : Places.countryOf(via.name());
      if (viaCountry == null || s.pair.contains(viaCountry)) continue;
      // "Chile was covered from its embassy in Canberra": the subject's own mission covers the other
      String from = s.pair.other(to);
      if (Regex.find(s.text.substring(m.end()), "^\\s*(?:its|their)\\b")) { from = to; to = s.pair.other(from); }
      r.add(new Accreditation(from, to, viaCountry, via.name(), List.of(s.source())));
    }
  }

  private static final Pattern ENVOY_IN = Lead.compileExact(
      "\\b(?:ambassador|high\\s+commissioner|envoy|minister|chargé\\s+d['’]affaires)\\s+(?:resident\\s+|based\\s+|stationed\\s+)?in\\s+(?:the\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM_PLACE = Pattern.compile(
      "^[^.;]{0,40}?\\bfrom\\s+(?=\\p{Lu})");

  /** An envoy placed in a city in the trigger's clause, before it: the city the accreditation runs from. */
  private static Places.Place envoyBefore(SentenceView s, int triggerStart) {
    int[] clause = s.clauseAt(triggerStart);
    Matcher e = ENVOY_IN.matcher(s.text);
    e.region(clause[0], triggerStart);
    Places.Place found = null;
    while (e.find()) {
      List<Places.Place> places = Places.listAt(s.text, e.end());
      if (!places.isEmpty()) found = places.get(0);
    }
    return found;
  }

  private static final Pattern BY_ITS = Pattern.compile("^[^.;]{0,40}?(?:\\b(?:by|through|from)\\s+|^\\s*)(?:its|their)\\s+$");

  /** "… by its ambassador resident in Moscow": an envoy the phrase names after it, placed in a city. */
  private static Places.Place envoyAfter(SentenceView s, int triggerEnd) {
    int[] clause = s.clauseAt(triggerEnd);
    Matcher e = ENVOY_IN.matcher(s.text);
    e.region(triggerEnd, Math.max(triggerEnd, clause[1]));
    if (!e.find() || !BY_ITS.matcher(s.text.substring(triggerEnd, e.start())).find()) return null;
    List<Places.Place> places = Places.listAt(s.text, e.end());
    return places.isEmpty() ? null : places.get(0);
  }

  private static Places.Place placeAfterFrom(SentenceView s, int triggerEnd) {
    Matcher f = FROM_PLACE.matcher(s.text.substring(triggerEnd));
    if (!f.find()) return null;
    List<Places.Place> places = Places.listAt(s.text, triggerEnd + f.end());
    return places.isEmpty() ? null : places.get(0);
  }

  private boolean viaPhraseBefore(SentenceView s, int hitStart, int triggerEnd) {
    String between = s.text.substring(triggerEnd, hitStart);
    return rules.foundIn("accreditations", "via", between);
  }

  private static String firstCountryAfter(SentenceView s, int pos) {
    for (Mention<Country> c : s.countries) if (c.start() >= pos) return c.entity().iso3();
    return null;
  }
}
