package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.Meeting;
import org.bilateral.model.PartialDate;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Mention;

/**
 * Rounds of standing bilateral bodies: "the second meeting for consultations mechanism on matters
 * of common interest", "the 9th session of the Joint Economic Commission", "the 6th JCC met in
 * Beijing", "Its ninth session", "The Joint Commission met in New Delhi", and lists that go on
 * without repeating the body ("the first review meeting ..., the second in Islamabad ...").
 */
final class MeetingReader implements FactReader {
  private static final Map<String, String> ORDINALS = Rules.get().lexicon("meetings", "ordinal");
  /** "XXX session – Vilnius, 14 October 2022": a Roman numeral counts a round only right before its word. */
  private static final String ROMAN = "(?-i:((?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?=\\s+(?:session|round|meeting|sitting|summit|plenary)\\b))";
  private static final String ORDINAL = "(?:(\\d{1,2})(?:st|nd|rd|th)|(" + String.join("|", ORDINALS.keySet()) + ")|\\b" + ROMAN + ")";
  private static final Pattern ROMAN_ROUND = Pattern.compile("\\b" + ROMAN);
  /** Lower-case words between an ordinal and the round ("the 12th (special) JCC"); a capitalised word belongs to the name. */
  private static final String QUALIFIER = "(?-i:(?:(?:annual|special|regular|joint|review|full|plenary|ministerial|high-level|\\([a-z]+\\)|and\\s+(?:last|final))\\s+)*)";
  private final Rules rules = Rules.get();
  private final Bodies bodies = new Bodies();
  private List<String> section = List.of();
  private String caption;
  /** The body the section's heading, or the list's caption, names: its rounds may be listed by ordinal alone. */
  private Bodies.Body headingBody, captionBody;

  private static final Pattern ROUND_OF;
  private static final Pattern ORDINAL_ROUND;
  private static final Pattern ORDINAL_BODY;
  private static final Pattern BODY_MET;
  private static final Pattern ITS_MEETING;
  private static final Pattern ELLIPSIS;

  static {
    String round = String.join("|", Rules.get().list("meetings", "round"));
    String met = String.join("|", Rules.get().list("meetings", "met"));
    // "the 6th meeting for/of (the) NAME": the name runs to "in CITY", "held", a comma or the end
    // ("the fourth session on Thursday, 7 December 2023": a date after "on" is the round's day, not its subject)
    String dateAhead = "(?:\\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|" + Dates.MONTHS + ")";
    ROUND_OF = Lead.compile("(?i:\\b" + ORDINAL + "\\s+" + QUALIFIER + "(?:" + round + ")\\s+(?:of|for|on)\\s+(?:the\\s+)?)"
        + "(?!" + dateAhead + ")(?<name>.+?)(?=\\s+(?:held|took|was|were|in|at|between|which|co-chaired|chaired|created|set|met|convened|opened|followed)\\b"
        + "|\\s+on\\s+(?=\\d|\\p{Lu}\\p{Ll}+day\\b|" + Dates.MONTHS + ")|[,;:.()]|$)");
    // "the 9th session", "Its ninth session": the body is the one the text is about
    ORDINAL_ROUND = Lead.compile("(?i:\\b" + ORDINAL + "\\s+" + QUALIFIER + "(?:" + round + "))(?!\\s+(?:of|for)\\s|\\s+on\\s+(?!" + dateAhead + "))");
    // "the 9th Joint Economic Commission", "the 6th JCC", "the 12th (special) JCC"
    // ("its first High Commissioner": a body's name ends at a word's end)
    ORDINAL_BODY = Lead.compile("(?i:\\b" + ORDINAL + "\\s+" + QUALIFIER + ")(?<name>" + Bodies.NAMED.pattern() + "|[A-Z]{2,8}\\b)(?![\\p{L}-])");
    // "The Joint Commission met in New Delhi in March 2019"
    // "The Joint Working Group on Trade met in Islamabad": a subject may run on past "on" before its verb
    BODY_MET = Lead.compile("(?<name>(?:" + Bodies.NAMED.pattern() + ")(?:\\s+(?:on|for)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+(?:and\\s+)?){0,3}?\\p{Lu}[\\p{L}-]*)?"
        // ("Intergovernmental consultations, the first in seven years, were held in Warsaw": past an aside)
        // (not an aside of when it was set up: "created in 1975, met again after a decade's pause")
        + "|\\b[A-Z]{2,8}\\b)(?:,(?![^,;.()]*\\b(?:created|set\\s+up|established|founded|formed|launched|instituted)\\b)[^,;.()]{1,60},)?\\s+(?:again\\s+|also\\s+|first\\s+)?(?:" + met + ")\\b");
    // "co-chaired its next meeting", "a memorandum was signed at its meeting that year"
    ITS_MEETING = Regex.of("(?i:\\bits\\s+(?:next\\s+|latest\\s+|last\\s+|annual\\s+)?(?:meeting|session))\\b");
    // "..., the second in Islamabad", "and its 13th in Paris"
    // ("whose 45th session met in Tromsø in October 2015 and 50th in 2020": "and" alone before the ordinal)
    // (", its first in twelve years", ", the first since 1991": a count of the years between, not another round)
    ELLIPSIS = Lead.compile("^(?:[,;]\\s*|\\s+)(?:(?:and\\s+)?(?:the|its|whose)\\s+|and\\s+)" + ORDINAL + "\\b"
        // (", the first time the question appeared": an occasion, not a round)
        + "(?!\\s+(?:(?:in|for)\\s+(?:\\w+\\s+)?(?:years|decades|months)|since|ever|of\\s+its\\s+kind|time)\\b)");
  }

