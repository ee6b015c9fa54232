package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.City;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.MatchKind;
import org.bilateral.gazetteer.Mention;
import org.bilateral.gazetteer.Organisation;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.bilateral.read.Block;
import org.bilateral.read.Document;
import org.bilateral.read.Sentence;

/**
 * One sentence with everything the rules read in it: countries, cities, organisations and dates,
 * all as offsets relative to the sentence, plus the context a sentence alone lacks (the pair, the
 * caption above a list, the date the reader last saw).
 */
final class SentenceView {
  /** Where one statement ends and the next begins inside a sentence. */
  private static final Pattern CLAUSE_BREAK = Lead.compileExact(
      ";|,\\s+(?:however|but|whereas|while|although)\\b,?|\\s+but\\s+|,?\\s+and\\s+(?=in\\s+its\\s+place)|:\\s+(?=\\p{Lu})");

  final Document doc;
  final Sentence sentence;
  final String text;
  final Pair pair;
  final PartialDate anchor;
  final List<Mention<Country>> countries;
  final List<Mention<City>> cities;
  final List<Mention<Organisation>> organisations;
  final List<DateMention> dates;
  final List<int[]> clauses = new ArrayList<>();
  private final ShortForms shortForms;

  /** The sentence's place in the document, counted from 0. */
  final int index;

  SentenceView(Document doc, Sentence sentence, int index, Pair pair, PartialDate anchor) {
    this(doc, sentence, index, pair, anchor, ShortForms.NONE);
  }

