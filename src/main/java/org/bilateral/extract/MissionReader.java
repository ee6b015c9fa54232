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
  private static final Pattern BOTH = Pattern.compile("\\b(?:both|the\\s+two)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOTH_BEFORE = Pattern.compile("(?:\\btheir|^the|\\.\\s+the)\\s+$", Pattern.CASE_INSENSITIVE);
  // ("Vietnam's embassy reopened in 1979": a possessive names the mission as surely as "the")
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?:the|this|that|its|(?-i:\\p{Lu})\\p{L}+(?:'s|’s))\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
  /**
   * When a mission opened: its own date, else the nearest before it, unless a new statement with a
   * subject of its own stands between ("visited Turkey in 1967 and again in 1971, and Ethiopia also
   * opened a consulate-general in Istanbul": 1971 is the visit's year, the opening is undated).
   */
  private static PartialDate openingDate(SentenceView s, MissionWords.Hit hit) {
    PartialDate own = s.ownDate(hit.end());
    if (own != null) return own;
    int newStatement = -1;
    for (Mention<Country> c : s.countriesIn(0, hit.start())) {
      if (!s.pair.contains(c.entity().iso3()) || SentenceView.isAdjective(c)) continue;
      if (NEW_SUBJECT.matcher(s.text.substring(Math.max(0, c.start() - 8), c.start())).find()) newStatement = c.start();
    }
    if (newStatement >= 0) {
      boolean datedSince = false;
      for (DateMention d : s.dates) if (d.start() >= newStatement && d.end() <= hit.start()) datedSince = true;
      if (!datedSince) return null;
    }
    return s.dateFor(hit.end());
  }

  private static final Pattern NEW_SUBJECT = Pattern.compile(",\\s+and\\s+$");

  /** A mission that came after the last one told, in the same city: "An embassy followed in 1937". */
  private static final Pattern FOLLOWED = Lead.compileExact("\\s+(?:followed|came\\s+next|was\\s+added)\\b");
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?:^|\\b(?:and|then|later|,))\\s*(?:An?|an?)\\s+(?:\\w+\\s+)?$");
  private static final Pattern REOPENED_IT = Lead.compileExact("\\b(?:and|but)\\s+(?:later\\s+|then\\s+)?re-?opened\\s+(?:it|them)\\b"
      // "The consulate-general in Basra, closed in 1980, reopened in 2005."
      + "|,\\s+(?:and\\s+)?re-?opened(?=\\s+(?:in|on)\\s)");
  private static final Pattern OF_COUNTRY = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
  private static final Pattern EACH_OTHER = Pattern.compile("^\\s+(?:(?:were|have\\s+been|had\\s+been)\\s+(?:opened|established|set\\s+up)\\s+)?in\\s+(?:each\\s+other's|each\\s+other’s|their\\s+respective|the\\s+other's|the\\s+other’s)\\s+capitals?", Pattern.CASE_INSENSITIVE);
  private final Rules rules = Rules.get();

  /** "a third consulate-general, in Shusha, is planned": a plan told after the mission's place. */
  private static final Pattern PLANNED_AFTER = Pattern.compile(
      "[,\\s]*(?:" + String.join("|", Rules.get().list("missions", "planned_after")) + ")\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public void read(SentenceView s, Reading r) {
    if (s.block().kind() == org.bilateral.read.Block.Kind.INFOBOX_ENTRY) {
      infobox(s, r);
      return;
    }
    if (listed(s, r)) return;
    if (!MissionWords.mayMention(s.lower())) {
      moves(s, r); // "It later moved to Islamabad." names no mission
      if (IT_REOPENED.matcher(s.text).lookingAt() && !r.recentMissions.isEmpty()) {
        reopen(s, r, r.recentMissions.get(r.recentMissions.size() - 1), 0);
      }
      return;
    }
    List<MissionWords.Hit> hits = MissionWords.find(s.text);
    // the country each owner's missions were placed in earlier in this sentence
    java.util.Map<String, String> placedIn = new java.util.HashMap<>();
    for (int h = 0; h < hits.size(); h++) {
      MissionWords.Hit hit = hits.get(h);
      int[] clause = s.clauseAt(hit.start());
      // "has an embassy in Abuja and plans to build a new chancery": a plan after the mission is another statement
      List<Places.Place> listed = Places.listAfter(s.text, hit.end());
      int ownEnd = listed.isEmpty() ? hit.end() + 12 : listed.get(listed.size() - 1).end();
      String own = s.text.substring(clause[0], Math.min(clause[1], Math.max(ownEnd, hit.end())));
      if (rules.foundIn("missions", "not_mission", own)) continue;
      // "a third consulate-general, in Shusha, is planned": the plan is told after the place
      if (PLANNED_AFTER.matcher(s.text.substring(Math.min(s.text.length(), Math.max(ownEnd, hit.end())))).lookingAt()) continue;
      // "raised to an embassy": the second mission word is the new form of the first
      if (h > 0 && raisedTo(s, hits.get(h - 1), hit)) continue;

      String after = s.text.substring(hit.end());
      if (EACH_OTHER.matcher(after).find()) {
        eachOther(s, r, hit);
        continue;
      }
      List<Places.Place> places = Places.listAfter(s.text, hit.end());
      // "The Ukrainian embassy in Israel is located in Tel Aviv"
      Matcher located = LOCATED_IN.matcher(s.text.substring(hit.end()));
      if (places.isEmpty() && located.find()) places = Places.listAt(s.text, hit.end() + located.end());
      if (places.isEmpty()) places = representedIn(s, hit);
      // "opened its first consulate in Australia at Townsville": the country, then the town
      if (places.isEmpty()) {
        Matcher at = COUNTRY_THEN_CITY.matcher(s.text).region(hit.end(), s.text.length());
        if (at.lookingAt() && Gazetteer.get().country(at.group(1)).isPresent()) places = Places.listAt(s.text, at.end());
      }
      String owner = owner(s, hit, clause);
      // a nunciature is the Holy See's, whoever the sentence names
      if (s.text.substring(hit.start(), hit.end()).toLowerCase(java.util.Locale.ROOT).contains("nunciature") && s.pair.contains("VAT")) owner = "VAT";
      boolean replaces = rules.foundIn("missions", "replace", s.text.substring(clause[0], hit.start()));
      Mission previous = r.recentMissions.isEmpty() ? null : r.recentMissions.get(r.recentMissions.size() - 1);

      if (places.isEmpty() && raiseAll(s, r, hits, h)) break;
      // "Mexico opened a consulate in Lima in 1892. An embassy followed on 14 June 1937."
      if (places.isEmpty() && previous != null && FOLLOWED.matcher(s.text.substring(hit.end())).lookingAt()
          && INDEFINITE_BEFORE.matcher(s.text.substring(0, hit.start())).find()) {
        String o = owner != null ? owner : previous.owner();
        PartialDate d = s.dateFor(hit.end());
        // an embassy stands in the capital: it follows a consulate into the same city only there
        boolean capitalOnly = hit.type() == MissionType.EMBASSY || hit.type() == MissionType.HIGH_COMMISSION;
        boolean inCapital = Gazetteer.get().city(previous.city(), previous.host()).map(c -> c.capital()).orElse(false);
        if (o.equals(previous.owner()) && previous.type() != hit.type() && d != null && (!capitalOnly || inCapital)) {
          r.add(new Mission(o, previous.host(), hit.type(), previous.city(), d, null, List.of(s.source())));
        }
        continue;
      }
      if (places.isEmpty()) {
        // "Both legations were closed in April 1939", "the legations reopened the same year": each
        // country's mission of that type, when no owner is named
        String lead = s.text.substring(0, hit.start());
        // (with none read yet, an embassy stands where the other keeps its embassies: its capital)
        boolean resident = hit.type() == MissionType.EMBASSY || hit.type() == MissionType.HIGH_COMMISSION;
        if ((previous != null || resident) && hit.plural()
            && (BOTH.matcher(lead).find() || owner == null && BOTH_BEFORE.matcher(lead).find())) {
          boolean closing = verb(s, clause, "close") && !verb(s, clause, "temporary");
          for (String o : List.of(s.pair.a(), s.pair.b())) {
            String city = resident ? Gazetteer.get().embassyCity(s.pair.other(o)).orElse(null) : null;
            if (verb(s, clause, "reopen")) {
              Mission last = lastOfType(r, hit.type(), o);
              if (last != null) reopen(s, r, last, hit.end());
              else if (city != null && s.dateFor(hit.end()) != null) {
                r.add(new Mission(o, s.pair.other(o), hit.type(), city, s.dateFor(hit.end()), null, List.of(s.source())));
              }
            } else if (closing && !closeAll(s, r, o, hit.type(), hit.end()) && city != null && lastOfType(r, hit.type(), o) == null) {
              PartialDate d = s.dates.isEmpty() ? s.anchor : s.dateFor(hit.end());
              if (d != null) r.add(new Mission(o, s.pair.other(o), hit.type(), city, null, d, List.of(s.source())));
            }
          }
          continue;
        }
        // "the embassy closed in 2009": a mission already read, now closed or converted
        if (previous != null && DEFINITE_BEFORE.matcher(s.text.substring(0, hit.start())).find()) {
          // "the Peruvian consulates in Japan were closed": every one of them, not the last read
          if (hit.plural() && verb(s, clause, "close") && !verb(s, clause, "temporary")) {
            if (owner != null && s.pair.contains(owner)) closeAll(s, r, owner, hit.type(), hit.end());
            continue;
          }
          Mission same = lastOfType(r, hit.type(), owner);
          if (same != null && verb(s, clause, "reopen")) reopen(s, r, same, hit.end());
          // "was closed in 2009 and replaced by an honorary consulate": the new one opens where the old closed
          MissionWords.Hit successor = replacedBy(s, hits, h, hit.end());
          if (same != null && successor != null) {
            PartialDate d = s.dateFor(hit.end());
            if (d != null) {
              r.replace(same, closed(same, d, s));
              r.add(new Mission(same.owner(), same.host(), successor.type(), same.city(), d, null, List.of(s.source())));
              h++;
              continue;
            }
          }
          if (same != null && verb(s, clause, "close") && !verb(s, clause, "temporary")) {
            PartialDate d = s.dateFor(hit.end());
            if (d != null) r.replace(same, closed(same, d, s));
          }
          if (same != null && h + 1 < hits.size() && raisedTo(s, hit, hits.get(h + 1))) raise(s, r, same, hits.get(h + 1));
        }
        continue;
      }
      if (replaces && owner == null && previous != null) owner = previous.owner();

      // "consulates-general in Thessaloniki, Komotini and Rhodes": a list whose known cities are all in
      // one member's country places the others there too
      String listHost = null;
      for (Places.Place p : places) {
        String w = p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
        if (w == null) continue;
        if (listHost == null) listHost = w;
        else if (!listHost.equals(w)) { listHost = null; break; }
      }
      // "consulates-general in Edinburgh (opened in 1998), Cardiff (2019) and Manchester (2023)": a year alone after a
      // place is its opening when another place of the list is told so
      boolean listOpened = false;
      for (Places.Place p : places) listOpened |= SINCE.matcher(s.text.substring(p.end())).lookingAt();
      for (Places.Place p : places) {
        String city = p.name();
        String where = p.country() != null ? p.country() : Places.countryOf(city, s.pair.a(), s.pair.b());
        if (where != null && !s.pair.contains(where)) continue; // a mission in a third country
        if (where == null && places.size() > 1 && listHost != null && s.pair.contains(listHost)) where = listHost;
        // "an embassy in Port-au-Prince … and consulates in Ouanaminthe, Anse-à-Pitres and Belladère": towns the
        // gazetteer does not know stand where the sentence has placed this owner's missions
        if (where == null && owner != null && places.size() > 1 && placedIn.containsKey(owner)) where = placedIn.get(owner);
        // "one of the first Indian embassies in South America": a place the gazetteer does not know, after a plural, is a region
        if (where == null && hit.plural()) continue;
        String o = owner;
        if (where != null && (o == null || o.equals(where))) o = s.pair.other(where);
        if (o == null || !s.pair.contains(o)) continue;
        String host = s.pair.other(o);
        if (where != null && !where.equals(host)) continue;

        PartialDate opened = null, closed = null;
        if (replaces && previous != null && previous.owner().equals(o)) {
          opened = previous.closed() != null ? previous.closed() : s.dateFor(hit.end());
        } else if (KEPT_UNTIL.matcher(s.text).region(p.end(), s.text.length()).lookingAt()
            && KEPT.matcher(s.text).region(clause[0], hit.start()).find()) {
          // "kept an embassy in East Berlin until 1990": the end of a mission kept before
          closed = s.ownDate(p.end());
        } else if (verb(s, clause, "close") && !opensBefore(s, clause, hit.start())) {
          // "the legation in Lima was shut", told after the war broke out: the story's date
          if (!verb(s, clause, "temporary")) closed = s.dates.isEmpty() ? s.anchor : s.dateFor(hit.end());
          // "Its consulate in Stavanger, opened in 2010, was closed in 2016": each verb dates its own act
          Matcher aside = OPENED_ASIDE.matcher(s.text.substring(p.end()));
          if (closed != null && aside.lookingAt()) {
            opened = s.ownDate(p.end());
            closed = s.firstDateAfter(p.end() + aside.end());
          }
        } else if (SINCE.matcher(s.text.substring(p.end())).lookingAt()
            || listOpened && YEAR_ALONE.matcher(s.text).region(p.end(), s.text.length()).lookingAt()) {
          // "Embassy in Doha (since 1980)", "(opened 2 November 2015)": a brief's date of opening
          opened = s.ownDate(p.end());
        } else if (verb(s, clause, "open") && !verb(s, clause, "premises") && !openedOnlyInAside(s, clause)) {
          // "reopened the embassy in Kyiv in April", after a temporary move: the mission never closed
          if (verb(s, clause, "reopen") && stillOpen(r, o, hit.type(), city)) continue;
          opened = openingDate(s, hit);
          // "established diplomatic relations that day, raising its consulate-general in Bratislava to an embassy":
          // the verb is another act's, told before a comma; the mission raised opened earlier
          if (h + 1 < hits.size() && raisedTo(s, hit, hits.get(h + 1))
              && Regex.find(s.text.substring(clause[0], hit.start()), ",\\s+(?:\\w+\\s+){0,3}$")) opened = null;
          // "The consulate-general in Kathmandu was raised to an embassy in August 1960, and Nepal opened its embassy
          // …": the verb of opening is told after the raise, of another mission
          if (h + 1 < hits.size() && raisedTo(s, hit, hits.get(h + 1))
              && !rules.foundIn("missions", "open", s.text.substring(clause[0], hits.get(h + 1).start()))) opened = null;
        }
        // "maintained a consulate in Aného from 1962 to 1966": the years of the period
        Matcher span = FROM_TO_YEARS.matcher(s.text.substring(p.end()));
        if (opened == null && closed == null && span.lookingAt()) {
          opened = PartialDate.ofYear(Integer.parseInt(span.group(1)));
          closed = PartialDate.ofYear(Integer.parseInt(span.group(2)));
        }
        Mission m = new Mission(o, host, hit.type(), city, opened, closed, List.of(s.source()));
        r.add(m);
        if (where != null) placedIn.put(o, host);
        another(s, r, m, p.end());
        // "opened an embassy in Oslo in 1975 and closed it in 1990": the end of the same mission
        if (opened != null) {
          Matcher end = CLOSED_IT.matcher(s.text);
          end.region(p.end(), s.text.length());
          if (end.find()) {
            PartialDate d = s.dateFor(end.end());
            if (d != null && opened.surelyBefore(d)) {
              Mission ended = m.withClosed(d);
              r.replace(m, ended);
              m = ended;
            }
          }
        }
        // "Canada's consulate in Osaka was closed in 2009 and replaced by an honorary consulate"
        MissionWords.Hit successor = closed == null ? null : replacedBy(s, hits, h, p.end());
        if (successor != null) {
          r.add(new Mission(o, host, successor.type(), city, closed, null, List.of(s.source())));
          h++;
          break;
        }
        // "closed its embassy in Oslo in 2002 and reopened it in 2007": a second period of the same mission
        if (closed != null) {
          Matcher again = REOPENED_IT.matcher(s.text);
          again.region(p.end(), s.text.length());
          if (again.find()) {
            PartialDate d = s.dateFor(again.end());
            if (d != null && closed.surelyBefore(d)) r.add(new Mission(o, host, hit.type(), city, d, null, List.of(s.source())));
          }
        }
        if (h + 1 < hits.size() && raisedTo(s, hit, hits.get(h + 1))) raise(s, r, m, hits.get(h + 1));
        // "The legation of Mexico in Lahore and the Pakistani legation in Monterrey were both raised to
        // embassies": the first of two coordinated missions is raised with the second, whatever its type ("the
        // high commission in London and the representative's office in Dublin were both raised to embassies")
        else if (h + 2 < hits.size() && Regex.find(s.text.substring(hit.end(), hits.get(h + 1).start()), "\\band\\b")
            && raisedTo(s, hits.get(h + 1), hits.get(h + 2))
            && BOTH_RAISED.matcher(s.text.substring(hits.get(h + 1).end(), hits.get(h + 2).start())).find()) {
          raise(s, r, m, hits.get(h + 2));
        }
      }
    }
    moves(s, r);
    genericRaise(s, r, hits);
    allMissions(s, r);
  }

  /**
   * "China opened a consulate general in Karachi in 1983 and another in Lahore in 2007": the same
   * kind of mission again, in the other city, dated by its own words.
   */
  private static void another(SentenceView s, Reading r, Mission first, int after) {
    Matcher m = ANOTHER.matcher(s.text);
    m.region(after, s.text.length());
    if (!m.lookingAt()) {
      otherOne(s, r, first, after);
      return;
    }
    List<Places.Place> places = Places.listAt(s.text, m.end());
    if (places.isEmpty()) return;
    Places.Place p = places.get(0);
    String where = p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
    if (!first.host().equals(where)) return;
    // "closed the consulate in Poznań in November 2024 and the one in Kraków in May 2025": the second closed at its own date
    PartialDate d = first.opened() != null || first.closed() != null ? s.ownDate(p.end()) : null;
    if (first.closed() != null && d == null) return;
    PartialDate opened = first.closed() == null ? d : null, closed = first.closed() != null ? d : null;
    r.add(new Mission(first.owner(), first.host(), first.type(), p.name(), opened, closed, List.of(s.source())));
  }

  /** "… a consulate-general in Shanghai and China one in São Paulo": the other member's mission, of the same kind, at the same date unless its own is given. */
  private static void otherOne(SentenceView s, Reading r, Mission first, int after) {
    Matcher m = OTHER_ONE.matcher(s.text);
    m.region(after, s.text.length());
    if (!m.lookingAt() || first.closed() != null) return;
    String owner = s.country(m.group(1)).map(c -> c.iso3()).orElse(null);
    if (owner == null || owner.equals(first.owner()) || !s.pair.contains(owner)) return;
    List<Places.Place> places = Places.listAt(s.text, m.end());
    if (places.isEmpty()) return;
    Places.Place p = places.get(0);
    String where = p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
    if (!first.owner().equals(where)) return;
    PartialDate own = s.ownDate(p.end());
    r.add(new Mission(owner, first.owner(), first.type(), p.name(), own != null ? own : first.opened(), null, List.of(s.source())));
  }

  private static final Pattern CLOSED_IT = Lead.compileExact("\\b(?:and|but)\\s+(?:later\\s+|then\\s+)?closed\\s+(?:it|them)\\b"
      // "…; it closed in 1908"
      + "|[;,]\\s+(?:and\\s+|but\\s+)?it\\s+(?:was\\s+)?(?:later\\s+|finally\\s+)?closed\\b");
  private static final Pattern COUNTRY_THEN_CITY = Pattern.compile("\\s+in\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]{1,30}?),?\\s+(?:at|in)\\s+(?=\\p{Lu})");

  /** "opened an embassy in Oslo in 1975 and closed it in 1990": the verb nearest before the mission is an opening. */
  private boolean opensBefore(SentenceView s, int[] clause, int pos) {
    String before = s.text.substring(clause[0], pos);
    Matcher open = rules.phrases("missions", "open").matcher(before);
    int lastOpen = -1;
    while (open.find()) lastOpen = open.start();
    if (lastOpen < 0) return false;
    Matcher close = rules.phrases("missions", "close").matcher(before);
    int lastClose = -1;
    while (close.find()) lastClose = close.start();
    return lastOpen > lastClose;
  }

  /** "kept an embassy in East Berlin until 1990": a verb of keeping, then "until" and a date after the place. */
  private static final Pattern KEPT = Pattern.compile("\\b(?:kept|maintained|had|ran|operated)\\b");
  private static final Pattern KEPT_UNTIL = Pattern.compile("\\s+until\\s+(?=(?:\\d{1,2}\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?\\d{4}\\b)");
  /** A brief's note of opening after a mission's place: "(since 1980)", "(opened 2 November 2015)". */
  // ("Kolkata (reopened in 2008)": the mission's present period began then)
  private static final String OPENING_NOTE = "(?:since|opened|reopened|re-opened|established|from)";
  // ("consulate in Moyale, Kenya (opened 2008)": the country may qualify the place before the note)
  private static final Pattern YEAR_ALONE = Pattern.compile("\\s*\\(\\s*\\d{4}\\s*\\)");
  private static final Pattern SINCE = Pattern.compile("(?:,\\s*\\p{Lu}[\\p{L} ]{1,30}?)?\\s*\\(" + OPENING_NOTE + "\\s+[^()]*\\d{4}[^()]*\\)");
  private static final Pattern REPLACED_BY = Pattern.compile(
      "^[^.;]{0,60}?\\b(?:closed|shut)\\b[^.;]{0,40}?\\band\\s+(?:was\\s+)?replaced\\s+by\\s+(?:an?\\s+|the\\s+)?");

  /** "… closed in 2009 and replaced by an honorary consulate": the mission word told next, if it replaced the one at {@code h}. */
  private static MissionWords.Hit replacedBy(SentenceView s, List<MissionWords.Hit> hits, int h, int from) {
    if (h + 1 >= hits.size()) return null;
    Matcher replaced = REPLACED_BY.matcher(s.text.substring(from));
    return replaced.find() && from + replaced.end() == hits.get(h + 1).start() ? hits.get(h + 1) : null;
  }

  /** A brief's list of missions: "Nigeria in Ghana:" over "- High Commission, Accra" and "- Consulate, Kumasi (opened 12 June 2015)". */
  // ("3.2 Malaysian missions in Indonesia", "Missions of Ghana in Togo", "Chile's representation in Peru": the owner's
  // missions named as such, under a brief's number)
  // (the caption comes without its number: SentenceView.caption)
  private static final Pattern OWNER_IN_HOST = Pattern.compile("^\\s*"
      + "(?:(?:[Dd]iplomatic\\s+)?(?:[Mm]issions|[Rr]epresentations?|[Pp]osts)\\s+of\\s+(?:the\\s+)?)?(\\p{Lu}[\\p{L} ]*?)(?:'s|’s)?"
      + "(?:\\s+(?:diplomatic\\s+|resident\\s+)?(?:missions|representations?|posts))?\\s+in\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s*:?\\s*$");

  private static final Pattern FROM_TO_YEARS = Pattern.compile("\\s+(?:(?:operated|functioned|existed|worked|was\\s+open)\\s+)?(?:from|between)\\s+(\\d{4})\\s+(?:to|until|till|and)\\s+(\\d{4})\\b");

  /** "- Ghana in Togo: Embassy, Lomé (opened 1960); Honorary Consulate, Kara (opened March 2019)." */
  private static final Pattern OWNER_IN_HOST_LINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{L} ]*?)\\s+in\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s*:\\s*(.+)$", Pattern.DOTALL);

  /**
   * A brief's key-fact line of one side's missions, bullet or not: "Hungarian missions in Romania:
   * Embassy, Bucharest; Consulates-General, Cluj-Napoca and Miercurea Ciuc", "Kenyan mission: Embassy
   * of the Republic of Kenya, Mogadishu", "Cuban representation: Embassy of Cuba in Ottawa;
   * consulates general in Montreal and Toronto". The label names the owner (by name or adjective),
   * and the host or else leaves it the other member.
   */
  private static final Pattern MISSIONS_LABEL = Pattern.compile(
      "^\\s*(?:[-*•]\\s*)?(?:(?<owner>\\p{Lu}[\\p{L} ]{1,30}?)(?:'s|’s)?\\s+(?:diplomatic\\s+)?(?:missions?|representation|presence)"
      + "|(?:diplomatic\\s+)?(?:missions?|representation)\\s+of\\s+(?:the\\s+)?(?<owner2>\\p{Lu}[\\p{L} ]{1,30}?))"
      + "(?:\\s+in\\s+(?:the\\s+)?(?<host>\\p{Lu}[\\p{L} ]{1,30}?))?\\s*:\\s*(?<items>.+)$", Pattern.DOTALL);
  /** An item of such a line: the mission's type (perhaps "of" its state), then "," or "in", then its places. */
  // ("Consulates-General (Encarnación, Ciudad del Este)": the places may stand in parentheses)
  // ("Honorary consulates: Brno, Ostrava", "Consulate General Košice: opened 1993": a brief's colon, or the place
  // right after the type when a colon or a note closes it)
  private static final Pattern TYPE_THEN_PLACES = Pattern.compile(
      // ("Consulate Tawau, opened 2007": the place, then a note of its opening)
      "^(?:\\s+of\\s+(?:the\\s+)?[^,;]{2,60}?)?(?:\\s*,\\s*|\\s+in\\s+|\\s*\\(\\s*|\\s*:\\s*|\\s+(?=\\p{Lu}[\\p{L} -]{1,40}(?::|\\s*\\(|\\s*$|,\\s*" + OPENING_NOTE + "\\b)))(?=\\p{Lu})");

  private boolean keyFactLine(SentenceView s, Reading r) {
    // most sentences are no such line: the word must be there before the pattern is tried
    if (!s.text.contains(":") || !(s.lower().contains("mission") || s.lower().contains("representation") || s.lower().contains("presence"))) return false;
    Matcher line = MISSIONS_LABEL.matcher(s.text);
    if (!line.lookingAt()) return false;
    String ownerName = line.group("owner") != null ? line.group("owner") : line.group("owner2");
    String owner = s.country(ownerName.trim()).map(c -> c.iso3()).orElse(null);
    if (owner == null || !s.pair.contains(owner)) return false;
    String host = line.group("host") == null ? s.pair.other(owner) : s.country(line.group("host").trim()).map(c -> c.iso3()).orElse(null);
    if (host == null || host.equals(owner) || !s.pair.contains(host)) return false;
    return items(s, r, new String[] {owner, host}, line.start("items"), line.end("items"));
  }

  /**
   * The items of a brief's list of one side's missions, from {@code from} to {@code to}, one per ";"
   * or per bullet: a mission type (perhaps "of" its state), then "," or "in", then its places, each
   * perhaps dated by a note of opening ("Guangzhou (opened 2007)").
   */
  private boolean items(SentenceView s, Reading r, String[] pair, int from, int to) {
    boolean any = false;
    int itemsAt = from;
    for (String part : Regex.split(s.text.substring(from, to), ";\\s*")) {
      int at = s.text.indexOf(part, itemsAt);
      itemsAt = at + part.length();
      List<MissionWords.Hit> type = MissionWords.find(part);
      if (type.isEmpty() || !ownLead(s, part.substring(0, type.get(0).start()), pair[0])) continue;
      if (rules.foundIn("missions", "not_mission", part)) continue; // "consulate, Hargeisa (announced, not opened)"
      Matcher then = TYPE_THEN_PLACES.matcher(part.substring(type.get(0).end()));
      if (!then.find()) continue;
      int placesAt = at + type.get(0).end() + then.end();
      for (Places.Place p : Places.listAt(s.text, placesAt)) {
        if (p.country() != null && !p.country().equals(pair[1])) continue;
        Matcher note = NOTE_AFTER.matcher(s.text.substring(p.end()));
        PartialDate opened = null;
        if (note.lookingAt()) {
          for (DateMention d : Dates.find(note.group(1) != null ? note.group(1) : note.group(2), 0, s.anchor)) if (opened == null && d.date() != null) opened = d.date();
        }
        r.add(new Mission(pair[0], pair[1], type.get(0).type(), p.name(), opened, null, List.of(s.source())));
        any = true;
      }
    }
    return any;
  }

  /**
   * A brief's line of both sides' missions, each item naming its owner: "Resident missions: Embassy of Bangladesh,
   * Yangon (est. 1972); Consulate of Bangladesh, Sittwe (opened Jan 2001)", "Honorary Consulate of Nepal, Lahore
   * (since 2016)". Every item must be only that, a type "of" a member, its place and a note, so prose about a
   * mission is not read as a list.
   */
  private boolean ownedItems(SentenceView s, Reading r) {
    boolean bullet = s.block().kind() == org.bilateral.read.Block.Kind.BULLET;
    if (!bullet && s.text.indexOf(':') < 0) return false;
    Matcher label = ITEMS_LABEL.matcher(s.text);
    int from = label.lookingAt() ? label.end() : 0;
    if (from == 0 && !bullet) return false;
    List<Mission> found = new ArrayList<>();
    int itemsAt = from;
    for (String part : Regex.split(s.text.substring(from), ";\\s*|\\.\\s+(?=\\p{Lu})")) {
      int at = s.text.indexOf(part, itemsAt);
      itemsAt = at + part.length();
      if (part.isBlank()) continue;
      Matcher item = OWNED_ITEM.matcher(part);
      List<MissionWords.Hit> type = MissionWords.find(part);
      if (!item.matches() || type.isEmpty() || type.get(0).start() != item.start("type") || type.get(0).end() != item.end("type")) return false;
      String owner = s.country(item.group("owner")).map(c -> c.iso3()).orElse(null);
      if (owner == null || !s.pair.contains(owner)) return false;
      String host = s.pair.other(owner);
      List<Places.Place> places = Places.listAt(s.text, at + item.start("places"));
      if (places.isEmpty()) return false;
      PartialDate opened = null;
      if (item.group("note") != null && Regex.find(item.group("note"), "(?i)^" + OPENING_NOTE + "\\b|^est\\b")) {
        for (DateMention d : Dates.find(item.group("note"), 0, s.anchor)) if (opened == null && d.date() != null) opened = d.date();
      }
      for (Places.Place p : places) {
        if (p.country() != null && !p.country().equals(host)) continue;
        found.add(new Mission(owner, host, type.get(0).type(), p.name(), opened, null, List.of(s.source())));
      }
    }
    found.forEach(r::add);
    return !found.isEmpty();
  }

  private static final Pattern ITEMS_LABEL = Pattern.compile(
      "\\s*(?:(?:resident|diplomatic|bilateral)\\s+)?(?:missions?|representations?|presence)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern OWNED_ITEM = Pattern.compile(
      "\\s*(?:the\\s+)?(?<type>\\p{Lu}[\\p{L}-]*(?:[\\s-]+\\p{Lu}[\\p{L}-]*){0,3})\\s+of\\s+(?:the\\s+)?(?<owner>\\p{Lu}[\\p{L} ]{1,40}?)"
          + "\\s*,\\s*(?<places>\\p{Lu}[^();,]{1,60}?)\\s*(?:\\((?<note>[^()]*)\\))?\\s*\\.?\\s*");

  /** Nothing, or the owner's own name before its mission's type: "Royal Thai Embassy, Yangon", "the Embassy of …". */
  private static boolean ownLead(SentenceView s, String lead, String owner) {
    String rest = Regex.replaceAll(lead, "(?i)\\b(?:the|royal|imperial)\\b", "").trim();
    return rest.isEmpty() || s.country(rest).map(c -> c.iso3().equals(owner)).orElse(false);
  }

  // ("Liaison Office, Dodoma: opened Sep 2021 following …": a brief's note after a colon or a dash)
  private static final Pattern NOTE_AFTER = Pattern.compile("\\s*(?:\\(\\s*(" + OPENING_NOTE + "\\s+[^()]*\\d{4}[^()]*)\\)"
      + "|[:–—,]\\s*(" + OPENING_NOTE + "\\s+(?:in\\s+|on\\s+)?[^.;,()]{0,20}?\\d{4}))");

  private boolean listed(SentenceView s, Reading r) {
    if (keyFactLine(s, r)) return true;
    if (ownedItems(s, r)) return true;
    // a bullet, or a brief's key-fact line without one ("Botswana in Zimbabwe: High Commission, Harare")
    boolean bullet = s.block().kind() == org.bilateral.read.Block.Kind.BULLET;
    if (!bullet && s.text.indexOf(':') < 0) return false;
    Matcher line = OWNER_IN_HOST_LINE.matcher(s.text);
    if (line.find()) {
      String[] pair = ownerAndHost(s, line.group(1), line.group(2));
      if (pair != null) {
        // the items end where the line's prose goes on ("… (opened 2019). The Ambassador in Lomé is …")
        String items = Regex.replaceFirst(line.group(3), "(?s)(?<=\\))\\.\\s.*$|\\.\\s+\\p{Lu}.*$", "");
        if (items(s, r, pair, line.start(3), line.start(3) + items.length())) return true;
      }
    }
    if (!bullet || s.caption() == null) return false;
    Matcher cap = OWNER_IN_HOST.matcher(s.caption());
    if (!cap.find()) return false;
    String[] pair = ownerAndHost(s, cap.group(1), cap.group(2));
    return pair != null && items(s, r, pair, 0, s.text.length());
  }

  /** The owner and host a list's label names ("Nigeria in Ghana"), when they are the pair. */
  private static String[] ownerAndHost(SentenceView s, String ownerName, String hostName) {
    String owner = s.country(ownerName).map(c -> c.iso3()).orElse(null);
    String host = s.country(hostName).map(c -> c.iso3()).orElse(null);
    if (owner == null || host == null || owner.equals(host) || !s.pair.contains(owner) || !s.pair.contains(host)) return null;
    return new String[] {owner, host};
  }

  private static final Pattern OPENED_ASIDE = Pattern.compile(
      ",\\s+(?:opened|established|set\\s+up|inaugurated)\\s+(?:in|on)\\s+[^,;]{3,30},\\s+(?:(?:was|were)\\s+)?(?:closed|shut)");
  private static final Pattern RAISED_IT = Pattern.compile(
      "\\band\\s+(?:later\\s+|then\\s+)?(?:raised|upgraded|elevated)\\s+(?:it|them)\\s+to\\s+(?:the\\s+rank\\s+of\\s+)?(?:an?\\s+)?$");
  private static final Pattern IT_REOPENED = Pattern.compile("(?:It|They)\\s+(?:was\\s+|were\\s+)?re-?opened\\b");

  /** "The embassy was closed in 1984. It reopened on 21 April 2006.": a second period of a closed mission. */
  private static void reopen(SentenceView s, Reading r, Mission closed, int at) {
    if (closed.closed() == null) return;
    PartialDate d = s.dateFor(at);
    if (d == null || !closed.closed().surelyBefore(d)) return;
    r.add(new Mission(closed.owner(), closed.host(), closed.type(), closed.city(), d, null, List.of(s.source())));
  }

  private static boolean stillOpen(Reading r, String owner, MissionType type, String city) {
    for (Mission m : r.recentMissions) {
      if (m.owner().equals(owner) && m.type() == type && FactMerger.sameCity(m.city(), city) && m.closed() == null) return true;
    }
    return false;
  }

  private static final Pattern ANOTHER = Lead.compileExact("[^,;.]{0,30}?(?:,\\s*|\\s+)and\\s+(?:later\\s+|then\\s+)?(?:another(?:\\s+one)?|the\\s+one|one)\\s+in\\s+");
  /** "In 1985 Brazil opened a consulate-general in Shanghai and China one in São Paulo": the verb gapped, another owner */
  private static final Pattern OTHER_ONE = Lead.compileExact("[^,;.]{0,30}?(?:,\\s*|\\s+)and\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+"
      // ("and Pakistan opened one in Monterrey the same year", "and Angola opened its own in Havana in 1976")
      + "(?:(?:opened|reopened|established|set\\s+up)\\s+)?(?:one|another|its\\s+own(?:\\s+one)?)\\s+in\\s+");

  /**
   * "in 1984 Ethiopia closed its diplomatic missions in Turkey": every mission of that country in
   * the other, open at the time, closes. The host must be named; "closed its missions" alone may
   * mean the world over.
   */
  private void allMissions(SentenceView s, Reading r) {
    if (!rules.mayMatch("missions", "all_missions", s.lower())) return;
    Anchored found = rules.find("missions", "all_missions", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      int[] clause = s.clauseAt(m.start());
      if (!verb(s, clause, "close") || verb(s, clause, "temporary")) continue;
      String owner = null, host = null;
      for (Mention<Country> c : s.countriesIn(clause[0], m.start())) {
        if (s.pair.contains(c.entity().iso3())) owner = c.entity().iso3();
      }
      Matcher in = IN_COUNTRY.matcher(s.text.substring(m.end()));
      if (in.lookingAt()) {
        for (Mention<Country> c : s.countries) if (c.start() == m.end() + in.end()) host = c.entity().iso3();
      }
      if (owner == null || host == null || !s.pair.contains(host) || owner.equals(host)) continue;
      closeAll(s, r, owner, null, m.end());
    }
  }

  private static final Pattern IN_COUNTRY = Pattern.compile("\\s+in\\s+(?:the\\s+)?");

  /** Closes the missions of {@code owner} in the other country (of one type, or all) still open at the date; false when there was none. */
  private boolean closeAll(SentenceView s, Reading r, String owner, MissionType type, int at) {
    PartialDate d = s.dates.isEmpty() ? s.anchor : s.dateFor(at);
    // "In March 1970 Pakistan broke off relations, and both legations were withdrawn": the sentence's date
    for (DateMention m : s.dates) if (d == null && m.end() <= at) d = m.date();
    if (d == null) return false;
    boolean any = false;
    for (Mission m : new ArrayList<>(r.recentMissions)) {
      if (!m.owner().equals(owner) || !m.host().equals(s.pair.other(owner)) || m.closed() != null) continue;
      if (type != null && m.type() != type) continue;
      if (m.opened() != null && !m.opened().surelyBefore(d) && !m.opened().equals(d)) continue;
      r.replace(m, closed(m, d, s));
      any = true;
    }
    return any;
  }

  /** A mission closed on a date a later sentence gives, with that sentence among its sources. */
  private static Mission closed(Mission m, PartialDate d, SentenceView s) {
    List<org.bilateral.model.Source> sources = new ArrayList<>(m.sources());
    if (!sources.contains(s.source())) sources.add(s.source());
    return m.withClosed(d).withSources(sources);
  }

  /**
   * "it later moved to Islamabad", "transferred its Calcutta consulate to Delhi in 1950": the mission
   * read last (or the one named) closes where it was and opens in the new city, on the stated date
   * or, when none is stated, with no date at all.
   */
  private void moves(SentenceView s, Reading r) {
    String lower = s.lower();
    if (!lower.contains("moved") && !lower.contains("transferred") && !lower.contains("relocated")) return;
    Matcher m = MOVE.matcher(s.text);
    while (m.find()) {
      List<Places.Place> to = Places.listAt(s.text, m.end());
      if (to.isEmpty()) continue;
      // "temporarily relocated to Lviv": the mission stays where it was (the events rules read the move)
      // ("temporarily suspended the work of its embassy in Khartoum and moved consular services to Port Sudan": the clause says so)
      if (TEMPORARILY.matcher(s.text.substring(Math.min(s.clauseAt(m.start())[0], Math.max(0, m.start() - 25)), Math.min(s.text.length(), m.end()))).find()) continue;
      // the mission that moved: the last one read, of the country the clause names ("Brazil's mission ... moved"),
      // of the type the clause names ("Its embassy moved", after a list that ends with consulates) and in
      // the city it moved from, when the text says so
      // ("Following the transfer to the Saudi capital, the Jordanian Embassy moved": the adjective on the mission names it)
      String mover = ownerByAdjective(s, m.start());
      if (mover == null) mover = firstPairCountryBefore(s, m.start());
      MissionType moving = typeBefore(s, m.end());
      String from = fromCity(s, m);
      Mission old = lastRecent(r, mover, moving, from, to.get(0).name());
      if (from != null && moving != null && (old == null || !FactMerger.sameCity(old.city(), from))) {
        // "Its embassy moved from Rio de Janeiro to Brasília": the embassy in Rio was not told before
        String owner = mover != null ? mover : lastOwner(r);
        if (owner != null) {
          old = new Mission(owner, s.pair.other(owner), moving, from, null, null, List.of(s.source()));
          r.add(old);
        }
      }
      String named = m.group("city");
      if (named != null) {
        Mission byCity = null;
        for (int i = r.recentMissions.size() - 1; i >= 0 && byCity == null; i--) {
          if (FactMerger.fold(r.recentMissions.get(i).city()).equals(FactMerger.fold(named))) byCity = r.recentMissions.get(i);
        }
        // "transferred its Calcutta consulate to Delhi": the mission is named here if not before
        List<MissionWords.Hit> word = MissionWords.find(m.group());
        String owner = firstPairCountryBefore(s, m.start());
        if (byCity == null && !word.isEmpty() && owner != null) {
          byCity = new Mission(owner, s.pair.other(owner), word.get(0).type(), named, null, null, List.of(s.source()));
          r.add(byCity);
        }
        old = byCity != null ? byCity : old;
      }
      if (old == null) continue;
      // "India's mission, inaugurated in Rio de Janeiro on 3 May 1948, moved to Brasília": the text says
      // where the mission was before the move; an earlier reading that put it elsewhere is corrected
      Places.Place was = placeBefore(s, m.start());
      if (named == null && was != null && !FactMerger.sameCity(was.name(), old.city())
          && (was.country() == null || was.country().equals(old.host()))) {
        PartialDate since = s.dateFor(was.end());
        PartialDate opened = since != null && old.opened() != null && since.refines(old.opened()) ? since : old.opened();
        Mission corrected = new Mission(old.owner(), old.host(), old.type(), was.name(), opened, old.closed(), old.sources());
        r.replace(old, corrected);
        old = corrected;
      }
      String where = to.get(0).country() != null ? to.get(0).country() : Places.countryOf(to.get(0).name(), old.host());
      if (where != null && !where.equals(old.host())) continue;
      // "moved ... after the capital was transferred in 1960": that date is the capital's, not the move's
      PartialDate d = AFTER_CLAUSE.matcher(s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 120))).find()
          ? null : s.ownDate(m.end());
      // "In 1996 Korea moved its consulate-general in Shimonoseki to Hiroshima": the date told before the verb
      // (not one an aside gave: "Opened in 1950, the embassy moved to Brasília")
      if (d == null && Regex.find(m.group(), "^(?:moved|transferred|relocated)\\b")) {
        int clauseStart = s.clauseAt(m.start())[0];
        for (DateMention told : s.dates) {
          if (told.start() >= clauseStart && told.end() <= m.start() && told.date() != null
              && s.text.substring(told.end(), m.start()).indexOf(',') < 0) d = told.date();
        }
      }
      MissionType type = old.type();
      Matcher made = MADE_INTO.matcher(s.text.substring(m.end()));
      if (made.find()) {
        List<MissionWords.Hit> into = MissionWords.find(made.group(1));
        if (!into.isEmpty()) type = into.get(0).type();
      }
      r.replace(old, old.withClosed(d));
      r.add(new Mission(old.owner(), old.host(), type, to.get(0).name(), d, null, List.of(s.source())));
    }
  }

  private static final Pattern AFTER_CLAUSE = Pattern.compile(
      "^[^.;]*?\\b(?:after|following|once)\\s+(?:the\\s+)?[\\p{L} ]*?\\b(?:capital|government|seat)\\b");

  /** The type of the mission word nearest before {@code end} in its clause ("Its embassy moved"), if any. */
  private static MissionType typeBefore(SentenceView s, int end) {
    int start = s.clauseAt(Math.max(0, end - 1))[0];
    List<MissionWords.Hit> hits = MissionWords.find(s.text.substring(start, end));
    return hits.isEmpty() ? null : hits.get(hits.size() - 1).type();
  }

  private static final Pattern FROM_OR_IN = Pattern.compile("\\b(?:from|in)\\s+(?=\\p{Lu})");

  /** "moved from Rio de Janeiro to Brasília": the city the mission left. */
  private static String fromCity(SentenceView s, Matcher move) {
    // "moved from Rio de Janeiro to Brasília", "moved its consulate-general in Shimonoseki to Hiroshima"
    Matcher from = FROM_OR_IN.matcher(move.group());
    if (!from.find()) return null;
    List<Places.Place> p = Places.listAt(s.text, move.start() + from.end());
    return p.isEmpty() ? null : p.get(0).name();
  }

  /**
   * The mission read last that fits what the move says of it: its owner and type when told, and the city
   * it left before any other. A mission already in the city it moves to is not the one that moved.
   */
  private static Mission lastRecent(Reading r, String owner, MissionType type, String from, String to) {
    Mission elsewhere = null;
    Mission there = null;
    for (int i = r.recentMissions.size() - 1; i >= 0; i--) {
      Mission c = r.recentMissions.get(i);
      if (owner != null && !c.owner().equals(owner)) continue;
      if (type != null && c.type() != type) continue;
      if (from != null && FactMerger.sameCity(c.city(), from)) return c;
      if (FactMerger.sameCity(c.city(), to)) {
        if (there == null) there = c;
      } else if (elsewhere == null) {
        elsewhere = c;
      }
    }
    // only the mission in the new city: an earlier reading put it there ("India has an embassy in
    // Berlin"), and the clause may say where it was before ("located in Bonn and moved to Berlin")
    if (elsewhere != null || there != null) return elsewhere != null ? elsewhere : there;
    return type != null || r.recentMissions.isEmpty() ? null : r.recentMissions.get(r.recentMissions.size() - 1);
  }

  private static String lastOwner(Reading r) {
    return r.recentMissions.isEmpty() ? null : r.recentMissions.get(r.recentMissions.size() - 1).owner();
  }

  private static final Pattern REPRESENTED_IN = Pattern.compile("\\b(?:represented|present)\\s+in\\s+(\\p{Lu}[\\p{L} .'-]*?)\\s+by\\s+(?:a|an|its|the)\\s+$");

  /** "was represented in Madrid by a legation": the place stands before the mission word. */
  private static List<Places.Place> representedIn(SentenceView s, MissionWords.Hit hit) {
    Matcher m = REPRESENTED_IN.matcher(s.text.substring(Math.max(0, hit.start() - 80), hit.start()));
    if (!m.find()) return List.of();
    int offset = Math.max(0, hit.start() - 80);
    return Places.listAt(s.text, offset + m.start(1));
  }

  /** The last place named with "in" in the clause before {@code pos}, if any. */
  private static Places.Place placeBefore(SentenceView s, int pos) {
    int start = s.clauseAt(pos)[0];
    Matcher in = Regex.of("\\b(?:in|at)\\s+(?=\\p{Lu})").matcher(s.text);
    in.region(start, pos);
    Places.Place last = null;
    while (in.find()) {
      List<Places.Place> p = Places.listAt(s.text, in.end());
      if (!p.isEmpty() && p.get(0).end() <= pos) last = p.get(0);
    }
    return last;
  }

  private static String firstPairCountryBefore(SentenceView s, int pos) {
    for (Mention<Country> c : s.countriesIn(s.clauseAt(pos)[0], pos)) {
      if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) return c.entity().iso3();
    }
    return null;
  }

  /** The member whose adjective stands right before a mission word in the clause ("the Jordanian Embassy moved"), or null. */
  private static String ownerByAdjective(SentenceView s, int pos) {
    for (Mention<Country> c : s.countriesIn(s.clauseAt(pos)[0], pos)) {
      if (!s.pair.contains(c.entity().iso3()) || !SentenceView.isAdjective(c)) continue;
      List<MissionWords.Hit> after = MissionWords.find(s.text.substring(c.end(), pos));
      if (!after.isEmpty() && s.text.substring(c.end(), c.end() + after.get(0).start()).isBlank()) return c.entity().iso3();
    }
    return null;
  }

  /** "In 1949 the office was raised to an embassy": the mission read last becomes an embassy. */
  private void genericRaise(SentenceView s, Reading r, List<MissionWords.Hit> hits) {
    Matcher m = GENERIC_RAISED.matcher(s.text);
    if (!m.find() || r.recentMissions.isEmpty()) return;
    for (MissionWords.Hit hit : hits) {
      if (hit.start() >= m.end() - 1 && hit.start() - m.end() < 10) {
        Mission old = r.recentMissions.get(r.recentMissions.size() - 1);
        if (old.type() != hit.type()) raise(s, r, old, hit);
        return;
      }
    }
  }

  /**
   * "the two countries raised their legations to embassies": every mission of that type the pair
   * keeps closes and an embassy opens in its city; where the text named no such mission of a member,
   * one in the other's capital is meant.
   */
  private boolean raiseAll(SentenceView s, Reading r, List<MissionWords.Hit> hits, int h) {
    MissionWords.Hit old = hits.get(h);
    if (!old.plural() || h + 1 >= hits.size() || !raisedTo(s, old, hits.get(h + 1))) return false;
    int[] clause = s.clauseAt(old.start());
    // "their legations", "both legations", "the legations that each country kept in the other's capital"
    if (!Regex.of("(?i)\\b(?:their|both|the\\s+two|each\\s+(?:country|side|state|nation|government))\\b").matcher(s.text.substring(clause[0], clause[1])).find()
        && !BOTH_BEFORE.matcher(s.text.substring(0, old.start())).find()) return false; // ("The liaison offices were raised …")
    Gazetteer g = Gazetteer.get();
    for (String owner : s.pair.asList()) {
      Mission found = null;
      for (int i = r.recentMissions.size() - 1; i >= 0; i--) {
        Mission m = r.recentMissions.get(i);
        if (m.owner().equals(owner) && m.type() == old.type() && m.closed() == null) { found = m; break; }
      }
      if (found == null) {
        String host = s.pair.other(owner);
        String capital = g.embassyCity(host).orElse(null);
        if (capital == null) continue;
        found = new Mission(owner, host, old.type(), capital, null, null, List.of(s.source()));
        r.add(found);
      }
      raise(s, r, found, hits.get(h + 1));
    }
    return true;
  }

  private static final Pattern BOTH_RAISED = Pattern.compile("(?i)\\b(?:were|have\\s+been|had\\s+been)\\s+both\\b|\\bboth\\s+(?:were\\s+)?(?:raised|upgraded|elevated)");
  private static final Pattern TEMPORARILY = Pattern.compile("(?i)\\b(?:temporarily|provisionally)\\b");
  private static final Pattern LOCATED_IN = Pattern.compile(
      "^\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L} -]*?\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:located|situated|based|housed)\\s+in\\s+(?=\\p{Lu})");
  private static final Pattern MOVE = Lead.compileExact(
      "(?:\\b(?:moved|transferred|relocated)\\s+(?:its\\s+|their\\s+|the\\s+)?(?:(?<city>\\p{Lu}[\\p{L}-]+)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:(?:from|in)\\s+\\p{Lu}[\\p{L} -]*?\\s+)?to|\\b(?:it|the\\s+\\w+)\\s+(?:later\\s+|then\\s+|subsequently\\s+)?(?:moved|was\\s+moved|relocated|was\\s+relocated|was\\s+transferred)\\s+(?:from\\s+\\p{Lu}[\\p{L} -]*?\\s+)?to|\\band\\s+(?:later\\s+)?moved\\s+to)\\s+");
  private static final Pattern MADE_INTO = Pattern.compile("^[^.;]*?\\b(?:made\\s+it|turned\\s+it\\s+into|raised\\s+it\\s+to)\\s+(?:an?\\s+)?([\\w -]+)");
  private static final Pattern GENERIC_RAISED = Lead.compileExact(
      "(?i)\\b(?:(?:the|its|this)\\s+(?:office|mission|post)|it)\\s+(?:was\\s+)?(?:raised|upgraded|elevated|turned|converted)\\s+(?:to|into)\\s+(?:an?\\s+|the\\s+)?");

  private static final Pattern MISSION_KEY = Pattern.compile("(?i)mission\\s*([12])");

  /**
   * An infobox's "mission1 = Embassy of Brazil, New Delhi": the mission of the first (or second)
   * country of the title, named "of X" or by a demonym, in the city after the last comma.
   */
  private void infobox(SentenceView s, Reading r) {
    Matcher key = MISSION_KEY.matcher(s.block().key() == null ? "" : s.block().key());
    if (!key.matches()) return;
    List<MissionWords.Hit> hits = MissionWords.find(s.text);
    if (hits.isEmpty()) return;
    String owner = key.group(1).equals("1") ? s.pair.a() : s.pair.b();
    for (Mention<Country> c : s.countries) {
      if (s.pair.contains(c.entity().iso3())) { owner = c.entity().iso3(); break; }
    }
    int comma = s.text.lastIndexOf(',');
    if (comma < 0) return;
    List<Places.Place> places = Places.listAt(s.text, comma + 1 + (s.text.length() - comma - 1 - s.text.substring(comma + 1).stripLeading().length()));
    if (places.isEmpty()) return;
    String host = s.pair.other(owner);
    String city = places.get(0).name();
    String where = places.get(0).country() != null ? places.get(0).country() : Places.countryOf(city, host);
    if (where != null && !where.equals(host)) return;
    r.add(new Mission(owner, host, hits.get(0).type(), city, null, null, List.of(s.source())));
  }

  /** Both members of the pair opened embassies "in each other's capitals". */
  private void eachOther(SentenceView s, Reading r, MissionWords.Hit hit) {
    Gazetteer g = Gazetteer.get();
    PartialDate d = s.dateFor(hit.end());
    boolean opens = verb(s, s.clauseAt(hit.start()), "open");
    for (String owner : s.pair.asList()) {
      String host = s.pair.other(owner);
      String capital = g.embassyCity(host).orElse(null);
      if (capital == null) continue;
      r.add(new Mission(owner, host, hit.type(), capital, opens ? d : null, null, List.of(s.source())));
    }
  }

  private boolean raisedTo(SentenceView s, MissionWords.Hit old, MissionWords.Hit now) {
    if (now.start() <= old.end() || old.type() == now.type()) return false;
    String between = s.text.substring(old.end(), now.start());
    // "transferred its consulate to Delhi and made it an embassy": a move, read by moves()
    if (MOVE.matcher(s.text.substring(Math.max(0, old.start() - 40), now.start())).find()) return false;
    if (between.length() < 80 && rules.foundIn("missions", "raise", between)) return true;
    // "opened a consulate in Manila in 1888, while the islands were still a colony, and raised it to a
    // consulate-general in 1919": the pronoun carries the mission across an aside
    if (between.length() < 160 && RAISED_IT.matcher(between).find()) return true;
    // "raised their legations to embassies": the verb stands before the old mission
    String before = s.text.substring(s.clauseAt(old.start())[0], old.start());
    // "upgraded its consulate in São Paulo to a consulate-general": the place may stand between
    // ("raised their legations in Rio and Lisbon to the rank of embassies")
    return Regex.matches(between, "(?:\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}.'’ -]{0,40}?)?\\s+(?:to|into)\\s+(?:the\\s+(?:rank|status|level)\\s+of\\s+)?(?:an?\\s+|full\\s+)*")
        // ("…, raising its consulate-general in Bratislava to an embassy": the participle too)
        && Regex.of("(?i)\\b(?:raised|upgraded|elevated|converted|turned|raising|upgrading|elevating|converting|turning)\\s+(?:\\w+\\s+){0,2}$").matcher(before).find();
  }

  /** The old mission closes and the new one opens in the same city on the same date. */
  private void raise(SentenceView s, Reading r, Mission old, MissionWords.Hit now) {
    PartialDate d = s.dateFor(now.end());
    Mission closedOld = old.withClosed(d);
    r.replace(old, closedOld);
    // "a consulate in Calcutta, upgraded to an embassy in New Delhi in 1957": the new mission may stand elsewhere
    String city = old.city();
    List<Places.Place> at = Places.listAfter(s.text, now.end());
    if (!at.isEmpty()) {
      Places.Place p = at.get(0);
      String where = p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
      if (old.host().equals(where)) city = p.name();
    }
    r.add(new Mission(old.owner(), old.host(), now.type(), city, d, null, List.of(s.source())));
  }

  private Mission lastOfType(Reading r, MissionType type, String owner) {
    for (int i = r.recentMissions.size() - 1; i >= 0; i--) {
      Mission m = r.recentMissions.get(i);
      if (m.type() == type && (owner == null || m.owner().equals(owner))) return m;
    }
    return null;
  }

  /**
   * "consulates-general in Monterrey and Tijuana (opened March 2012)": the opening told in
   * parentheses is the place's it follows, not the other places of the list.
   */
  private boolean openedOnlyInAside(SentenceView s, int[] clause) {
    String text = s.text.substring(clause[0], clause[1]);
    String outside = Regex.replaceAll(text, "\\([^()]*\\)", "");
    return !outside.equals(text) && !rules.phrases("missions", "open").matcher(outside).find();
  }

  private boolean verb(SentenceView s, int[] clause, String list) {
    return rules.foundIn("missions", list, s.text.substring(clause[0], clause[1]));
  }

  /**
   * Whose mission: a possessive or adjective just before the word ("Mexico's embassy", "the
   * Pakistani embassy"), "the embassy of X", else the subject of the clause or sentence.
   */
  /** Nothing but an opening date or "the" before a clause's subject. */
  private static final Pattern THIRD_SUBJECT_LEAD = Pattern.compile(
      "\\s*(?:(?:and|but)\\s+)?(?:(?:In|On|By|in|on|by)\\s+[\\p{L}\\d ]{1,25}?,?\\s+)?(?:the\\s+)?");

  private String owner(SentenceView s, MissionWords.Hit hit, int[] clause) {
    for (Mention<Country> c : s.countries) {
      if (c.end() <= hit.start() && hit.start() - c.end() <= 30) {
        String between = s.text.substring(c.end(), hit.start());
        if (Regex.matches(between, "(?:'s|’s)?\\s*(?:new|own|first|former|current|resident|\\w+-level|honorary)?\\s*")) {
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
    // "In 1950 Brazil opened an embassy in Hanoi": a third country that opens the clause owns the mission, which is
    // then none of the pair's (not the other member's, as when the owner goes unsaid)
    for (Mention<Country> c : s.countriesIn(clause[0], hit.start())) {
      if (!SentenceView.isAdjective(c) && !s.pair.contains(s.memberOf(c))
          && THIRD_SUBJECT_LEAD.matcher(s.text.substring(clause[0], c.start())).matches()) return c.entity().iso3();
    }
    return null;
  }
}