  @Override
  public void read(SentenceView s, Reading r) {
    List<String> sec = s.block().section();
    if (!sec.equals(section)) {
      section = sec;
      headingBody = !sec.isEmpty() && bodies.heading(sec.get(sec.size() - 1)) ? bodies.current() : null;
    }
    // a list's caption names its body as a heading would ("Bilateral political consultations" over its rounds)
    String cap = s.caption();
    if (cap != null && !cap.equals(caption)) {
      caption = cap;
      // a short title, not a sentence that introduces the list ("The two ministries hold ...:")
      // ("Sessions of the Bi-National Commission": the body is what the rounds are of)
      captionBody = null;
      if (cap.trim().split("\\s+").length <= 6 && !cap.trim().endsWith(":")) {
        // ("Joint Commission (Ministers of Foreign Affairs)": who sits on it is no part of its name)
        String named = Regex.replaceFirst(cap.trim(), "^(?:[Ss]essions|[Mm]eetings|[Rr]ounds)\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})", "");
        if (bodies.heading(Regex.replaceFirst(named, "\\s*\\([^)]*\\)\\s*$", ""))) captionBody = bodies.current();
      }
      // ("… have met once a year in a Presidential Meeting and Binational Cabinet:": a body the sentence names)
      else bodies.scan(cap);
    }
    bodies.scan(s.text);
    // "Exploratory talks on the Aegean began in March 2002; the 60th round was held in Istanbul": the
    // rounds told next are the talks'
    Matcher talks = TALKS_BEGAN.matcher(s.text);
    if (talks.find() && !Regex.matches(talks.group(1), "(?i)(?:peace|the|these|those|such)\\s+\\w+")) bodies.talks(talks.group(1).toLowerCase(java.util.Locale.ROOT));
    // every round is named by an ordinal, a body that met, or "its meeting"; each pattern is tried
    // only when the words it needs are there, and most sentences have none of them
    boolean ordinal = hasOrdinal(s.lower()) || mayBeRomanRound(s) && ROMAN_ROUND.matcher(s.text).find();
    boolean met = rules.mayMatch("meetings", "met", s.lower());
    boolean its = s.lower().contains("its");
    List<int[]> taken = new ArrayList<>();
    Matcher m;
    // a brief numbers its rounds in Roman numerals: "- IV Binational Cabinet: Lima, 24 October 2018"
    if (s.block().kind() == org.bilateral.read.Block.Kind.BULLET) {
      m = ROMAN_BODY.matcher(s.text);
      if (m.lookingAt()) add(s, r, m, expand(m.group("name").trim()), roman(m.group("roman")), taken);
      // "- Joint Economic Committee: session held in Havana in March 2023": a round of no number
      m = LABEL_SESSION.matcher(s.text);
      if (m.lookingAt() && s.dateFor(m.end()) != null) add(s, r, m, expand(m.group("name").trim()), null, taken);
      // "Rounds of the Special Representatives' talks include:" over "- 22nd, New Delhi, 21 December 2019": the caption
      // names the body, each entry a round by its ordinal alone
      Matcher rounds = s.caption() == null ? null : ROUNDS_CAPTION.matcher(s.caption().trim());
      m = ORDINAL_ENTRY.matcher(s.text);
      if (rounds != null && rounds.matches() && m.lookingAt() && s.dateFor(m.end()) != null) {
        add(s, r, m, Regex.replaceFirst(rounds.group(1).trim(), "^the\\s+", ""), ordinal(m), taken);
      } else if (m.lookingAt() && s.dateFor(m.end()) != null) {
        // a table or list of rounds under a caption or heading that names the body ("Selected Binational
        // Cabinets" over "1st, 1 June 2007, Tumbes, Peru"): each entry a round by its ordinal alone
        Bodies.Body listed = s.caption() != null && captionBody != null ? captionBody : headingBody;
        if (listed != null) add(s, r, m, bodies.listName(listed), ordinal(m), taken);
      }
    }
    // "… an Intergovernmental Mixed Committee, which first met in Zagreb in 2005": its first round
    if (s.lower().contains(", which ") && s.lower().contains("first")) {
      m = FIRST_MET.matcher(s.text);
      while (m.find()) add(s, r, m, expand(m.group("name").trim()), 1, taken);
    }
    // "Foreign and defence ministers first met in the "2+2" format in Tokyo in November 2013"
    if (s.text.contains("2+2") || s.text.contains("2 + 2")) {
      m = MET_AS_TWO_PLUS_TWO.matcher(s.text);
      while (met && m.find()) add(s, r, m, Bodies.TWO_PLUS_TWO_NAME, m.group(1) != null ? Integer.valueOf(1) : null, taken);
      // "The tenth 2+2 was held in Tokyo on 9 December 2022", "The first "2+2" meeting of foreign and defence ministers followed"
      m = ORDINAL_TWO_PLUS_TWO.matcher(s.text);
      while (m.find()) add(s, r, m, Bodies.TWO_PLUS_TWO_NAME, ordinal(m), taken);
    }
    if (!ordinal && !met && !its) return;
    if (ordinal) {
      m = Regex.matcher(ROUND_OF, s.text, s.lower());
      while (m.find()) {
        // "the 30th session of the Parliamentary Assembly of the Council of Europe": an organisation's body, many countries'
        if (namesOrganisation(s, m.start("name"), m.end("name"))) continue;
        add(s, r, m, expand(m.group("name").trim()), ordinal(m), taken);
      }
    }
    m = Regex.matcher(ORDINAL_BODY, s.text, s.lower());
    while (ordinal && m.find()) {
      String name = m.group("name").trim();
      // "the 10th Forum of Interregional Cooperation": a body word alone is named by what follows it
      Matcher tail = BODY_TAIL.matcher(s.text).region(m.end("name"), s.text.length());
      if (!name.contains(" ") && !Regex.matches(name, "[A-Z]{2,8}") && tail.lookingAt()) name = name + tail.group();
      // "travelled to Beijing for the second Belt and Road Forum": an event attended, not a bilateral round
      // (a body the text has introduced before is the pair's own: "led the ministers to Lima for the first Binational Cabinet")
      // (a forum is many countries' even when named before)
      if (Regex.find(s.text.substring(0, m.start()), "\\bfor\\s+the\\s+(?:\\[\\[)?$")
          && (!bodies.knows(Bodies.clean(name)) && bodies.expand(name) == null || name.endsWith("Forum"))) continue;
      // ("President Bhandari attended the second Belt and Road Forum in Beijing": a forum or summit attended, named
      // for neither member, is many countries')
      if (Regex.find(s.text.substring(0, m.start()), "\\battend(?:ed|s|ing)?\\s+the\\s+(?:\\[\\[)?$")
          && Regex.find(name, "(?:Forum|Summit|Conference)$") && !namesMember(s, m.start("name"), m.end("name"))) continue;
      if (Regex.matches(name, "[A-Z]{2,8}") && bodies.expand(name) == null) continue; // an acronym the text never defined
      // "the 53rd Pacific Islands Forum Leaders' Meeting": an organisation's, many countries'
      if (namesOrganisation(s, m.start("name"), m.end("name"))) continue;
      add(s, r, m, expand(name), ordinal(m), taken);
    }
    m = Regex.matcher(ORDINAL_ROUND, s.text, s.lower());
    while (ordinal && m.find()) {
      if (bodies.current() != null) add(s, r, m, bodies.current().name(), ordinal(m), taken);
      // no body named yet: "the first review meeting" still names a kind of round, a bare "first meeting" does not
      else if (Regex.matches(m.group(), "(?i).*\\b(?:review|joint|ministerial|high-level)\\s+\\w+$"))
        add(s, r, m, Regex.replaceFirst(m.group(), "(?i)^\\S+\\s+", ""), ordinal(m), taken);

    }
    // "The inaugural forum was held in Apia in 2014" after "a Joint Ministerial Forum": the last word of the body
    // named before, in small letters, stands for the body
    Bodies.Body named = bodies.current();
    if (ordinal && named != null) {
      m = ORDINAL_BODY_WORD.matcher(s.text);
      while (m.find()) {
        if (named.name().toLowerCase(java.util.Locale.ROOT).endsWith(" " + m.group("word"))) add(s, r, m, Bodies.clean(named.name()), ordinal(m), taken);
      }
    }
    // "30th summit – Valladolid, 21 November 2019" under the pair's summits (and only there: "the 8th
    // Summit of the Americas" is many countries')
    if (ordinal && s.text.contains("ummit")) {
      m = ORDINAL_PAIR_SUMMIT.matcher(s.text);
      // (a compound that names neither member is many countries': "the 9th Ibero-American Summit")
      while (m.find()) if (namesMember(s, m.start("name"), m.end("name"))) add(s, r, m, m.group("name"), ordinal(m), taken);
    }
    Bodies.Body summits = bodies.current();
    if (ordinal && summits != null && summits.name().toLowerCase(java.util.Locale.ROOT).endsWith("summit")) {
      m = ORDINAL_SUMMIT.matcher(s.text);
      while (m.find()) add(s, r, m, summits.name(), ordinal(m), taken);
    }
    m = Regex.matcher(BODY_MET, s.text, s.lower());
    while (met && m.find()) {
      String name = m.group("name").trim();
      if (Regex.matches(name, "[A-Z]{2,8}") && bodies.expand(name) == null) continue;
      if (Regex.split(name, "\\s+").length < 2 && !Regex.matches(name, "[A-Z]{2,8}")) continue;
      if (s.dateFor(m.end()) == null) continue; // "met again after twenty years": no round to date
      // "The Joint Commission met for the fifth time in 2018"
      Matcher time = NTH_TIME.matcher(s.text.substring(m.end()));
      boolean nth = time.lookingAt();
      // "The Joint Cultural Commission, which had held its first session in Paris in 1966, met for the tenth time in
      // Ottawa": a round told in the aside is its own, and does not hide the round the body met for
      String tail = s.text.substring(m.end("name"), m.end());
      List<int[]> inAside = new ArrayList<>();
      if (tail.startsWith(",")) {
        int asideEnd = m.end("name") + tail.lastIndexOf(',');
        for (int[] t : taken) if (t[0] >= m.end("name") && t[1] <= asideEnd) inAside.add(t);
        taken.removeAll(inAside);
      }
      // "The Joint Commission first met in Lahore in 2013": its first round
      // (not an aside's "the first in seven years": "first" right before the verb)
      boolean first = !nth && Regex.find(s.text.substring(m.end("name"), m.end()), "(?i)\\bfirst\\s+\\S+(?:\\s+\\S+)?$");
      add(s, r, m, expand(name), nth ? ordinal(time) : first ? Integer.valueOf(1) : null, taken, nth ? m.end() + time.end() : m.end());
      taken.addAll(inAside);
      // "… met for the fifth time in New Delhi on 8 February 2019, for the sixth time by video on 29
      // September 2020 and for the seventh time in New Delhi on 19 June 2022"
      if (nth) {
        Matcher more = MORE_TIMES.matcher(s.text);
        more.region(m.end() + time.end(), s.text.length());
        while (more.find()) add(s, r, more, expand(name), ordinal(more), taken, more.end());
      }
    }
    m = Regex.matcher(ITS_MEETING, s.text, s.lower());
    while (its && m.find()) {
      if (bodies.current() != null && s.dateFor(m.end()) != null) add(s, r, m, bodies.current().name(), null, taken);
    }
    // "the third joint cabinet meeting in Ghent": a format told in lower case, named again after an ordinal
    Bodies.Body format = bodies.current();
    if (ordinal && format != null && Character.isLowerCase(format.name().charAt(0)) && s.lower().contains(format.name())) {
      m = Regex.matcher(Regex.of("(?i:\\b" + ORDINAL + ")\\s+" + Pattern.quote(format.name()) + "\\b"), s.text, s.lower());
      while (m.find()) add(s, r, m, format.name(), ordinal(m), taken);
    }
    // "The fourth round was held in Berlin ... The fifth took place in New Delhi in November 2019."
    // "...; the second took place in Gabala in 2012, and the eighth was held in Baku": a clause may open so too
    m = Regex.matcher(BARE_ORDINAL, s.text, s.lower());
    while (ordinal && bodies.current() != null && m.find()) {
      if (s.dateFor(m.end()) != null) add(s, r, m, bodies.current().name(), ordinal(m), taken);
    }
  }