  SentenceView(Document doc, Sentence sentence, int index, Pair pair, PartialDate anchor, ShortForms shortForms) {
    this.doc = doc;
    this.index = index;
    this.sentence = sentence;
    this.text = sentence.text(doc.plain());
    this.pair = pair;
    this.anchor = anchor;
    this.shortForms = shortForms;
    Gazetteer g = Gazetteer.get();
    Gazetteer.Mentions found = g.findAll(text);
    this.countries = withShortForms(pairReadings(found.countries(), pair), shortForms.in(text));
    this.cities = found.cities();
    this.organisations = found.organisations();
    this.dates = Dates.find(text, 0, anchor);
    Matcher m = CLAUSE_BREAK.matcher(text);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) clauses.add(new int[] {from, m.start()});
      from = m.end();
    }
    clauses.add(new int[] {from, text.length()});
  }

  /**
   * The country a name in this sentence or its caption stands for: the document's own short form of a member
   * first ("Uganda in URT:", "Main exports UG to URT:"), then the gazetteer.
   */
  java.util.Optional<Country> country(String name) {
    Country own = shortForms.get(name.trim());
    if (own != null) return java.util.Optional.of(own);
    java.util.Optional<Country> found = Gazetteer.get().country(name);
    // "Congo's main exports to Belgium" in an article on the Democratic Republic: the member, as for a mention
    // ("Korea", which the gazetteer gives to neither state, is a short form of the pair's one Korea: ShortForms)
    if (pair == null || found.isEmpty() || pair.contains(found.get().iso3())) return found;
    String twin = SHARED_NAME.get(found.get().iso3());
    return twin != null && pair.contains(twin) && SHARED_SURFACE.matcher(name.trim()).matches() ? Gazetteer.get().country(twin) : found;
  }

  /**
   * The member a short form the document never defines stands for, facing a name of the other member ("RI to
   * Malaysia", "Main RI imports from Malaysia" in Indonesia's brief): two to four capitals, and no organisation's
   * acronym; null otherwise.
   */
  String unsaidOther(String shortForm, String facing) {
    if (facing == null || !pair.contains(facing) || !Regex.matches(shortForm.trim(), "\\p{Lu}{2,4}")
        || Gazetteer.get().organisation(shortForm.trim()).isPresent()) return null;
    return pair.other(facing);
  }

  /** The document's short forms, as a key for what is remembered of a caption across documents. */
  String shortFormsKey() { return shortForms.key(); }

  /** Names two states share, by the code the gazetteer gives them, and the other state's code. */
  private static final java.util.Map<String, String> SHARED_NAME = java.util.Map.of("COG", "COD", "COD", "COG", "KOR", "PRK", "PRK", "KOR");
  private static final Pattern SHARED_SURFACE = Pattern.compile("(?i)(?:the\\s+)?(?:Congo(?:lese)?|Korean?)");

  /** The gazetteer's mentions and the document's short forms of the members, in the order of the text. */
  private static List<Mention<Country>> withShortForms(List<Mention<Country>> found, List<Mention<Country>> shortForms) {
    if (shortForms.isEmpty()) return found;
    List<Mention<Country>> out = new ArrayList<>(found);
    for (Mention<Country> m : shortForms) {
      if (found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) out.add(m);
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** "the Congo" in an article on the Democratic Republic of the Congo is that member, not its neighbour. */
  private static List<Mention<Country>> pairReadings(List<Mention<Country>> found, Pair pair) {
    if (pair == null) return found;
    List<Mention<Country>> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention<Country> c = found.get(i);
      String other = SHARED_NAME.get(c.entity().iso3());
      if (other == null || pair.contains(c.entity().iso3()) || !pair.contains(other) || !SHARED_SURFACE.matcher(c.surface()).matches()) continue;
      var member = Gazetteer.get().country(other);
      if (member.isEmpty()) continue;
      if (out == null) out = new ArrayList<>(found);
      out.set(i, new Mention<>(c.start(), c.end(), c.surface(), member.get(), c.kind(), c.note()));
    }
    return out == null ? found : out;
  }

  Block block() { return sentence.block(); }

  /** Whether this sentence follows another in the same list item or table row: it does not open the entry. */
  boolean continuesItem() {
    return sentence.block().kind() == Block.Kind.BULLET && sentence.start() > sentence.block().contentStart();
  }

  private String lower;

  /** The sentence in lower case, for the keyword checks that spare a reader its patterns. */
  String lower() {
    if (lower == null) lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower;
  }

  private String caption;

  /**
   * The caption above this sentence's list, without a brief's number or letter before it ("A. Philippine visits
   * to Indonesia", "4.2 Kenya to Ethiopia", "III. Missions"): what the caption says starts after it.
   */
  String caption() {
    if (caption == null && sentence.block().caption() != null) caption = unnumbered(sentence.block().caption());
    return caption;
  }

  /** A line without the number, letter or Roman numeral a brief puts before its headings and captions. */
  static String unnumbered(String line) {
    Matcher m = NUMBERING.matcher(line);
    return m.lookingAt() ? line.substring(m.end()) : line;
  }

  private static final Pattern NUMBERING = Pattern.compile(
      "\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[A-Z]\\.|[a-z][.)]|\\([a-zA-Z\\d]{1,4}\\)|[IVX]{1,5}\\.)\\s+(?=\\p{Lu})");

  private List<Document.Link> links;

  /** The document's links within this sentence, found once: a destination is looked up many times per sentence. */
  private List<Document.Link> links() {
    if (links == null) {
      links = new ArrayList<>();
      for (Document.Link l : doc.links()) if (l.end() > sentence.start() && l.start() < sentence.end()) links.add(l);
    }
    return links;
  }

  /**
   * The member a wikitext link around {@code pos} places its words in, or null: "[[Queenstown, New
   * Zealand|Queenstown]]" is New Zealand's whatever other Queenstown the gazetteer knows.
   */
  String linkedMemberAt(int pos) {
    if (doc.links().isEmpty()) return null;
    int at = sentence.start() + pos;
    for (Document.Link l : links()) {
      if (l.start() > at || at >= l.end()) continue;
      int comma = l.target().lastIndexOf(',');
      if (comma < 0) return null;
      String state = l.target().substring(comma + 1).trim();
      return Gazetteer.get().country(state).map(Country::iso3).filter(pair::contains).orElse(null);
    }
    return null;
  }

  boolean hasLinks() { return !doc.links().isEmpty(); }

  /** Whether the document links these exact words somewhere: a wikitext link marks a name's bounds. */
  boolean linkedAnywhere(String words) {
    for (Document.Link l : doc.links()) {
      if (l.end() - l.start() == words.length() && doc.plain().startsWith(words, l.start())) return true;
    }
    return false;
  }

  /** The span of a wikitext link that ends at {@code end} and starts after {@code from} (sentence positions), or null. */
  int[] linkEndingAt(int from, int end) {
    if (doc.links().isEmpty()) return null;
    for (Document.Link l : links()) {
      int a = l.start() - sentence.start(), b = l.end() - sentence.start();
      if (a > from && b == end) return new int[] {a, b};
    }
    return null;
  }

  Source source() {
    int[] span = doc.originalSpan(sentence.start(), sentence.end());
    int start = span[0], end = span[1];
    // a citation right after the sentence's full stop still belongs to it
    String cited = doc.citationIn(sentence.start(), Math.min(doc.plain().length(), sentence.end() + 1));
    return new Source(doc.name(), start, end, doc.text().substring(start, end), cited);
  }

  /** The clause around a position, as [start, end). */
  int[] clauseAt(int pos) {
    for (int[] c : clauses) if (pos >= c[0] && pos < c[1]) return c;
    return new int[] {0, text.length()};
  }

  /** Where a statement's own words end: the next clause-like break after a position. */
  private static final Pattern MINOR_BREAK = Lead.compileExact(
      ",\\s+(?:and|but|while|whereas|where|which|who|after|before|when|during|as|with|the|a|an|its|his|her|their)\\b|;"
          // "…, from which Argentina withdrew in March 2007": a relative clause's date is its own
          + "|,\\s+(?:from|under|by|of|in|after|with|through)\\s+which\\b"
          // "made an official visit to Spain, signing a treaty on 8 April": a participle tells another act
          + "|,\\s+(?!(?:including|according|following|beginning|starting|ending|doing|being|having|becoming|making|marking|arriving)\\b)\\p{Ll}+ing\\b");

  /**
   * The date that holds for a statement at {@code pos}: a date right after it in its own words
   * ("visited China in November 1970"), else the nearest date before it in its clause ("In
   * October 1956 Prime Minister X made a visit"), else the last date of an earlier clause. An
   * undated mention ("in the 1960s") found this way means no date.
   */
  PartialDate dateFor(int pos) {
    List<PartialDate> all = datesFor(pos);
    return all.isEmpty() ? null : all.get(0);
  }

  /** "a legation in Kristiania (renamed Oslo in 1925)": a date in an aside about a place's name dates the name. */
  private boolean aboutAName(DateMention d) {
    int open = text.lastIndexOf('(', d.start());
    if (open < 0 || text.indexOf(')', open) < d.start()) return false;
    return NAME_ASIDE.matcher(text).region(open, d.start()).lookingAt();
  }

  private static final Pattern NAME_ASIDE = Pattern.compile(
      "\\(\\s*(?:renamed|now|formerly|later|known\\s+as|then\\s+called|called|capital\\s+(?:until|since|from))\\b", Pattern.CASE_INSENSITIVE);

  /** Every date of a statement's own words ("visits to India in February 1981 and 1983"), else as {@link #dateFor}. */
  List<PartialDate> datesFor(int pos) {
    int[] c = clauseAt(pos);
    Matcher br = MINOR_BREAK.matcher(text);
    int stop = br.find(pos) ? Math.min(br.start(), c[1]) : c[1];
    List<PartialDate> own = new ArrayList<>();
    List<PartialDate> relative = new ArrayList<>();
    DateMention firstOwn = null, firstRelative = null;
    for (DateMention d : dates) {
      // "a partnership ... by 2030": a deadline, not the date of the statement
      if (d.start() >= pos && d.end() <= stop && d.date() != null && !deadline(d) && !aboutAName(d)) {
        (d.relative() ? relative : own).add(d.date());
        if (d.relative() && firstRelative == null) firstRelative = d;
        if (!d.relative() && firstOwn == null) firstOwn = d;
      }
    }
    // "were broken off that year and restored by the treaty signed on 7 June 1842": the count told
    // first dates the statement when another act stands between it and the date told outright
    if (firstRelative != null && firstOwn != null && firstRelative.end() <= firstOwn.start()
        && ANOTHER_ACT.matcher(text.substring(firstRelative.end(), firstOwn.start())).find()) return relative;
    // "three days later, on 18 August 1947": the date stated outright wins over the count
    if (!own.isEmpty()) return own;
    if (!relative.isEmpty()) return relative;
    PartialDate one = dateBefore(pos);
    return one == null ? List.of() : List.of(one);
  }

  /**
   * Whether {@code date}, as first stated after {@code pos}, is a date of reference ("the first
   * visit since 1981", "until 1990") rather than the time of the statement.
   */
  /**
   * Whether {@code date} is told after {@code pos} only as the year of another thing ("to sign the
   * Act of Execution of the 1929 treaty"): a year that names a treaty or a war does not date a trip.
   */
  boolean isAttributiveAfter(int pos, PartialDate date) {
    DateMention d = firstStated(pos, date);
    return d != null && ATTRIBUTIVE_BEFORE.matcher(text.substring(Math.max(0, d.start() - 5), d.start())).find()
        && ATTRIBUTIVE_AFTER.matcher(text.substring(d.end())).lookingAt();
  }

  /** The first mention of {@code date} at or after {@code pos}, or null: the words before and after it say what it dates. */
  private DateMention firstStated(int pos, PartialDate date) {
    for (DateMention d : dates) if (d.start() >= pos && date.equals(d.date())) return d;
    return null;
  }

  static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s+$", Pattern.CASE_INSENSITIVE);
  static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile(
      "\\s+(?:\\p{Ll}+\\s+)?(?:treaty|agreement|accord|convention|protocol|war|revolution|crisis|coup|constitution|declaration|earthquake|floods?|tsunami|elections?|referendum|settlement|award|ruling|judgment|verdict)\\b"
          // "the 1990 Trade and Investment Council": a year before a capitalised name is the name's
          + "|\\s+(?-i:\\p{Lu}\\p{Ll}+)\\s+(?:and\\s+)?(?-i:\\p{Lu})",
      Pattern.CASE_INSENSITIVE);

  /** "visited Rome on 18 November 2023 and 9 April 2024": the first dates after {@code pos} are a list of dates. */
  boolean datesJoinedAfter(int pos) {
    int stop = clauseAt(pos)[1];
    DateMention first = null;
    for (DateMention d : dates) {
      if (d.start() < pos || d.end() > stop || d.date() == null) continue;
      if (first == null) {
        first = d;
        continue;
      }
      return DATE_JOIN.matcher(text.substring(first.end(), d.start())).matches();
    }
    return false;
  }

  private static final Pattern DATE_JOIN = Pattern.compile("\\s*(?:,\\s*and|,|and)\\s*(?:(?:in|on)\\s+)?");

  /** "On 22 April 2000, …": the date that opens the sentence, if one does. */
  PartialDate openingDate() {
    for (DateMention d : dates) {
      if (d.date() != null && OPENING.matcher(text.substring(0, d.start())).matches()
          && text.substring(d.end()).startsWith(",")) return d.date();
    }
    return null;
  }

  private static final Pattern OPENING = Pattern.compile("\\s*(?:(?:On|In|By|Early\\s+in|Late\\s+in)\\s+)?");

  /** The last date told before {@code pos} in the sentence, if any. */
  /** The date of the mention that starts at {@code pos}, or null. */
  PartialDate dateAt(int pos) {
    for (DateMention d : dates) if (d.start() == pos && d.date() != null) return d.date();
    return null;
  }

  PartialDate lastDateBefore(int pos) {
    PartialDate out = null;
    for (DateMention d : dates) if (d.end() <= pos && d.date() != null) out = d.date();
    return out;
  }

  /** "in force since 1 May 1997", "which entered into force on …", "effective from …": the day a text took effect. */
  private static final Pattern IN_FORCE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:in|into)\\s+force|\\beffective|\\btook\\s+effect)\\s+(?:since|from|on|in|as\\s+of)\\s+$");

  /** Whether {@code date}, as first stated after {@code pos}, is the day something came into force, not the day it was made. */
  boolean isInForceAfter(int pos, PartialDate date) {
    DateMention d = firstStated(pos, date);
    return d != null && inForce(d);
  }

  boolean inForce(DateMention d) {
    return IN_FORCE_BEFORE.matcher(text.substring(Math.max(0, d.start() - 30), d.start())).find();
  }

  boolean isReferenceAfter(int pos, PartialDate date) {
    DateMention d = firstStated(pos, date);
    return d != null && REFERENCE.matcher(text.substring(Math.max(0, d.start() - 12), d.start())).find();
  }

  /**
   * Whether {@code date} is stated in this sentence only as the first day of a stay ("from 14 to 19
   * January 2018", "on 4–6 May"): what was done during the stay happened on one of its days, not
   * necessarily the first.
   */
  boolean isFirstDayOfStay(PartialDate date) {
    if (date == null || date.day() == 0) return false;
    boolean stay = false;
    for (DateMention d : dates) {
      if (!date.equals(d.date())) continue;
      if (!d.range()) return false;
      stay = true;
    }
    return stay;
  }

  /** The first date stated after {@code pos}, whatever stands before it. */
  PartialDate firstDateAfter(int pos) {
    for (DateMention d : dates) if (d.start() >= pos && d.date() != null) return d.date();
    return null;
  }

  /** A date in a statement's own words after {@code pos}, and nothing borrowed from around it. */
  PartialDate ownDate(int pos) {
    int[] c = clauseAt(pos);
    Matcher br = MINOR_BREAK.matcher(text);
    int stop = br.find(pos) ? Math.min(br.start(), c[1]) : c[1];
    for (DateMention d : dates) if (d.start() >= pos && d.end() <= stop && !aboutAName(d)) return d.date();
    return null;
  }

  private PartialDate dateBefore(int pos) {
    int[] c = clauseAt(pos);
    Matcher br = MINOR_BREAK.matcher(text);
    int stop = br.find(pos) ? Math.min(br.start(), c[1]) : c[1];
    for (DateMention d : dates) {
      if (d.start() >= pos && d.end() <= stop && !deadline(d) && !aboutAName(d)) return d.date();
    }
    // "An agreement was signed on 16 May 1946, and the legations were raised to embassies after the war": an act
    // timed by another event after it has no date told, not that of the words before
    if (eventWord() && EVENT_TIMED.matcher(text).region(pos, stop).find()) return null;
    // "visited Lahore on 13 March 2015, the first visit since 1987, and travelled on to Quetta": a date
    // of reference dates nothing after it
    DateMention before = null;
    for (DateMention d : dates) if (d.start() >= c[0] && d.end() <= pos && !isReference(d)) before = d;
    if (before != null) return before.date();
    DateMention earlier = null;
    for (DateMention d : dates) if (d.end() <= c[0] && !isReference(d)) earlier = d;
    return earlier == null ? null : earlier.date();
  }

  private Boolean eventWord;

  /** Whether the sentence names an event that may time an act (most do not: the pattern is tried only then). */
  private boolean eventWord() {
    if (eventWord == null) {
      String l = lower();
      eventWord = l.contains("war") || l.contains("revolution") || l.contains("coup") || l.contains("conflict")
          || l.contains("occupation") || l.contains("liberation") || l.contains("unification") || l.contains("partition");
    }
    return eventWord;
  }

  private static final Pattern EVENT_TIMED = Pattern.compile(
      "(?i)\\b(?:after|before|during|following|at\\s+the\\s+end\\s+of)\\s+the\\s+(?:\\w+\\s+)?(?:war|revolution|coup|conflict|occupation|liberation|reunification|partition|unification)\\b");

  /** The last date stated in the sentence, which later sentences count from. */
  PartialDate lastDate() {
    for (int i = dates.size() - 1; i >= 0; i--) {
      DateMention d = dates.get(i);
      // "the first visit since 1997": a date of reference, not the time the story has reached
      // ("the Strategic Cooperation Programme 2018–2022": years in a name neither)
      if (d.date() != null && !REFERENCE.matcher(text.substring(Math.max(0, d.start() - 12), d.start())).find()
          && !(d.date().month() == 0 && YEARS_OF_A_NAME.matcher(text.substring(Math.max(0, d.start() - 30), d.start())).find())) return d.date();
    }
    return null;
  }

  private static final Pattern YEARS_OF_A_NAME = Pattern.compile(
      "\\b(?!(?:In|On|By|Since|From|Until|Till|During|After|Before|Of|And|The|To|For|At|Between|Through|Around|About|Circa|Early|Late|Mid|Spring|Summer|Autumn|Winter|Fall)\\s)\\p{Lu}\\p{Ll}+\\s+$");

  /** "a partnership ... by 2030": a deadline, not the date of the statement. */
  private boolean deadline(DateMention d) {
    return DEADLINE.matcher(text.substring(Math.max(0, d.start() - 8), d.start())).find();
  }

  private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:by|until|till|through)\\s+$");
  private boolean isReference(DateMention d) {
    // "remained a colony until 1898, when it became independent": the date the clause after it tells of
    if (REFERENCE.matcher(text.substring(Math.max(0, d.start() - 12), d.start())).find()
        && !WHEN_AFTER.matcher(text).region(d.end(), text.length()).lookingAt()) return true;
    // "a Supplementary Treaty to the 1985 Treaty was signed": a year that names a treaty or a war
    return ATTRIBUTIVE_BEFORE.matcher(text.substring(Math.max(0, d.start() - 5), d.start())).find()
        && ATTRIBUTIVE_AFTER.matcher(text.substring(d.end())).lookingAt();
  }

  private static final Pattern WHEN_AFTER = Pattern.compile(",?\\s*(?:when|at\\s+which\\s+(?:time|point))\\b");

  private static final Pattern ANOTHER_ACT = Pattern.compile("\\s(?:and|but|then)\\s+(?:\\w+\\s+){0,2}\\p{L}+ed\\b");

  static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:since|until|till|before|prior\\s+to|as\\s+of)\\s+(?:the\\s+)?$");

  /** The country a mention stands for here: a territory of a member ("the Falklands") is that member's. */
  String memberOf(Mention<Country> c) {
    String iso3 = c.entity().iso3();
    if (pair.contains(iso3)) return iso3;
    return Gazetteer.get().sovereign(iso3).filter(pair::contains).orElse(iso3);
  }

  List<Mention<Country>> countriesIn(int from, int to) {
    return countries.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
  }

  /** True when the sentence names both members of the pair, or "both"/"the two" countries. */
  boolean namesBoth() {
    boolean a = countries.stream().anyMatch(m -> m.entity().iso3().equals(pair.a()));
    boolean b = countries.stream().anyMatch(m -> m.entity().iso3().equals(pair.b()));
    return (a && b) || BOTH.matcher(text).find();
  }

  /** True when the sentence names a country outside the pair. */
  boolean namesThirdCountry() {
    return countries.stream().anyMatch(m -> !pair.contains(m.entity().iso3()));
  }

  static final Pattern BOTH = Lead.compileExact(
      "\\b(?:both|the\\s+two)\\s+(?:countries|nations|states|governments|sides|kingdoms|republics|monarchies|neighbours|neighbors)\\b|\\bboth\\s+(?:are|were|have|had)\\b|\\beach\\s+other\\b",
      Pattern.CASE_INSENSITIVE);

  /** True when the mention is a demonym or adjective ("Mexican") rather than a name. */
  static boolean isAdjective(Mention<Country> m) { return m.kind() == MatchKind.DEMONYM; }

  /** Text before {@code pos} within its clause. */
  String before(int pos) { return text.substring(clauseAt(pos)[0], pos); }
}
