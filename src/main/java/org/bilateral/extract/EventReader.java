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
  /** The phrase lists of rules/events.yaml and the kind each gives; some lists have checks of their own. */
  private record PhraseList(String name, EventKind kind) {}

  private static final List<PhraseList> LISTS = List.of(
      new PhraseList("recognition", EventKind.RECOGNITION), new PhraseList("war", EventKind.WAR),
      new PhraseList("war_invasion", EventKind.WAR), new PhraseList("war_crossing", EventKind.WAR),
      new PhraseList("dispute", EventKind.DISPUTE), new PhraseList("dispute_barred", EventKind.DISPUTE),
      new PhraseList("dispute_voided", EventKind.DISPUTE), new PhraseList("dispute_case", EventKind.DISPUTE),
      new PhraseList("dispute_protest", EventKind.DISPUTE), new PhraseList("other", EventKind.OTHER),
      new PhraseList("other_closure", EventKind.OTHER), new PhraseList("other_treaty", EventKind.OTHER),
      new PhraseList("other_reopening", EventKind.OTHER));

  private final Rules rules = Rules.get();

  /** The sentence that last told an independence, and the country a brief's key facts are about. */
  private int independenceAt = -10;
  private String keyFactsOf;
  private int keyFactsAt = -100;

  @Override
  public void read(SentenceView s, Reading r) {
    String lower = s.lower();
    int known = r.facts.size();
    if (rules.mayMatch("events", "independence", lower)) independence(s, r);
    keyFacts(s);
    if (lower.contains("independence")) independenceLine(s, r);
    // "Guyana became independent in 1966. Suriname followed on 25 November 1975."
    if (s.index == independenceAt + 1 && lower.contains("followed")) followedNext(s, r);
    for (int i = known; i < r.facts.size(); i++) {
      if (r.facts.get(i) instanceof Event e && e.eventKind() == EventKind.INDEPENDENCE) independenceAt = s.index;
    }
    for (PhraseList list : LISTS) {
      EventKind kind = list.kind();
      if (!rules.mayMatch("events", list.name(), lower)) continue;
      Anchored found = rules.find("events", list.name(), s.text, lower);
      while (found.find()) {
        Matcher m = found.match();
        if (notAnEvent(s, m) || aimedAtThirdCountry(s, m)) continue;
        // "Mexico invaded Pakistan", "Mexico declared war on Pakistan on 7 December 1941": an act of one
        // member against the other, dated as told
        boolean invasion = list.name().equals("war_invasion");
        if (invasion && !oneInvadedTheOther(s, m)) continue;
        if (list.name().equals("other_treaty") && !instrumentOfThePair(s, m)) continue;
        // "the Salvadoran army crossed the border": one member's forces, named by its adjective, and no third state
        if (list.name().equals("war_crossing") && (pairMembersIn(s, new int[] {s.clauseAt(m.start())[0], m.end()}).isEmpty()
            || namesThirdCountry(s, s.clauseAt(m.start())))) continue;
        PartialDate date = kind == EventKind.WAR && !invasion && !list.name().equals("war_crossing") ? warDate(s, m) : eventDate(s, m);
        // "the 1976 Sismik crisis", "the crisis of March 1987": a date inside the phrase is the event's
        // "In April 1969 the Shah declared the 1937 treaty void": the year inside names the treaty; the act's is told before
        if (list.name().equals("dispute_voided")) {
          PartialDate before = s.lastDateBefore(m.start());
          if (before != null) date = before;
        } else if (kind == EventKind.DISPUTE) {
          // ("the Åland crisis of 1918–1921": a span inside the phrase gives its first year)
          for (DateMention d : s.dates) {
            if (d.start() >= m.start() && d.start() < m.end() && d.date() != null) date = d.range() ? PartialDate.ofYear(d.date().year()) : d.date();
          }
        }
        if (date == null) continue;
        List<String> countries = list.name().equals("war_crossing") ? s.pair.asList() : pairMembersIn(s, s.clauseAt(m.start()));
        // "Indian and Chinese troops clashed on the border" in another pair's article: their quarrel
        // (unless the pair itself is the subject: "Together with Brazil they fought the Paraguayan War against Paraguay")
        if (countries.isEmpty() && (kind == EventKind.DISPUTE || kind == EventKind.WAR) && namesThirdCountry(s, s.clauseAt(m.start()))
            && !PAIR_SUBJECT.matcher(s.text.substring(s.clauseAt(m.start())[0], m.start())).find()) continue;
        // "Saudi Arabia and Egypt severed relations with Qatar and closed their borders with it": third states acted
        if ((kind == EventKind.DISPUTE || kind == EventKind.OTHER) && !invasion && actorIsThird(s, m)) continue;
        // "When ECOWAS imposed sanctions on Mali": an organisation acted, not the other member
        if ((kind == EventKind.DISPUTE || kind == EventKind.OTHER) && actorIsOrganisation(s, m)) continue;
        // "Australia and New Zealand each took France to the ICJ": a case against a third state
        // "cut diplomatic ties with Qatar, closed the border and barred Qatari aircraft": part of the break itself
        if ((list.name().equals("dispute_barred") || list.name().equals("other_closure")) && rules.foundIn("relations", "severed", s.text)) continue;
        // "accused the United States of spying", "took France to the ICJ": a third state inside the act is its object
        if (kind == EventKind.DISPUTE && s.countriesIn(m.start(), m.end()).stream().anyMatch(c -> !s.pair.contains(c.entity().iso3()))) continue;
        // "Mexico filed a case at the WTO against the United States": the clause names who the case is against
        if (list.name().equals("dispute_case") && !s.text.regionMatches(true, m.start(), "took", 0, 4)
            && namesThirdCountry(s, s.clauseAt(m.start()))) continue;
        // "Germany invaded Pakistan, and Mexico protested": a protest at a third state's act
        if (list.name().equals("dispute_protest") && namesThirdCountry(s, new int[] {0, s.text.length()})) continue;
        // "the powers recognised Pakistan as an independent state": the pair's independence, not a recognition between them
        // (but "Sweden recognised Norway as an independent state": one member recognising the other is a recognition)
        if (kind == EventKind.RECOGNITION && AS_INDEPENDENT.matcher(s.text).region(m.end(), s.text.length()).lookingAt()
            && !memberActsBefore(s, m.start())) continue;
        // "Recognition of Mexico by Pakistan: …" in another pair's brief: a third state inside the act
        if (kind == EventKind.RECOGNITION && s.countriesIn(m.start(), m.end()).stream().anyMatch(c -> !s.pair.contains(s.memberOf(c)))) continue;
        if (countries.isEmpty()) countries = s.pair.asList();
        r.add(new Event(date, countries, kind, null, List.of(s.source())));
        // "recalled its ambassador on 30 October 2019 over …, and again on 1 November 2023": the same act repeated
        Matcher again = AGAIN_ON.matcher(s.text).region(m.end(), s.text.length());
        if (again.lookingAt()) {
          PartialDate next = s.dateAt(again.end());
          if (next != null && date.surelyBefore(next)) r.add(new Event(next, countries, kind, null, List.of(s.source())));
        }
      }
    }
  }

  /**
   * A brief's key-fact line: "Independence: Senegal, 20 August 1960; Mauritania, 28 November 1960",
   * "Independence: 25 November 1975, from the Netherlands" (the member not named is the one made independent).
   */
  private void independenceLine(SentenceView s, Reading r) {
    Matcher line = INDEPENDENCE_LINE.matcher(s.text);
    if (!line.lookingAt()) return;
    int from = line.end();
    for (String entry : s.text.substring(from).split(";")) {
      int at = s.text.indexOf(entry, from);
      from = at + entry.length();
      DateMention date = null;
      for (DateMention d : s.dates) if (d.start() >= at && d.end() <= from && d.date() != null) { date = d; break; }
      if (date == null) continue;
      String who = null;
      for (Mention<Country> c : s.countriesIn(at, date.start())) if (s.pair.contains(c.entity().iso3())) who = c.entity().iso3();
      if (who == null) {
        for (Mention<Country> c : s.countriesIn(date.end(), from)) {
          if (s.pair.contains(c.entity().iso3()) && FROM_COUNTRY.matcher(s.text.substring(date.end(), c.start())).matches()) {
            who = s.pair.other(c.entity().iso3());
          }
        }
      }
      // "Independence: 16 August 1960" among a brief's key facts of one country
      if (who == null && s.index - keyFactsAt <= 6) who = keyFactsOf;
      if (who != null) r.add(new Event(date.date(), List.of(who), EventKind.INDEPENDENCE, null, List.of(s.source())));
    }
  }

  private static final Pattern FOLLOWED_NEXT = Pattern.compile(
      "^\\s*(?:The\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2})(?:,[^,;.]{1,60},)?\\s+followed(?:\\s+suit)?\\s+(?=(?:on|in)\\s)");

  private void followedNext(SentenceView s, Reading r) {
    Matcher m = FOLLOWED_NEXT.matcher(s.text);
    if (!m.lookingAt()) return;
    for (Mention<Country> c : s.countries) {
      if (c.start() != m.start(1) || !s.pair.contains(c.entity().iso3())) continue;
      PartialDate d = s.ownDate(m.end());
      if (d != null) r.add(new Event(d, List.of(c.entity().iso3()), EventKind.INDEPENDENCE, null, List.of(s.source())));
    }
  }

  /** A brief's key facts: "Official name: Republic of Cyprus", "Capital: Nicosia" say whose the lines after are. */
  private void keyFacts(SentenceView s) {
    Matcher m = KEY_FACT.matcher(s.text);
    if (!m.lookingAt()) return;
    String who = null;
    for (Mention<Country> c : s.countries) if (c.start() >= m.end() && s.pair.contains(c.entity().iso3())) { who = c.entity().iso3(); break; }
    if (who == null) for (var c : s.cities) if (c.start() >= m.end() && s.pair.contains(c.entity().countryIso3())) { who = c.entity().countryIso3(); break; }
    if (who != null) { keyFactsOf = who; keyFactsAt = s.index; }
  }

  private static final Pattern KEY_FACT = Pattern.compile("\\s*(?:[-*•]\\s*)?(?:Official\\s+name|Full\\s+name|Country|Capital)\\s*:\\s*");

  private static final Pattern INDEPENDENCE_LINE = Pattern.compile("\\s*(?:[-*•]\\s*)?Independence(?:\\s+day)?\\s*:\\s*");
  private static final Pattern FROM_COUNTRY = Pattern.compile(",?\\s+from\\s+(?:the\\s+)?(?:Kingdom\\s+of\\s+(?:the\\s+)?)?");

  /** The gap between "independence of" and the country: nothing, "the", or a state's form, "the People's Republic of". */
  private static final Pattern STATE_FORM = Pattern.compile("\\s*(?:the\\s+)?(?:(?:(?-i:\\p{Lu})\\p{L}+(?:'s|’s)?\\s+){0,3}"
      + "(?:Republic|Kingdom|State|Federation|Union|Commonwealth|Sultanate|Emirate|Principality)\\s+of\\s+(?:the\\s+)?)?");

  private void independence(SentenceView s, Reading r) {
    Anchored found = rules.find("events", "independence", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      if (notAnEvent(s, m)) continue;
      // "Sweden recognised Norway as an independent state": the other member's recognition, read as such
      int recognised = s.text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("recogni", m.start());
      if (recognised >= s.clauseAt(m.start())[0] && m.group().toLowerCase(java.util.Locale.ROOT).startsWith("as ")
          && memberActsBefore(s, recognised)) continue;
      // "Norway recognised Chile's independence in 1830": the date is the recognition's, read as such
      String lead = s.text.substring(s.clauseAt(m.start())[0], m.start());
      boolean possessive = m.group().startsWith("'") || m.group().startsWith("’");
      // ("Argentina recognised Paraguayan independence on 17 July 1852": by its adjective too)
      if ((possessive || m.group().regionMatches(true, 0, "independence", 0, 12)) && RECOGNISED_BEFORE.matcher(lead.stripTrailing()).find()) continue;
      // "has kept a high commission in Apia since independence in 1962": whose independence goes unsaid
      if (!possessive && Regex.find(lead, "\\bsince\\s+$")) continue;
      int clauseStart = s.clauseAt(m.start())[0];
      // Whose independence: the pair member named nearest before the phrase (the subject, or "X's"),
      // or both when the subject is "Both" or "the two countries".
      List<String> who = new ArrayList<>();
      for (Mention<Country> c : s.countriesIn(clauseStart, m.start() + 3)) {
        if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) who = new ArrayList<>(List.of(c.entity().iso3()));
      }
      if (who.isEmpty() && BOTH_SUBJECT.matcher(s.text.substring(clauseStart, m.start())).find()) who = s.pair.asList();
      // "The Finnish Senate declared independence": a member's own institution, named by its adjective
      if (who.isEmpty()) {
        for (Mention<Country> c : s.countriesIn(clauseStart, m.start())) {
          if (s.pair.contains(c.entity().iso3()) && INSTITUTION_AFTER.matcher(s.text.substring(c.end(), m.start())).lookingAt()) who = new ArrayList<>(List.of(c.entity().iso3()));
        }
      }
      // "Sukarno and Hatta proclaimed the independence of Indonesia": the country named after "of", also
      // in a state's formal name ("of the Democratic Republic of Vietnam")
      if (Regex.find(m.group(), "(?i)independence\\s+of$")) {
        who = new ArrayList<>();
        for (Mention<Country> c : s.countries) {
          if (c.start() >= m.end() && STATE_FORM.matcher(s.text.substring(m.end(), c.start())).matches() && s.pair.contains(c.entity().iso3())) who.add(c.entity().iso3());
        }
      }
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
      // "became independent from France in 1953, Laos on 22 October and Cambodia on 9 November": each its own day
      java.util.Map<String, PartialDate> each = eachOnItsDay(s, m.end());
      if (!each.isEmpty() && (who.isEmpty() || each.keySet().containsAll(who))) {
        for (var e : each.entrySet()) r.add(new Event(e.getValue(), List.of(e.getKey()), EventKind.INDEPENDENCE, null, List.of(s.source())));
        continue;
      }
      // "..., and Nigeria followed on 1 October 1960" (also after a third state's: "Sri Lanka gained independence
      // in 1948; the Maldives followed on 26 July 1965")
      Matcher next = FOLLOWED.matcher(s.text);
      next.region(m.end(), s.text.length());
      if (next.lookingAt()) {
        for (Mention<Country> c : s.countries) {
          if (c.start() != next.start(1) || !s.pair.contains(c.entity().iso3()) || who.contains(c.entity().iso3())) continue;
          PartialDate d = s.ownDate(next.end());
          if (d != null) r.add(new Event(d, List.of(c.entity().iso3()), EventKind.INDEPENDENCE, null, List.of(s.source())));
        }
      }
      if (who.isEmpty()) continue;
      // "a few months after Mexico's independence": a possessive without its own date is dated elsewhere
      // ("On 7 September 1822 Pedro proclaimed Brazil's independence": a verb of declaring makes it the act told)
      PartialDate date = possessive && !DECLARED_BEFORE.matcher(lead).find() ? s.ownDate(m.end()) : s.dateFor(m.end());
      if (date == null) continue;
      // each country's independence is an event of its own, even when one sentence tells both
      for (String c : who) r.add(new Event(date, List.of(c), EventKind.INDEPENDENCE, null, List.of(s.source())));
    }
  }

  /**
   * The pair's members a phrase goes on to date one by one, "…, Laos on 22 October and Cambodia on 9 November":
   * each member named right before "on" and a date of its own, in the same clause; empty when not so told.
   */
  private static java.util.Map<String, PartialDate> eachOnItsDay(SentenceView s, int from) {
    java.util.Map<String, PartialDate> out = new java.util.LinkedHashMap<>();
    int stop = s.clauseAt(from)[1];
    for (Mention<Country> c : s.countriesIn(from, stop)) {
      if (!s.pair.contains(c.entity().iso3()) || SentenceView.isAdjective(c)) continue;
      if (!Regex.find(s.text.substring(Math.max(from, c.start() - 6), c.start()), "(?:,|\\band)\\s*$")) continue;
      for (DateMention d : s.dates) {
        if (d.date() != null && d.date().day() != 0 && Regex.matches(s.text.substring(c.end(), Math.max(c.end(), d.start())), "\\s+on\\s+")) {
          out.put(c.entity().iso3(), d.date());
        }
      }
    }
    return out.size() >= 2 ? out : java.util.Map.of();
  }

  /**
   * "renounced its economic agreements with Yugoslavia": an instrument of the pair, no third state named up to the act;
   * "abrogated it", "from which Argentina withdrew" stand for an instrument named before.
   */
  private static boolean instrumentOfThePair(SentenceView s, Matcher m) {
    if (s.countriesIn(0, m.end()).stream().anyMatch(c -> !s.pair.contains(s.memberOf(c))) || aimedAtThirdCountry(s, m)) return false;
    return !NO_INSTRUMENT_NAMED.matcher(m.group()).lookingAt() || INSTRUMENT.matcher(s.text.substring(0, m.start())).find();
  }

  private static final Pattern NO_INSTRUMENT_NAMED = Pattern.compile("(?i)(?:abrogated|renounced|repudiated)\\s+it\\b|from\\s+which\\b");
  private static final Pattern INSTRUMENT = Pattern.compile("(?i)\\b(?:treaty|agreement|accord|pact|convention|protocol|declaration|concordat)\\b");
  private static final Pattern INSTITUTION_AFTER = Pattern.compile(
      "\\s+(?:Senate|[Pp]arliament|[Gg]overnment|National\\s+Assembly|Assembly|Congress|Diet|Sejm|Rada|Duma|leaders|nationalists)\\s+(?:\\p{Ll}+\\s+)?$");
  private static final Pattern AGAIN_ON = Pattern.compile("[^.;]{0,100}?,?\\s+and\\s+(?:once\\s+)?again\\s+(?:on|in)\\s+(?=\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)");
  private static final Pattern DECLARED_BEFORE = Pattern.compile(
      "(?i)\\b(?:proclaimed|declared|won|gained|achieved|secured)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}$");
  private static final Pattern RELATIVE_BEFORE = Pattern.compile(",\\s+(?:which|that|who)\\s+[^,;]{0,50}$");
  private static final Pattern BOTH_SUBJECT = Pattern.compile(
      // ("Both provinces proclaimed their independence": what they were before it)
      "(?i)(?:^|,)\\s*(?:both(?:\\s+(?:countries|nations|provinces|colonies|territories|states|republics))?|the\\s+two\\s+(?:countries|nations|provinces|colonies|territories|states|republics))\\s*$");

  /** A cue close before the phrase (or just after it) says it is a plan, a threat or a celebration. */
  /**
   * The date of an act: as {@link SentenceView#dateFor}, but a date told after a second verb of the
   * same subject is that act's ("was among the first to recognise Pakistan and opened an office in
   * Karachi in October 1947": October is the office's).
   */
  private static PartialDate eventDate(SentenceView s, Matcher m) {
    PartialDate d = actDate(s, m);
    // "In January 2000 border guards marked a section of the border, triggering a dispute settled by the
    // 2001 border treaty": a year that names a treaty or a war after the act is not the act's date
    if (d != null && s.isAttributiveAfter(m.end(), d)) {
      PartialDate before = null;
      for (DateMention b : s.dates) if (b.end() <= m.start() && b.date() != null && !s.isAttributiveAfter(b.start(), b.date())) before = b.date();
      return before;
    }
    return d;
  }

  private static final Pattern AND_RELATIONS = Pattern.compile(
      "(?:\\s+(?:each\\s+other|one\\s+another))?\\s+and\\s+(?:also\\s+)?established\\s+(?:full\\s+|formal\\s+)?(?:diplomatic\\s+)?(?:relations|ties)\\b");

  private static PartialDate actDate(SentenceView s, Matcher m) {
    // "On 9 January 2023 Peru barred X, who had spoken at rallies in 2022, from entering; La Paz
    // protested": a clause with no date of its own, after a date told only in an aside, is dated by
    // the date that opens the sentence
    DateMention lastBefore = null;
    for (DateMention d : s.dates) if (d.end() <= m.start()) lastBefore = d;
    if (s.ownDate(m.end()) == null && lastBefore != null && s.text.substring(lastBefore.end(), m.start()).contains(";")
        && ASIDE_BEFORE.matcher(s.text.substring(0, lastBefore.start())).find()) {
      Matcher lead = LEADING_DATE.matcher(s.text);
      DateMention first = s.dates.get(0);
      if (lead.lookingAt() && first.start() == lead.end() && first.date() != null && first != lastBefore) return first.date();
    }
    // "SR and CR recognised each other and established diplomatic relations on 1 January 1993": one act, one date
    Matcher together = AND_RELATIONS.matcher(s.text).region(m.end(), s.text.length());
    if (together.lookingAt()) return s.dateFor(together.end());
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

  private static final Pattern ASIDE_BEFORE = Pattern.compile(",\\s+(?:who|which)\\b[^,;]*$");
  private static final Pattern LEADING_DATE = Pattern.compile("\\s*(?:On|In)\\s+");
  private static final Pattern SECOND_VERB = Lead.compileExact(
      "\\s+and\\s+(?:later\\s+|then\\s+|also\\s+)?(?:opened|established|signed|sent|set\\s+up|became|joined|appointed|exchanged|built)\\b");

  private static final Pattern FOLLOWED = Lead.compileExact(
      // ("and Ceylon, as Sri Lanka was called until 1972, on 4 February 1948": an aside may follow the name)
      // (", and when Uganda followed on 9 October 1962", "…; Bolivia declared its own on 6 August 1825": after a
      // semicolon only with a verb that says so)
      "[^.;]{0,80}?(?:,?\\s+and(?:\\s+when)?\\s+|;\\s+(?=(?:the\\s+)?\\p{Lu}[^;.]{0,80}?\\s+(?:followed|did|(?:re)?(?:gained|won|achieved|declared|proclaimed|obtained|attained)\\s+(?:it|its\\s+own|their\\s+own))\\b)"
          // ("… on 31 August 1991, the RT on 9 September 1991": the other and its own date, after a bare comma)
          + "|,\\s+(?=(?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2}\\s+(?:on|in)\\s+\\d))"
          + "(?:the\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2})(?:,[^,;.]{1,60},)?\\s+(?:followed(?:\\s+suit)?\\b|did\\s+(?:so|the\\s+same)\\b"
          // "…, and Mozambique from Portugal on 25 June 1975", "… and Poland regained it on 11 November 1918"
          + "|(?:re)?(?:gained|won|achieved|declared|proclaimed|obtained|attained)\\s+(?:it|(?:its|their)\\s+own)\\b"
          // ("…, and Latvia on the following day": a day counted from the one told)
          + "|(?:from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2}\\s+)?(?=(?:on|in)\\s+(?:\\d|\\p{Lu}|the\\s+(?:following|next)\\s+(?:day|month|year)\\b))"
          // ("… on 24 August 1991 and Moldova three days later": a count of days from the one told)
          + "|(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)\\s+later\\b))");
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
      if (inside && d.date() != null) {
        PartialDate named = d.range() ? PartialDate.ofYear(d.date().year()) : d.date();
        // "The border war of 1989–1991 began on 9 April 1989": the day it began, told right after, is finer
        Matcher began = BEGAN_AFTER.matcher(s.text).region(Math.max(m.end(), d.end()), s.text.length());
        if (began.lookingAt()) {
          PartialDate day = s.dateAt(began.end());
          if (day != null && day.year() == named.year()) return day;
        }
        return named;
      }
    }
    // "the revolution against Spanish rule broke out in 1896": the year follows; "the war broke out on
    // 20 July 1974" says the day it began
    // "The Pakistani National Revolution lasted from 1945 to 1949": a span of years gives its first
    Matcher from = FIRST_YEAR_OF_SPAN.matcher(s.text);
    if (m.group().endsWith("from") && from.region(m.end(), s.text.length()).lookingAt()) {
      // ("…, fought from December 1987 to February 1988": when it began, as precisely as told)
      if (FOUGHT_FROM.matcher(m.group()).find()) {
        for (DateMention d : Dates.find(s.text.substring(m.end(), from.end()), 0, null)) if (d.date() != null) return d.date();
      }
      return PartialDate.ofYear(Integer.parseInt(from.group(1)));
    }
    PartialDate after = s.dateFor(m.end());
    // ("turned into open war in April 2012" says when it began too)
    if (after != null && Regex.matches(m.group(), "(?s).*(?:broke\\s+out|began|started|into\\s+(?:\\S+\\s+)?war|fought\\s+(?:from|between|in))$|(?:setting|set\\s+off|starting|beginning|triggering|sparking|launching|launched|opened|started|began|unleashed)\\b.*")) return after;
    if (after == null) return null;
    // "went to war in June 1913", "the two countries fought on 2 May 1932": a date right after the verb is when it began
    // ("the 44-day Patriotic War (27 September – 10 November 2020)": its days in parentheses, from the first)
    for (DateMention d : s.dates) {
      if (d.start() >= m.end() && after.equals(d.date()) && Regex.matches(s.text.substring(m.end(), d.start()), "\\s*\\(\\s*")) return after;
      if (d.start() >= m.end() && !d.range() && after.equals(d.date()) && RIGHT_AFTER.matcher(s.text.substring(m.end(), d.start())).matches()) return after;
    }
    return PartialDate.ofYear(after.year());
  }

  /** The pair as the subject of a clause: "they", "the two countries", "both". */
  private static final Pattern PAIR_SUBJECT = Pattern.compile("\\b(?:[Tt]hey|[Tt]he\\s+two\\s+(?:countries|nations|states)|[Bb]oth(?:\\s+countries)?)\\s+(?:[\\p{Ll}]+\\s+){0,2}$");
  private static final Pattern RIGHT_AFTER = Pattern.compile("\\s+(?:in|on)\\s+");

  private static final Pattern FOUGHT_FROM = Pattern.compile("fought\\s+(?:from|between|in)$");
  private static final Pattern BEGAN_AFTER = Pattern.compile(
      "\\s*(?:\\([^()]{0,30}\\)\\s*)?,?\\s*(?:which\\s+)?(?:began|broke\\s+out|started|erupted)\\s+(?:on|in)\\s+");
  private static final Pattern FIRST_YEAR_OF_SPAN = Pattern.compile(
      "\\s+(?:\\d{1,2}\\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(\\d{4})\\b");

  /**
   * "France invaded Mexico", "Soviet and British forces invaded Iran", "Japanese troops landed in the
   * Philippines": an invader of the pair is named in the clause before the verb, the invaded just
   * after it, and the two are the pair.
   */
  private static boolean oneInvadedTheOther(SentenceView s, Matcher m) {
    int clauseStart = s.clauseAt(m.start())[0];
    List<String> before = new ArrayList<>();
    String after = null;
    for (Mention<Country> c : s.countries) {
      if (c.start() >= clauseStart && c.end() <= m.start()) before.add(c.entity().iso3());
      // ("Argentine forces landed on the Falklands": a territory of the other)
      if (after == null && c.start() > m.end() && Regex.matches(s.text.substring(m.end(), c.start()), "\\s*(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\\s+)?")) after = s.memberOf(c);
    }
    // "Indonesian troops invaded Dili": a city of the other
    if (after == null) {
      Matcher space = Regex.of("^\\s*(?:the\\s+)?").matcher(s.text.substring(m.end()));
      space.find();
      List<Places.Place> places = Places.listAt(s.text, m.end() + space.end());
      if (!places.isEmpty() && places.get(0).country() != null) after = places.get(0).country();
    }
    if (after == null || !s.pair.contains(after)) return false;
    for (String b : before) if (!b.equals(after) && s.pair.contains(b)) return true;
    return false;
  }

  /** "closed its border with Armenia", "imposed sanctions on Iran": the act is aimed at a third country. */
  private static boolean aimedAtThirdCountry(SentenceView s, Matcher m) {
    for (Mention<Country> c : s.countries) {
      if (c.start() < m.end()) continue;
      return !s.pair.contains(s.memberOf(c)) && AIMED_AT.matcher(s.text.substring(m.end(), c.start())).matches();
    }
    return false;
  }

  private static final Pattern AS_INDEPENDENT = Pattern.compile(
      "\\s+(?:\\p{L}+\\s+){1,3}as\\s+(?:an?\\s+)?(?:independent|sovereign)\\s+(?:state|nation|country|kingdom|republic)\\b");
  private static final Pattern AIMED_AT = Pattern.compile("\\s+(?:with|against|on|towards?)\\s+(?:the\\s+)?");

  /**
   * The clause names countries before the act, not as objects ("with Pakistan"), and none of them
   * is of the pair.
   */
  private static boolean actorIsThird(SentenceView s, Matcher m) {
    boolean any = false;
    for (Mention<Country> c : s.countriesIn(s.clauseAt(m.start())[0], m.start())) {
      if (OBJECT_BEFORE.matcher(s.text.substring(Math.max(0, c.start() - 12), c.start())).find()) continue;
      if (s.pair.contains(c.entity().iso3())) return false;
      any = true;
    }
    return any;
  }

  /** A member of the pair is named before {@code pos} in its clause, by its name and not as an object. */
  private static boolean memberActsBefore(SentenceView s, int pos) {
    for (Mention<Country> c : s.countriesIn(s.clauseAt(pos)[0], pos)) {
      if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)
          && !OBJECT_BEFORE.matcher(s.text.substring(Math.max(0, c.start() - 12), c.start())).find()) return true;
    }
    return false;
  }

  /** The clause names an organisation before the act, and no member of the pair as its subject. */
  private static boolean actorIsOrganisation(SentenceView s, Matcher m) {
    int clauseStart = s.clauseAt(m.start())[0];
    boolean org = s.organisations.stream().anyMatch(o -> o.start() >= clauseStart && o.end() <= m.start()
        && !OBJECT_BEFORE.matcher(s.text.substring(Math.max(0, o.start() - 12), o.start())).find());
    if (!org) return false;
    for (Mention<Country> c : s.countriesIn(clauseStart, m.start())) {
      if (s.pair.contains(c.entity().iso3()) && !OBJECT_BEFORE.matcher(s.text.substring(Math.max(0, c.start() - 12), c.start())).find()) return false;
    }
    return true;
  }

  private static final Pattern OBJECT_BEFORE = Pattern.compile("\\b(?:with|against|on|to|from|of|in|by|at)\\s+(?:the\\s+)?$");

  private static boolean namesThirdCountry(SentenceView s, int[] clause) {
    for (Mention<Country> c : s.countriesIn(clause[0], clause[1])) if (!s.pair.contains(s.memberOf(c))) return true;
    return false;
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