  private static final Pattern ASIDE_THEN_VERB = Pattern.compile(
      ",[^,;.]{3,60},\\s+(?:took\\s+place|was\\s+held|were\\s+held|met|convened|followed)\\b"
          // ("…, and the fourth, after a pause during the pandemic, in Oslo in May 2023": the aside, then where)
          + "|,[^,;.]{3,60},(?=\\s+in\\s+\\p{Lu})");
  private static final Pattern THERE = Pattern.compile("^\\s+(?:took\\s+place\\s+|was\\s+held\\s+|met\\s+)?there\\b");
  private static final Pattern HELD_AFTER_ALL = Lead.compileExact(
      "\\b(?:finally|eventually|ultimately)\\s+(?:convened|held|met|took\\s+place|opened)\\b|\\bbut\\s+(?:was\\s+)?(?:held|convened)\\b");
  private static final Pattern AGAIN = Lead.compileExact("\\s+and\\s+again(?=\\s+(?:in|at)\\s+\\p{Lu})");
  // ("6th Annual Consultation, Putrajaya (9 September 2016)": or before its date in parentheses)
  private static final Pattern PLACE_BETWEEN_COMMAS = Pattern.compile("\\s*,\\s*(?=\\p{Lu}[\\p{L} .'’-]{1,40}?(?:,|\\s+\\()\\s*(?:\\d{1,2}\\s+)?"
      + "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?\\d{4})");
  private static final Pattern PLACE_AFTER_PUNCT = Pattern.compile("\\s*(?::|\\(|[–—-])\\s*(?=\\p{Lu})");
  private static final Pattern OTHER_STATEMENT = Lead.compileExact(
      ",\\s+(?:at\\s+which|during\\s+which|where|when|and\\s+(?:it|they|the\\s+two|agreed|decided)\\b)|;"
      // "…, and a ninth round is planned in Jakarta": the next round is told on its own
      + "|,\\s+(?:and|but|while)\\s+(?:a|an|the|its)\\s+(?:next|" + ORDINAL + ")\\b");
  /** "Exploratory talks on the Aegean began in March 2002": talks that go on in numbered rounds. */
  private static final Pattern TALKS_BEGAN = Pattern.compile(
      "^(?:The\\s+)?((?:\\p{Lu}\\p{Ll}+|\\p{Ll}+)\\s+(?:talks|negotiations))\\b[^.;]{0,80}?\\b(?:began|started|opened|were\\s+launched)\\b");
  private static final Pattern ORDINAL_BODY_WORD = Pattern.compile("(?i:\\b" + ORDINAL + "\\s+)" + QUALIFIER
      + "(?<word>forum|commission|committee|council|dialogue|cabinet|retreat)(?![\\p{L}-])(?!\\s+(?:of|for|on)\\s)");
  private static final Pattern ORDINAL_PAIR_SUMMIT = Pattern.compile("(?i:\\b" + ORDINAL + "\\s+)(?<name>" + Bodies.PAIR_SUMMIT + ")\\b");
  private static final Pattern ORDINAL_SUMMIT = Pattern.compile("(?i:\\b" + ORDINAL + ")\\s+summits?\\b(?!\\s+(?:of|in|with)\\b)");
  private static final Pattern MORE_TIMES = Pattern.compile("(?:,\\s*|\\s+and\\s+)for\\s+the\\s+" + ORDINAL + "\\s+time\\b");
  private static final Pattern NTH_TIME = Pattern.compile("\\s+for\\s+the\\s+" + ORDINAL + "\\s+time\\b");

