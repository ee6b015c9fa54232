package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Visit;
import org.bilateral.read.Block;

/**
 * Visits told as list entries rather than prose: a list or table under a caption that gives the
 * direction ("High-level visits from Pakistan to Mexico", "From India:"), one under a heading of
 * visits whose entries name the visitor's country ("Pakistan President Omar Qadir, 3 May 2005"), and
 * a brief's "who: where, when" entries. {@link VisitReader} reads prose.
 */
final class VisitLists {
  private VisitLists() {}

  private static final Pattern YEARS_IN_PARENS = Pattern.compile("\\(([^()]*\\d{4}[^()]*)\\)\\s*\\.?$");
  /** A part's dates in parentheses, when they are nothing else: "Lomé (1983, 1986)", not "(state funeral of the 1863 insurgents)". */
  private static final Pattern ONLY_DATES_IN_PARENS = Pattern.compile(
      "\\(((?:\\s*(?:,|;|and|&|[–—-])?\\s*(?:(?:\\d{1,2}\\s+)?" + Dates.MONTHS + "\\s+)?\\d{4})+)\\s*\\)\\s*\\.?$");
  private static final Pattern LEADING_DATE = Pattern.compile(
      "^((?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[–—-]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+)?(?:" + Dates.MONTHS
          + "\\s+)?(?:\\d{1,2}(?:\\s*[–—-]\\s*\\d{1,2})?,?\\s+)?\\d{4}"
          // ("06/2019   President X, Prague", "14.03.2023   President Y": a brief's dates in figures, set off by a wide gap)
          + "|\\d{1,2}(?:[–-]\\d{1,2})?\\.\\d{1,2}\\.\\d{4}|(?:0[1-9]|1[0-2])/\\d{4})(?:\\s*(?:[–—:-]|,)\\s+|\\t+|\\s{2,})");
  private static final Pattern MORE_LEADING_YEARS = Pattern.compile("(\\d{4})(?:\\s*(?:[–—:-]|,)\\s+|\\t+|\\s{2,})");
  private static final Pattern OFFICE_IN_PARENS = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)\\)$");
  private static final Pattern ANY_PARENS = Pattern.compile("\\(([^()]*)\\)\\s*\\.?$");

  private static final Pattern VISITS_TITLE = Pattern.compile("(?i)\\bvisits?\\b");

  /**
   * An entry of a list or table of visits whose caption gives no direction, with the visitor's
   * country before the office: "Pakistan President Omar Qadir, 3 May 2005" (a table row whose first
   * cell holds a flag). The visit went to the other member; an entry without a country or a date
   * says too little.
   */
  static boolean visitsListEntry(SentenceView s, Reading r) {
    if (s.block().kind() != Block.Kind.BULLET) return false;
    // (a caption that is only a year, "2016", stands under the section that says these are visits)
    String title = s.caption() != null && !YEAR_ONLY.matcher(s.caption()).matches() ? s.caption()
        : s.block().section().isEmpty() ? null : s.block().section().get(s.block().section().size() - 1);
    if (title == null || !VISITS_TITLE.matcher(title).find()) return false;
    ListEntry e = listEntry(s.text);
    List<PartialDate> dates = e.dates();
    String whoText = e.who();
    // "* Prime Minister Lee Hsien Loong to Indonesia (Semarang)" under a line "2016": the entry says where
    // to, the year line above the list says when
    String placed = e.visited() != null && s.pair.contains(e.visited()) ? e.visited() : null;
    if (placed != null && dates.isEmpty()) {
      PartialDate year = yearLineAbove(s);
      if (year != null) dates = List.of(year);
    }
    if (dates.isEmpty()) return false;
    // "Urmas Paet, Foreign Minister, Moscow, 2005, 2014" (a table row with a place column), "Roh Tae-woo,
    // President, China" (a table's column of host countries): the place or member it ends with is where the visitor
    // went (in a list not from a table, a member there may be the visitor's own: "el-Sisi, President, Egypt")
    Matcher last = LAST_PART.matcher(whoText);
    if (placed == null && last.find()) {
      String where = last.group(1).trim();
      // (in a table a country's name is the country before any town of that name: "Mexico" is not Mexico, Missouri)
      String host = (s.block().key() == null ? java.util.Optional.<String>empty() : Gazetteer.get().country(where).map(c -> c.iso3()))
          .or(() -> Gazetteer.get().cities(where).stream().findFirst().map(c -> c.countryIso3()))
          .orElse(null);
      if (host != null && s.pair.contains(host)) {
        placed = host;
        whoText = whoText.substring(0, last.start());
      }
    }
    Persons.Person who = Persons.entry(whoText);
    if (who == null || who.office() == null || who.name().isBlank()) return false;
    // "Minister of Foreign Affairs X – Baku, 6 October 2020; received by …": the first place of the pair after the
    // visitor is where the visit went
    int whoAt = s.text.indexOf(whoText.trim());
    if (who.country() == null && placed == null && whoAt >= 0) placed = firstPlaceAfter(s, whoAt + whoText.trim().length());
    if (who.country() == null && placed != null) who = new Persons.Person(s.pair.other(placed), who.office(), who.name());
    if (who.country() == null) return false;
    String to = s.pair.other(who.country());
    if (to == null || placed != null && !placed.equals(to)) return false;
    for (PartialDate d : dates) r.add(new Visit(who.country(), to, who.name(), who.office(), d, List.of(s.source())));
    return true;
  }

  /** The member whose city, or name, first follows {@code from} (before any note in parentheses), or null. */
  private static String firstPlaceAfter(SentenceView s, int from) {
    int stop = s.text.indexOf('(', from);
    if (stop < 0) stop = s.text.length();
    for (var c : s.cities) {
      if (c.start() >= from && c.start() < stop) return s.pair.contains(c.entity().countryIso3()) ? c.entity().countryIso3() : null;
    }
    for (Mention<Country> c : s.countries) {
      if (c.start() >= from && c.start() < stop && !SentenceView.isAdjective(c)) return s.pair.contains(c.entity().iso3()) ? c.entity().iso3() : null;
    }
    return null;
  }

  /** "Prime Minister X to Indonesia", "… to Indonesia (Semarang)": the visitor, then the country visited. */
  private static final Pattern ENTRY_TO = Pattern.compile("(.+?)\\s+to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} .'’-]{1,40}?)\\s*(?:\\([^()]*\\)|,\\s+(?:for|to|on|in)\\s+[^;]*)?\\s*\\.?");
  private static final Pattern YEAR_ONLY = Pattern.compile("[\\s'*:=]*(\\d{4})[\\s'*:=]*");

  /** The year of the line that stands alone above a list's entries ("'''2016'''", read as the list's caption); else null. */
  private static PartialDate yearLineAbove(SentenceView s) {
    Matcher caption = YEAR_ONLY.matcher(s.caption() == null ? "" : s.caption());
    return caption.matches() ? PartialDate.ofYear(Integer.parseInt(caption.group(1))) : null;
  }

  private static final Pattern LAST_PART = Pattern.compile(",\\s*([^,]{2,40})$");

  /** "2004, May: President X – state visit to Bishkek.": a brief's line, the year first, then the rest of the date. */
  private static final Pattern DATED_LINE = Pattern.compile("\\s*(\\d{4})(?:,\\s*([^:;]{1,30}?))?\\s*:\\s+([^–—:]{3,80}?)\\s+[–—]\\s+(.+)");

  /**
   * A brief's dated line under a heading of visits, bulleted or not: "2007, 16 August: President X – Bishkek, SCO
   * summit." The visitor is the one named before the dash, the destination the member whose city or name follows it,
   * the date the year with the day or month told after it.
   */
  static boolean datedLine(SentenceView s, Reading r) {
    List<String> section = s.block().section();
    if (section.isEmpty() || !VISITS_TITLE.matcher(section.get(section.size() - 1)).find()) return false;
    Matcher m = DATED_LINE.matcher(s.text);
    if (!m.matches()) return false;
    Persons.Person who = Persons.entry(m.group(3));
    if (who == null || who.office() == null || who.name().isBlank()) return false;
    String to = null;
    int rest = m.start(4);
    for (var c : s.cities) if (c.start() >= rest && s.pair.contains(c.entity().countryIso3())) { to = c.entity().countryIso3(); break; }
    if (to == null) for (Mention<Country> c : s.countries) if (c.start() >= rest && s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) { to = c.entity().iso3(); break; }
    if (to == null) return false;
    String from = who.country() != null ? who.country() : s.pair.other(to);
    if (from == null || from.equals(to)) return true; // a host's own engagement at home
    PartialDate date = PartialDate.ofYear(Integer.parseInt(m.group(1)));
    if (m.group(2) != null) {
      // ("2019, 13–14 June": the first day)
      for (DateMention d : Dates.find(m.group(2) + " " + m.group(1), 0, null)) if (d.date() != null && d.date().year() == date.year()) { date = d.date(); break; }
    }
    if (Rules.get().foundIn("visits", "not_visit", s.text)) return true;
    r.add(new Visit(from, to, who.name(), who.office(), date, List.of(s.source())));
    return true;
  }

  /** A brief's list entry: "H.E. John Kufuor, President of Ghana: state visit to Nigeria, 2–4 October 2001." */
  private static final Pattern COLON_ENTRY = Pattern.compile("^([^:;]{3,160}?):\\s+(.+)$", Pattern.DOTALL);
  // ("Sr. Gen. Than Shwe, Chairman, State Peace and Development Council (SPDC) – Dhaka": an acronym in the office)
  // (a hyphen with spaces around it is a typed dash: "Name, President - Kampala, Nov 2016")
  private static final Pattern DASH_ENTRY = Pattern.compile("^((?:[^–—;()]|\\([^()\\d]*\\)){3,120}?)\\s+[–—-]\\s+(.+)$", Pattern.DOTALL);
  private static final Pattern DELEGATION_AFTER = Pattern.compile("\\s+(?:delegation|side|team|contingent)\\b");
  private static final Pattern OFFICE_OF = Pattern.compile("^(.+?)\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)$");

  /**
   * A list entry with no caption to give its direction, told as "who: what, where, when": the
   * visitor's country is the one in the office ("President of Ghana"), else the one known for the
   * name, else the other member; the destination is the first place of the pair after the colon.
   */
  static boolean briefEntry(SentenceView s, Reading r) {
    if (s.block().kind() != Block.Kind.BULLET) return false;
    Matcher c = COLON_ENTRY.matcher(s.text);
    if (!c.find()) return false;
    Persons.Person who = Persons.entry(c.group(1));
    if (who == null || who.name().isBlank()) return false;
    Persons.Person known = r.people.lookupWithCountry(who.name());
    String office = who.office() != null ? who.office() : known != null ? known.office() : null;
    if (office == null) return false;
    String from = who.country() != null ? who.country() : known != null ? known.country() : null;
    Matcher of = OFFICE_OF.matcher(office);
    if (of.find()) {
      var c2 = s.country(of.group(2));
      if (c2.isPresent() && s.pair.contains(c2.get().iso3())) {
        from = c2.get().iso3();
        office = of.group(1);
      }
    }
    if (Rules.get().find("visits", "not_visit", s.text, s.lower()).find()) return true;
    int restAt = c.start(2);
    String to = null;
    int toAt = Integer.MAX_VALUE;
    for (Mention<Country> m : s.countries) {
      if (m.start() < restAt || !s.pair.contains(m.entity().iso3())) continue;
      // "led the Ghana delegation to …": the visitor's side, not the destination
      if (DELEGATION_AFTER.matcher(s.text.substring(m.end())).lookingAt()) {
        if (from == null) from = m.entity().iso3();
        continue;
      }
      if (m.start() < toAt && !SentenceView.isAdjective(m) && !m.entity().iso3().equals(from)) {
        to = m.entity().iso3();
        toAt = m.start();
      }
    }
    if (to != null && to.equals(from)) to = null;
    for (Mention<org.bilateral.gazetteer.City> m : s.cities) {
      if (m.start() >= restAt && m.start() < toAt) { to = m.entity().countryIso3(); toAt = m.start(); }
    }
    if (to == null || !s.pair.contains(to)) return true;
    if (from == null) from = s.pair.other(to);
    if (from == null || from.equals(to) || !s.pair.contains(from)) return true;
    PartialDate date = null;
    for (DateMention d : s.dates) if (date == null && d.start() >= restAt && d.date() != null) date = d.date();
    r.add(new Visit(from, to, known != null && known.name().length() > who.name().length() ? known.name() : who.name(),
        office, date, List.of(s.source())));
    r.people.add(new Persons.Person(from, office, who.name()), s.index);
    return true;
  }

  /** The direction a list caption, or else the heading over the list, gives, as {from, to}, or null. */
  static String[] direction(SentenceView s) {
    if (s.block().kind() != Block.Kind.BULLET) return null;
    String[] byCaption = direction(s, s.caption());
    if (byCaption != null) return byCaption;
    // "=== From Chile to India ===" over "* 2005 – President Ricardo Lagos"
    List<String> section = s.block().section();
    return section.isEmpty() ? null : direction(s, section.get(section.size() - 1));
  }

  /** The caption forms, each its own list (a pattern names "from" and "to" once). */
  private static final List<String> CAPTIONS = List.of("caption", "caption_bare", "caption_adjective", "caption_to_by", "caption_parens");

  /*
   * The caption's direction, remembered: every entry of a list asks it again of the same caption. It
   * depends on the caption and the pair alone; the memory is bounded.
   */
  private static final java.util.Map<String, java.util.Optional<String[]>> DIRECTIONS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String[] direction(SentenceView s, String caption) {
    if (caption == null) return null;
    // "4.2 Kenya to Ethiopia": a brief's numbered subsection says the direction after its number
    caption = SentenceView.unnumbered(caption);
    String key = s.pair.a() + s.pair.b() + s.shortFormsKey() + caption;
    java.util.Optional<String[]> known = DIRECTIONS.get(key);
    if (known == null) {
      known = java.util.Optional.ofNullable(readDirection(s, caption));
      if (DIRECTIONS.size() >= 10_000) DIRECTIONS.clear();
      DIRECTIONS.put(key, known);
    }
    return known.map(d -> d.clone()).orElse(null);
  }

  private static String[] ownSideUnsaid(SentenceView s, String fromText, String toText, boolean fromKnown, boolean toKnown) {
    if (fromKnown == toKnown) return null;
    String known = (fromKnown ? s.country(fromText) : s.country(toText)).map(c -> c.iso3()).orElse(null);
    String other = s.unsaidOther(fromKnown ? toText : fromText, known);
    if (other == null) return null;
    return fromKnown ? new String[] {known, other} : new String[] {other, known};
  }

  private static String[] readDirection(SentenceView s, String caption) {
    var g = Gazetteer.get();
    for (String list : CAPTIONS) {
      Matcher m = Rules.get().phrases("visits", list).matcher(caption);
      if (!m.find()) continue;
      // "Visits by Ghanaian leaders to Togo": the visitors named by their country's adjective
      // ("Visits of the Head of State of the RK to the RUz": by their office, of the country)
      // ("Visits of the Turkish leadership to Azerbaijan": its leadership, by the adjective)
      String fromName = Regex.replaceFirst(m.group("from").trim(), "(?i)\\s+(?:leaders|leadership|officials|dignitaries|delegations?|heads\\s+of\\s+(?:state|government)|ministers)$", "");
      fromName = Regex.replaceFirst(fromName, "^the\\s+(?=\\p{Lu}[\\p{L}-]+$)", "");
      fromName = Regex.replaceFirst(fromName, "^(?:the\\s+)?(?:(?:Head|Heads|President|Prime|Minister|Ministers|Chairman|Speaker|Leader|Leaders)\\b[\\p{L} ]{0,30}\\s+of\\s+)(?:the\\s+)?(?=\\p{Lu})", "");
      var from = s.country(fromName);
      var to = s.country(Regex.replaceFirst(m.group("to").trim(), "^the\\s+(?=\\p{Lu})", ""));
      // "RI to Malaysia" in Indonesia's brief: a short form the brief never defines, facing a member, is the other member
      String[] unsaid = ownSideUnsaid(s, m.group("from").trim(), m.group("to").trim(), from.isPresent(), to.isPresent());
      if (unsaid != null) return unsaid;
      if (from.isEmpty() || to.isEmpty() || from.get().iso3().equals(to.get().iso3())) continue;
      return new String[] {from.get().iso3(), to.get().iso3()};
    }
    // "From India:": the visitors' country alone, so the visits went to the pair's other member
    for (String list : List.of("caption_from", "caption_from_parens")) {
      Matcher m = Rules.get().phrases("visits", list).matcher(caption);
      if (!m.find()) continue;
      var from = s.country(m.group("from").trim());
      if (from.isPresent() && s.pair.contains(from.get().iso3())) {
        String to = s.pair.other(from.get().iso3());
        if (to != null) return new String[] {from.get().iso3(), to};
      }
    }
    return null;
  }

  static void entry(SentenceView s, Reading r, String[] direction) {
    // "Foreign Minister X: visit planned for April 2020, postponed": an entry of a visit that did not take place
    // (a ";" inside a note does not make parts: "official visit scheduled for Mar 2017 (postponed; yet to take place)")
    if (Regex.replaceAll(s.text, "\\([^()]*\\)", "").indexOf(';') < 0
        && (Rules.get().foundIn("visits", "not_visit", s.text) || Rules.get().foundIn("visits", "not_happened", s.text))) return;
    // "FM X – SAARC Council of Ministers, New York, Sept 2019": an entry placed in a third country's city, and in no
    // place of the member visited, tells a meeting abroad
    if (placedAbroad(s, direction[1])) return;
    // "Xanana Gusmão, President (2002) and Prime Minister (2008, 2023)": one person in two offices, each with its years
    Matcher two = TWO_OFFICES.matcher(s.text.trim());
    if (two.matches()) {
      entryOf(s, r, direction, two.group(1) + ", " + two.group(2));
      entryOf(s, r, direction, two.group(1) + ", " + two.group(3));
      return;
    }
    entryOf(s, r, direction, s.text);
  }

  private static boolean placedAbroad(SentenceView s, String visited) {
    boolean abroad = false;
    for (var c : s.cities) {
      String in = c.entity().countryIso3();
      if (visited.equals(in)) return false;
      // (a field of its own, between commas or after a dash: not a name's "dos Santos", not "Salisbury" in prose)
      if (in != null && !s.pair.contains(in) && Regex.find(s.text.substring(0, c.start()), "[,–—]\\s*$")
          && Regex.find(s.text.substring(c.end()), "^\\s*(?:[,(]|$)")) abroad = true;
    }
    return abroad && s.countries.stream().noneMatch(c -> visited.equals(c.entity().iso3()) && !SentenceView.isAdjective(c));
  }

  private static final Pattern TWO_OFFICES = Pattern.compile(
      "([^,()]{3,60}),\\s*([^,()]{3,60}?\\s*\\([^()]*\\d{4}[^()]*\\))\\s+and\\s+([^,()]{3,60}?\\s*\\([^()]*\\d{4}[^()]*\\))\\s*\\.?");

  private static void entryOf(SentenceView s, Reading r, String[] direction, String text) {
    ListEntry e = listEntry(text);
    // "King Philippe and Queen Mathilde, state visit (2016)": two people, each with an office
    List<Persons.Person> couple = couple(e.who());
    if (couple != null) {
      List<PartialDate> dates = e.dates().isEmpty() ? java.util.Collections.singletonList(null) : e.dates();
      for (Persons.Person p : couple) {
        for (PartialDate d : dates) r.add(new Visit(direction[0], direction[1], p.name(), p.office(), d, List.of(s.source())));
      }
      return;
    }
    Persons.Person who = Persons.entry(e.who());
    // "Minister for Communities and Returns [[Goran Rakić]] (2021)": a link marks where the office ends and the name begins
    String words = e.who().trim();
    int at = text == s.text ? s.text.indexOf(words) : -1;
    int[] link = at < 0 ? null : s.linkEndingAt(at, at + words.length());
    if (link != null) {
      String office = s.text.substring(at, link[0]).trim();
      String name = s.text.substring(link[0], link[1]).trim();
      if (Persons.looksLikeOffice(office) && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
        who = new Persons.Person(who != null ? who.country() : null, office, name);
      }
    }
    // "Director of the Office for Kosovo and Metohija Marko Đurić (2018)", the name linked in the prose: its last words
    if (link == null && who != null && who.office() == null && s.hasLinks()) {
      String[] w = Regex.split(who.name().trim(), "\\s+");
      for (int k = Math.min(3, w.length - 1); k >= 2; k--) {
        String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length));
        String office = words.endsWith(tail) ? words.substring(0, words.length() - tail.length()).trim() : "";
        if (s.linkedAnywhere(tail) && Persons.looksLikeOffice(office)) {
          who = new Persons.Person(who.country(), office, tail);
          break;
        }
      }
    }
    // ("…; State Visit, Nairobi, Feb 2024": the kind of a visit is no one's name)
    if (who == null || who.name().isBlank() || Regex.find(who.name(), "(?i)\\b(?:visits?|summit|meeting|session|conference|talks)\\b")) return;
    // "Nelson Mandela (1997)": a name alone is a visitor by the office the document gives him elsewhere; with none
    // known it is no visit ("…; dates TBC" is no one)
    if (who.office() == null) {
      Persons.Person known = r.people.lookup(who.name());
      if (known == null || known.office() == null) return;
      who = new Persons.Person(who.country(), known.office(), known.name().length() > who.name().length() ? known.name() : who.name());
    }
    List<PartialDate> dates = e.dates().isEmpty() ? java.util.Collections.singletonList(null) : e.dates();
    for (PartialDate d : dates) {
      r.add(new Visit(direction[0], direction[1], who.name(), who.office(), d, List.of(s.source())));
    }
  }

  private static final Pattern COUPLE = Lead.compileExact("\\s+(?:and|&)\\s+(?=\\p{Lu})");

  /**
   * Two visitors in one entry, each an office and a name ("Crown Prince Philippe and Princess Mathilde"), or
   * null. The first name must follow an office word, so that a portfolio ("Minister for Trade and Industry
   * Ali Khan") is not read as a person called Trade.
   */
  static List<Persons.Person> couple(String words) {
    String w = Regex.replaceFirst(words.trim(), ",.*$", "");
    Matcher and = COUPLE.matcher(w);
    if (!and.find()) return null;
    String left = w.substring(0, and.start()).trim();
    String right = w.substring(and.end()).trim();
    if (!Persons.looksLikeOffice(right)) return null;
    Persons.Person a = Persons.before(left);
    Persons.Person b = Persons.before(right);
    if (a == null || b == null || a.office() == null || b.office() == null || a.name().isBlank() || b.name().isBlank()) return null;
    if (!left.endsWith(a.name())) return null;
    String beforeName = left.substring(0, left.length() - a.name().length()).trim();
    String[] officeWords = Regex.split(beforeName, "\\s+");
    if (officeWords.length == 0 || !Persons.isOfficeWord(officeWords[officeWords.length - 1])) return null;
    return List.of(a, b);
  }

  /** A list entry read apart: the words that name the visitor, and the dates of the visits. */
  record ListEntry(String who, List<PartialDate> dates, String visited) {
    ListEntry(String who, List<PartialDate> dates) { this(who, dates, null); }
  }

  /**
   * The visits of "where, when; where, when": the first date of each part, or each year of a part
   * that lists its years ("Lomé (1983, 1986)").
   */
  private static List<PartialDate> datesOfParts(String list) {
    return datesOfParts(list, null);
  }

  /** As above, a day and month without a year ("6 March") taken in the year the entry opened with. */
  private static List<PartialDate> datesOfParts(String list, PartialDate year) {
    List<PartialDate> out = new ArrayList<>();
    for (String part : Regex.split(list, ";\\s*")) {
      Matcher years = ONLY_DATES_IN_PARENS.matcher(part.trim());
      boolean several = years.find();
      String text = several ? years.group(1) : part;
      int lastEnd = -1;
      for (DateMention d : Dates.find(text, 0, year)) {
        if (d.date() == null || year != null && d.date().year() != year.year()) continue;
        // "Băile Tușnad, July 2014 and July 2022": dates joined to the first are visits of their own
        if (!several && lastEnd >= 0 && !Regex.matches(text.substring(lastEnd, d.start()), "\\s*(?:,|and|,\\s*and|&)\\s*")) {
          // "1993, 1999 (OAU summit, Algiers, Jul 1999)": a note that dates one of the years more finely
          int year1 = out.indexOf(PartialDate.ofYear(d.date().year()));
          if (d.date().month() != 0 && year1 >= 0 && text.substring(lastEnd, d.start()).contains("(")) {
            out.set(year1, d.date());
            continue;
          }
          break;
        }
        out.add(d.date());
        lastEnd = d.end();
      }
    }
    return out;
  }

  private static int semicolonOutsideParentheses(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && depth > 0) depth--;
      else if (c == ';' && depth == 0) return i;
    }
    return -1;
  }

  private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()\\d]*\\)\\s*\\.?\\s*$");

  static ListEntry listEntry(String entry) {
    String text = entry.trim();
    List<PartialDate> dates = new ArrayList<>();
    // "President X: Doha, 19 December 2014; Doha, 2-3 December 2015 (1st HSC)": a visit per place and date
    Matcher colon = COLON_ENTRY.matcher(text);
    if (colon.find()) {
      // "President Santiago Peña (2024, 2025): Mercosur summit in Montevideo, 6 December 2024; …": the
      // years after the name are told again, more precisely, after the colon
      Matcher years = YEARS_IN_PARENS.matcher(colon.group(1));
      String named = years.find() ? colon.group(1).substring(0, years.start()).trim() : colon.group(1);
      // "2007 – President X: golden jubilee of independence, 6 March, Accra": the year first, the day after the colon
      Matcher lead = LEADING_DATE.matcher(named);
      PartialDate leading = null;
      if (lead.lookingAt()) {
        for (DateMention d : Dates.find(lead.group(1), 0, null)) if (leading == null && d.date() != null) leading = d.date();
        if (leading != null) named = named.substring(lead.end()).trim();
      }
      Persons.Person who = Persons.entry(named);
      // ("Name, President - Kampala, 5 Aug 2017: laid a stone": the visitor ends at the dash, before the colon)
      if (who != null && who.office() != null && !who.name().isBlank() && !Regex.find(who.office(), "\\s[–—-]\\s")) {
        dates.addAll(datesOfParts(colon.group(2), leading == null ? null : PartialDate.ofYear(leading.year())));
        if (dates.isEmpty() && leading != null) dates.add(leading);
        if (dates.isEmpty() && !named.equals(colon.group(1))) {
          for (DateMention d : Dates.find(years.group(1), 0, null)) if (d.date() != null) dates.add(d.date());
        }
        return new ListEntry(named, dates);
      }
    }
    // "Prime Minister X – official visit (May 2018); state visit (29 February 2024)": the visitor
    // before a dash, then a visit per part
    // "18.11.2018      President X – centenary of the republic, Riga", "2017 – PM X – talks, 12 May, Lahore": the date
    // first, then the visitor before a dash (the date is read once, here, for the forms below as well)
    PartialDate opening = null;
    String undated = text;
    Matcher opens = LEADING_DATE.matcher(text);
    if (opens.lookingAt()) {
      for (DateMention d : Dates.find(opens.group(1), 0, null)) if (opening == null && d.date() != null) opening = d.date();
      if (opening != null) undated = text.substring(opens.end()).trim();
    }
    // "30–31 October 1998 – official visit of President X (Tashkent)": the visit's kind before its visitor
    // ("…; signing of the Treaty on Eternal Friendship": what the entry goes on to tell after a semicolon is a note)
    if (opening != null) {
      String kindless = Regex.replaceFirst(undated, "^(?:(?:official|state|working|private|bilateral|return)\\s+)*visit\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})", "");
      if (!kindless.equals(undated)) {
        int note = semicolonOutsideParentheses(kindless);
        undated = note < 0 ? kindless : kindless.substring(0, note).trim();
      }
    }
    Matcher dash = DASH_ENTRY.matcher(undated);
    if (dash.find()) {
      String named = dash.group(1);
      Persons.Person who = Persons.entry(named);
      if (who != null && who.office() != null && !who.name().isBlank()) {
        List<PartialDate> each = datesOfParts(dash.group(2), opening == null ? null : PartialDate.ofYear(opening.year()));
        if (each.isEmpty() && opening != null) each.add(opening);
        return new ListEntry(named, each);
      }
    }
    // "Prime Minister X, official visit (December 2014); 6th Annual Consultation, Putrajaya (9 September 2016)": the
    // visitor in the first part, then a visit per part
    int semicolon = text.indexOf(';');
    if (semicolon > 0) {
      Matcher first = YEARS_IN_PARENS.matcher(text.substring(0, semicolon));
      if (first.find()) {
        String named = text.substring(0, first.start()).trim();
        Persons.Person who = Persons.entry(named);
        if (who != null && who.office() != null && !who.name().isBlank()) {
          List<PartialDate> each = datesOfParts(text);
          if (each.size() >= 2) return new ListEntry(named, each);
        }
      }
    }
    // "2019 – President Ram Nath Kovind (1–3 April)": a date before the name (read above), made finer by one after it
    PartialDate leading = opening;
    List<PartialDate> moreYears = new ArrayList<>();
    if (leading != null) {
      text = undated;
      // "1974, 1993, 2012 – King Carl XVI Gustaf, Finland": a table's cell of several years, a visit each
      Matcher more = MORE_LEADING_YEARS.matcher(text);
      while (leading != null && leading.month() == 0 && more.lookingAt()) {
        moreYears.add(PartialDate.ofYear(Integer.parseInt(more.group(1))));
        text = text.substring(more.end()).trim();
        more = MORE_LEADING_YEARS.matcher(text);
      }
    }
    // "President Frei, September 1999 (APEC Leaders' Meeting, Auckland)": a note without a date after
    // the entry's date says what the visit was for
    Matcher note = TRAILING_NOTE.matcher(text);
    if (note.find() && Regex.find(text.substring(0, note.start()), "\\d{4}\\s*$")) text = text.substring(0, note.start());
    // "President Omar Qadir – 2005", "Prime Minister Imran Aziz, March 2012", "Abdel Fattah el-Sisi,
    // President, 2015, 2016" (a table row): dates that close the entry
    Matcher closing = Dates.CLOSING.matcher(text);
    if (leading == null && closing.find()) {
      List<DateMention> found = Dates.find(closing.group(1), 0, null);
      if (!found.isEmpty() && found.stream().allMatch(d -> d.date() != null)) {
        found.forEach(d -> dates.add(d.date()));
        text = text.substring(0, closing.start()).trim();
      }
    }
    // "Sana Baig (Foreign Minister), 2009": the office in parentheses after the name
    Matcher office = OFFICE_IN_PARENS.matcher(text);
    if (office.find() && Persons.looksLikeOffice(office.group(2))) text = office.group(1).trim() + ", " + office.group(2).trim();
    Matcher p = (leading == null ? YEARS_IN_PARENS : ANY_PARENS).matcher(text);
    if (p.find()) {
      for (DateMention d : Dates.find(p.group(1), 0, leading)) {
        if (d.date() != null && (leading == null || d.date().year() == leading.year())) dates.add(d.date());
      }
      text = text.substring(0, p.start()).trim();
    }
    if (dates.isEmpty() && leading != null) {
      dates.add(leading);
      dates.addAll(moreYears);
    }
    // "President X to Spain", "… to Indonesia (Semarang)", "… to Spain, for the summit": the country visited, after the visitor
    Matcher to = ENTRY_TO.matcher(text);
    if (to.matches()) {
      var visited = Gazetteer.get().country(to.group(2).trim());
      if (visited.isPresent()) return new ListEntry(to.group(1), dates, visited.get().iso3());
    }
    return new ListEntry(text, dates);
  }
}