  /** A sentence that opens with an ordinal standing for the body's round, and a verb of meeting. */
  // ("The second, delayed by the pandemic, took place by video link": past an aside)
  private static final Pattern BARE_ORDINAL = Pattern.compile(
      "(?:^|(?<=;\\s{0,3})|(?<=,\\s{0,3}and\\s{1,3})|(?<=,\\s{1,3}))(?:The|the)\\s+" + ORDINAL
          + "(?=(?:,[^,;.]{1,60},)?\\s+(?:was\\s+held|were\\s+held|took\\s+place|met|convened|followed)\\b)");

  /** A cheap check before the Roman-numeral pattern: a numeral stands right before a word for a round. */
  private static boolean mayBeRomanRound(SentenceView s) {
    String lower = s.lower();
    return lower.contains(" session") || lower.contains(" round") || lower.contains(" meeting") || lower.contains(" sitting")
        || lower.contains(" summit") || lower.contains(" plenary");
  }

  private static final Pattern ORDINAL_NUMBER = Lead.compile("\\d(?:st|nd|rd|th)\\b");

  /** Whether a sentence (lower case) has an ordinal in figures or words: every round pattern but two needs one. */
  private static boolean hasOrdinal(String lower) {
    for (String word : ORDINALS.keySet()) if (lower.contains(word)) return true;
    return ORDINAL_NUMBER.matcher(lower).find();
  }

  private void add(SentenceView s, Reading r, Matcher m, String name, Integer ordinal, List<int[]> taken) {
    add(s, r, m, name, ordinal, taken, m.end());
  }

  /** A round named by {@code m}, whose place and date are read from {@code end} on. */
  private void add(SentenceView s, Reading r, Matcher m, String name, Integer ordinal, List<int[]> taken, int end) {
    for (int[] t : taken) if (m.start() < t[1] && t[0] < m.end()) return;
    // "A Trilateral Forum of Spain, the UK and Gibraltar held its first ministerial meeting": more than the pair
    if (MANY_SIDED.matcher(name).find()) return;
    // "its first session after reactivation took place in Warsaw": the round's place and date come after the aside
    Matcher aside = ROUND_ASIDE.matcher(s.text).region(end, s.text.length());
    if (aside.lookingAt()) end = aside.end();
    int[] clause = s.clauseAt(m.start());
    // a list's entry is one statement: "- 3rd session: Harare, planned for late 2023"
    if (s.block().kind() == org.bilateral.read.Block.Kind.BULLET && s.text.length() < 120) clause = new int[] {0, s.text.length()};
    // a plan told of something else later in the sentence ("..., at which a memorandum was expected
    // to be signed", "..., and it was agreed that the fifteenth would take place") is not this round's
    int own = clause[1];
    Matcher next = OTHER_STATEMENT.matcher(s.text);
    if (next.find(m.end()) && next.start() < own) own = next.start();
    // "was postponed by the pandemic and finally convened in Riyadh": held after all
    Matcher not = rules.phrases("meetings", "not_meeting").matcher(s.text.substring(clause[0], own));
    if (not.find()) {
      Matcher held = HELD_AFTER_ALL.matcher(s.text);
      held.region(clause[0] + not.end(), own);
      if (!held.find()) return;
      end = held.end(); // its place and date are the ones told after "finally convened"
    }
    taken.add(new int[] {m.start(), m.end()});
    if (!round(s, r, name, ordinal, end)) return;
    // "met in Islamabad in 2011 and again in Mexico City in 2013": another round, of no number
    Matcher again = AGAIN.matcher(s.text);
    again.region(end, s.clauseAt(end)[1]);
    if (again.find() && s.ownDate(again.end()) != null) round(s, r, name, null, again.end());
    // "..., the second in Islamabad in February 2017 and the third in August 2017"
    int at = afterPlaceAndDate(s, end);
    Matcher e = ELLIPSIS.matcher(s.text.substring(at));
    while (e.find()) {
      int pos = at + e.end();
      // "…; the second took place in The Hague in October 2023": a clause of its own must say when, and not as a plan
      if (e.group().trim().startsWith(";")) {
        int[] c = s.clauseAt(pos);
        if (s.ownDate(pos) == null || rules.foundIn("meetings", "not_meeting", s.text.substring(c[0], c[1]))
            || Regex.find(s.text.substring(pos), "^\\s+(?:round|meeting|session)s?\\s+(?:of|on)\\b")) break;
      } else if (rules.foundIn("meetings", "not_meeting", s.text.substring(pos, Math.max(pos, s.clauseAt(pos)[1])))) {
        break; // "…, and the seventh is expected to take place in Wellington": a round yet to come
      }
      taken.add(new int[] {at, pos});
      // "and the 16th, after a gap of almost six years, took place there on 2 July 2024": past the aside
      Matcher verb = ASIDE_THEN_VERB.matcher(s.text.substring(pos));
      round(s, r, name, ordinal(e), verb.lookingAt() ? pos + verb.end() : pos);
      at = afterPlaceAndDate(s, pos);
      e = ELLIPSIS.matcher(s.text.substring(at));
    }
  }

  /** Records one round; false when it was held in a third country, which this reading cannot place. */
  private boolean round(SentenceView s, Reading r, String name, Integer ordinal, int end) {
    // "the second Review Council meeting in Abuja", "- 37th JBC Meeting: Davao City, 12 November 2019": the word for
    // the round stands between the name and what is told of the round
    Matcher word = ROUND_WORD_AFTER.matcher(s.text.substring(end));
    if (word.lookingAt()) end += word.end();
    PartialDate date = s.dateFor(end);
    // "came to Warsaw on 21 June 2011 for the 11th round, marking twenty years of the 1991 treaty"
    if (date != null && s.isAttributiveAfter(end, date)) date = s.lastDateBefore(end);
    String city = null;
    List<Places.Place> places = Places.listAfter(s.text, end);
    // a list entry: "1st session: Islamabad, March 2002", "2nd session (Mexico City, 2004)"
    Matcher punct = PLACE_AFTER_PUNCT.matcher(s.text.substring(end));
    if (places.isEmpty() && punct.lookingAt()) places = Places.listAt(s.text, end + punct.end());
    // "9th round, Ottawa, 14 June 2018": a list entry's place between commas, before its date
    Matcher comma = PLACE_BETWEEN_COMMAS.matcher(s.text.substring(end));
    if (places.isEmpty() && comma.lookingAt()) places = Places.listAt(s.text, end + comma.end());
    // "the High-Level Cooperation Council (HLCC)": an acronym in parentheses is no place
    if (!places.isEmpty() && Regex.matches(places.get(0).name(), "[A-Z]{2,8}")) places = List.of();
    if (places.isEmpty()) places = cameFor(s, end);
    // "the eighth followed in Moscow in April 2019": past the verb that tells the round
    Matcher verb = ROUND_VERB.matcher(s.text.substring(end));
    if (places.isEmpty() && verb.lookingAt()) places = Places.listAfter(s.text, end + verb.end());
    // "took place there": the place of the round told before it
    if (places.isEmpty() && THERE.matcher(s.text.substring(end)).lookingAt()) {
      for (int i = r.facts.size() - 1; i >= 0 && city == null; i--) {
        if (r.facts.get(i) instanceof Meeting before && before.city() != null) city = before.city();
      }
    }
    // "at Stormont Castle in Belfast": a place the gazetteer does not know, then the city it is in
    if (!places.isEmpty() && places.get(0).country() == null && Places.countryOf(places.get(0).name(), s.pair.a(), s.pair.b()) == null) {
      Matcher within = IN_CITY_AFTER.matcher(s.text.substring(places.get(0).end()));
      if (within.lookingAt()) {
        List<Places.Place> known = Places.listAt(s.text, places.get(0).end() + within.end());
        if (!known.isEmpty() && known.get(0).country() != null) places = known;
      }
    }
    if (!places.isEmpty()) {
      Places.Place p = places.get(0);
      String country = p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
      if (country != null && !s.pair.contains(country)) return false;
      city = p.name();
    }
    // "Hailemariam visited Cairo in January 2018, when he and Sisi co-chaired the fifth session", "Its ninth
    // session, co-chaired by X, was held in Vilnius": the one city the sentence names is where the round met
    if (city == null) city = soleCity(s);
    r.add(new Meeting(name, ordinal, date, city, List.of(s.source())));
    return true;
  }

  /**
   * The one city of the pair a sentence names, or null: none, several, one of a third country too, or a
   * city that names something else ("the Tashkent Declaration", "the Cairo summit").
   */
  private static String soleCity(SentenceView s) {
    // (a sentence of several rounds, or of one held by video, gives its city to none of them)
    if (VIRTUAL.matcher(s.text).find()) return null;
    PartialDate one = null;
    for (DateMention d : s.dates) {
      if (d.date() == null) continue;
      if (one != null && !one.equals(d.date())) return null;
      one = d.date();
    }
    String found = null;
    for (var c : s.cities) {
      if (!s.pair.contains(c.entity().countryIso3())) return null;
      String written = s.text.substring(c.start(), c.end());
      if (NAMING.matcher(s.text).region(c.end(), s.text.length()).lookingAt()) return null;
      if (found != null && !found.equals(written)) return null;
      found = written;
    }
    return found;
  }

  private static final Pattern VIRTUAL = Pattern.compile("(?i)\\b(?:video|virtual(?:ly)?|online|remotely)\\b");
  private static final Pattern NAMING = Pattern.compile("\\s+(?:\\p{Lu}|summit|conference|talks|process|round|meeting|forum|declaration|agreement|accord|treaty|protocol)");

  private static final Pattern CAME_FOR = Lead.compile(
      "\\b(?:to|in|visited)\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})(?:\\s+(?:on|in)\\s+[\\p{L}\\d ]{4,25}?)?\\s+(?:for|to\\s+attend|to\\s+co-chair|to\\s+chair"
          // "made a visit to Nairobi in June 2021 and co-chaired its next meeting", "visited Doha on 8
          // December 2021 during a tour of the Gulf and co-chaired with Tamim the sixth meeting"
          + "|(?:(?:in|during|on)\\s+[^,;.]*?\\s+)?and\\s+(?:co-chaired|chaired|attended|opened))\\s+(?:the\\s+|its\\s+)?[^,;.]*$");
  private static final Pattern ROUND_WORD_AFTER = Pattern.compile(
      "\\s+(?:" + String.join("|", Rules.get().list("meetings", "round")) + ")(?=\\s|[:,;])", Pattern.CASE_INSENSITIVE);

  /** "came to Islamabad for the sixth session of the HLSCC": the round was held where the visitor went. */
  private static List<Places.Place> cameFor(SentenceView s, int end) {
    int from = s.clauseAt(Math.max(0, end - 1))[0];
    Matcher m = CAME_FOR.matcher(s.text.substring(from, end));
    if (!m.find()) return List.of();
    return Places.listAt(s.text, from + m.start(1));
  }

  /** Skips "in Islamabad in February 2017" after a round, to find the next item of a list. */
  private static int afterPlaceAndDate(SentenceView s, int pos) {
    // ("; the second round was held in Tokyo in March 2017, the third …": the word for the round may come first)
    Matcher m = Regex.of("^(?:\\s+(?:round|meeting|session)s?(?=\\s+(?:was|were|held|took|convened|met|in|at|on)\\s))?(?:\\s+(?:was\\s+|were\\s+)?(?:held\\s+|took\\s+place\\s+|convened\\s+|met\\s+)?(?:in|at|on)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+)?[^,;]*?)*(?=,|\\s+and\\s+(?:the|its|whose)\\s|\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)\\b|;|\\.|$)")
        .matcher(s.text.substring(pos));
    return m.find() ? pos + m.end() : pos;
  }

  private String expand(String name) {
    name = Bodies.clean(name);
    if (Regex.matches(name, "[A-Z]{2,8}")) {
      String full = bodies.expand(name);
      if (full != null) return full;
    }
    // "the 22nd Council of Ministers" after "the Franco-German Council of Ministers": a name without its pair adjective
    Bodies.Body longer = bodies.knownAsLonger(name);
    if (longer != null) return Bodies.clean(longer.name());
    // "the 7th Retreat" under "Leaders' Retreat": the body word alone stands for the body named before
    Bodies.Body current = bodies.current();
    if (current != null && !name.contains(" ")
        && current.name().toLowerCase(java.util.Locale.ROOT).endsWith(" " + name.toLowerCase(java.util.Locale.ROOT))) {
      return Bodies.clean(current.name());
    }
    return name;
  }

  private static final Pattern ROUND_VERB = Pattern.compile("\\s+(?:followed|took\\s+place|was\\s+held|met|convened)(?=\\s+in\\s)");
  private static final Pattern IN_CITY_AFTER = Pattern.compile("\\s*(?:,\\s*|\\s+in\\s+)(?=\\p{Lu})");
  private static final Pattern ROUNDS_CAPTION = Pattern.compile(
      "(?i)(?:rounds|sessions|meetings)\\s+of\\s+(.{3,80}?)(?:\\s+(?:include|included|so\\s+far|to\\s+date|held))?\\s*:?");
  private static final Pattern ORDINAL_ENTRY = Pattern.compile("(?i:\\s*(?:[-*•]\\s*)?" + ORDINAL + ")(?=\\s*[,:–—-])");
  private static final Pattern ORDINAL_TWO_PLUS_TWO = Pattern.compile(
      "(?i:\\b" + ORDINAL + ")\\s+[\"“]?2\\s*\\+\\s*2[\"”]?(?:\\s+(?:ministerial\\s+)?(?:meeting|dialogue|talks|consultations|format)(?:\\s+of\\s+(?:the\\s+)?foreign\\s+and\\s+defen[cs]e\\s+ministers)?)?\\b");
  private static final Pattern MET_AS_TWO_PLUS_TWO = Pattern.compile(
      "(?i)\\b(first\\s+)?(?:met|convened)\\s+(?:for\\s+the\\s+first\\s+time\\s+)?(?:in|under)\\s+(?:the|a)\\s+" + Bodies.TWO_PLUS_TWO.pattern());
  private static final Pattern FIRST_MET = Pattern.compile("(?<name>" + Bodies.NAMED.pattern()
      + ")\\s*,\\s*which\\s+(?:first\\s+(?:met|convened)|met\\s+for\\s+the\\s+first\\s+time|held\\s+its\\s+first\\s+(?:meeting|session))(?=\\s+(?:in|at|on)\\s)");
  private static final Pattern LABEL_SESSION = Pattern.compile("\\s*(?<name>" + Bodies.NAMED.pattern()
      + ")\\s*:\\s*(?:an?\\s+|one\\s+)?(?:session|meeting|round)\\s+(?:was\\s+)?(?:held|convened|took\\s+place)(?=\\s+(?:in|at|on)\\s)");
  private static final Pattern ROMAN_BODY = Pattern.compile("(?<roman>[IVX]{1,6})\\s+(?<name>" + Bodies.NAMED.pattern() + ")(?=\\s*[:,(–—-])");

  /** "XIV" → 14; null when the letters are no well-formed numeral ("IIX"). */
  static Integer roman(String numeral) {
    int total = 0, last = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int v = switch (numeral.charAt(i)) { case 'I' -> 1; case 'V' -> 5; case 'X' -> 10; default -> 0; };
      total += v < last ? -v : v;
      last = Math.max(last, v);
    }
    return total > 0 && toRoman(total).equals(numeral) ? total : null;
  }

  private static String toRoman(int n) {
    String[] tens = {"", "X", "XX", "XXX"}, ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return n >= 40 ? "" : tens[n / 10] + ones[n % 10];
  }

  private static final Pattern BODY_TAIL = Pattern.compile(
      "\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,4}");
  // ("the first meeting of Central American presidents": a gathering of a region's leaders, not a body of the two)
  private static final Pattern MANY_SIDED = Pattern.compile("(?i)\\b(?:trilateral|tripartite|quadrilateral|multilateral)\\b"
      + "|^(?:the\\s+)?(?-i:\\p{Lu})[\\p{L} -]*?\\s(?:presidents|leaders|heads\\s+of\\s+(?:state|government)|foreign\\s+ministers|prime\\s+ministers)$");
  private static final Pattern ROUND_ASIDE = Pattern.compile(
      "\\s+(?:after|since|following)\\s+(?:its\\s+|the\\s+)?[\\p{L}-]+(?=\\s+(?:took\\s+place|was\\s+held|were\\s+held|met|convened)\\b)");

  /** Whether the text between the offsets names a member of the pair, by name or adjective ("the Mexico–Pakistan Summit"). */
  private static boolean namesMember(SentenceView s, int start, int end) {
    for (Mention<Country> c : s.countriesIn(start, end)) if (s.pair.contains(c.entity().iso3())) return true;
    return false;
  }

  private static boolean namesOrganisation(SentenceView s, int start, int end) {
    for (var o : s.organisations) if (o.start() < end && o.end() > start) return true;
    return false;
  }

  private static Integer ordinal(Matcher m) {
    if (m.group(1) != null) return Integer.valueOf(m.group(1));
    if (m.group(2) != null) return Integer.valueOf(ORDINALS.get(m.group(2).toLowerCase()));
    if (m.group(3) != null && !m.group(3).isEmpty()) return roman(m.group(3));
    return null;
  }
}
