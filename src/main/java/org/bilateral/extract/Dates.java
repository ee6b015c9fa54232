package org.bilateral.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.PartialDate;

/**
 * Finds dates in English prose, keeping the precision the text gives. Relative phrases ("the
 * following year", "three months later", "in its place" is handled by the mission rules) are
 * resolved against an anchor: the last date the reader saw before the sentence.
 *
 * <p>The patterns below are tried longest first; a span taken by a longer pattern is not read
 * again by a shorter one, so "19 January 1955" is never also read as "January 1955" or "1955".
 */
public final class Dates {
  // the lookahead lets the engine reject most positions at once: a month starts with one of these letters
  static final String MONTHS =
      "(?=[JFMASOND])(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
  private static final String YEAR = "(1[0-9]\\d\\d|20\\d\\d)";
  private static final String NOT_NUMBER_BEFORE = "(?<![\\d$€£¥.,])";
  private static final String NOT_NUMBER_AFTER = "(?![\\d,]\\d|\\.\\d|s\\b|'s\\b|\\s*(?:million|billion|bn|m\\b|per|%))";

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+" + YEAR + "\\b");
  /**
   * A date that closes a list entry after a comma or a dash: "President Omar Qadir – 2005",
   * "Prime Minister Imran Aziz, March 2012", "Sisi, President, 2015, 2016", "…, 12–14 October 2011";
   * group 1 is the date.
   */
  static final Pattern CLOSING = Pattern.compile(
      // ("Agreement on Free Trade — 09.01.1995": a brief's day, month and year in figures)
      "(?:,|\\s+[–—-])\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|(?:\\d{1,2}(?:\\s*[–—-]\\s*\\d{1,2})?\\s+)?(?:" + MONTHS + "\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}(?:\\s*(?:,|and|,\\s*and)\\s*(?:(?:\\d{1,2}\\s+)?(?:" + MONTHS + ")\\s+)?\\d{4})*)\\s*\\.?$");

  /** "4 to 6 May 2015", "4–6 May 2015", "30 April to 2 May 2015", "May 4–6, 2015": a stay dates from its first day. */
  private static final String RANGE_JOIN = "\\s*(?:–|—|-|to|until|and)\\s*";
  private static final Pattern DAY_RANGE = Pattern.compile(
      // not inside a year: "18 November 2023 and 9 April 2024" is two dates, not "23 and 9 April"
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+" + MONTHS + ")?" + RANGE_JOIN + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_RANGE_NO_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?" + RANGE_JOIN + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\b(?!,?\\s*\\d)");
  private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
      MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + RANGE_JOIN + "(?:" + MONTHS + "\\s+)?(\\d{1,2})(?:st|nd|rd|th)?,\\s*" + YEAR + "\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      WEEKDAY + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*" + YEAR + "\\b");
  /** "15.11.2017", a brief's day-first numeric date. */
  // ("13–14.06.2023": a range of days in figures is dated by its first)
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:\\s?[–-]\\s?\\d{1,2})?\\.(\\d{1,2})\\.(1[89]\\d\\d|20\\d\\d)(?![\\d]|\\.\\d)");
  /** "06/2019" in a brief's list: a month written in figures, padded to two, before the year (not "No. 12/2019"). */
  private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<![\\d/.,])(?<![Nn]o\\.\\s)(?<![Nn]o\\.)(0[1-9]|1[0-2])/(1[89]\\d\\d|20\\d\\d)(?![\\d/])");
  /**
   * "24/9/2023": a day, a month and a year with slashes. The order is told by a figure above 12 ("24/9" is day first,
   * "9/24" month first); with both figures at 12 or below the order is unknown, and only the year is sure.
   */
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.,])(?<![Nn]o\\.\\s)(?<![Nn]o\\.)(\\d{1,2})/(\\d{1,2})/(1[89]\\d\\d|20\\d\\d)(?![\\d/])");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
  /** "between 1952 and 1955", "from 1990 to 1995": a range gives no date. */
  private static final Pattern UNDATED_RANGE = Pattern.compile(
      "\\b(?:between|from)\\s+(?:" + MONTHS + "\\s+)?" + YEAR + "\\s+(?:and|to|until)\\s+(?:" + MONTHS + "\\s+)?" + YEAR + "\\b");
  /** "1967–1970", "2018-19": a range of years dates an event by its first year. */
  private static final Pattern YEAR_RANGE = Pattern.compile(
      NOT_NUMBER_BEFORE + "\\b" + YEAR + "\\s*[–—-]\\s*(\\d{2,4})\\b");
  private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?(?:early\\s+|mid-?\\s*|late\\s+)?(1\\d\\d0|20\\d0)'?s\\b");
  private static final Pattern CENTURY = Pattern.compile("\\b(\\w+)\\s+century\\b");
  private static final Pattern BARE_YEAR = Pattern.compile(NOT_NUMBER_BEFORE + "\\b" + YEAR + "\\b" + NOT_NUMBER_AFTER);
  private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY + "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
  /** A month with no year ("in November", "that December", "In April" opening a sentence) takes the anchor's year. */
  // ("of the January Uprising", "during the October Revolution": after "the", a month before a capitalised word names an event)
  private static final Pattern MONTH_ALONE = Pattern.compile(
      "\\b(?:[Ii]n|[Tt]hat|of|by|[Dd]uring|[Uu]ntil|[Ss]ince|[Ll]ate|[Ee]arly|[Mm]id-?)\\s+(?:the\\s+(?!" + MONTHS.replace("(January", "(?:January")
          + "\\s+\\p{Lu}))?(?:month\\s+of\\s+)?" + MONTHS + "\\b(?!\\s+\\d)");

  /** "the following January", "the next May": the first such month after the anchor's. */
  private static final Pattern FOLLOWING_MONTH = Pattern.compile(
      "\\b(?:[Tt]he\\s+)?(?:[Ff]ollowing|[Nn]ext)\\s+" + MONTHS + "\\b(?!\\s+\\d)");

  /** "on May 23 of the following year", "in May of that year". */
  private static final Pattern IN_RELATIVE_YEAR = Pattern.compile(
      "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "|" + MONTHS + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)\\s+of\\s+(?:the\\s+)?(following|next|that|the\\s+same)\\s+year\\b");
  private static final Pattern SAME_YEAR = Pattern.compile(
      "\\b(?:that|the)\\s+same\\s+year\\b|\\b(?:later|earlier)\\s+(?:in\\s+)?that\\s+year\\b|\\b(?:in|during|of)\\s+that\\s+year\\b|\\bthe\\s+same\\s+year\\b|\\bthat\\s+year\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEASON = Pattern.compile(
      "\\b(?:the\\s+)?(following|next|that|the\\s+same)\\s+(?:spring|summer|autumn|winter)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SAME_MONTH = Pattern.compile(
      "\\b(?:that|the)\\s+same\\s+month\\b|\\b(?:later|earlier)\\s+(?:in\\s+)?that\\s+month\\b|\\bthat\\s+month\\b", Pattern.CASE_INSENSITIVE);
  /** "was signed the same day", "on that day": the day of the date told before, when it has one. */
  /** "on the 30th of that month", "and on the 17th he … signed": a day of the month told just before. */
  private static final Pattern ON_THE_DAY = Pattern.compile(
      "\\b[Oo]n\\s+the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?:\\s+of\\s+(?:that|the\\s+same|this)\\s+month\\b)?"
          + "(?!\\s+(?:of\\b|century|anniversary|session|round|meeting|summit|floor|day|time|birthday|congress|plenum|parallel|amendment|minute|hour|\\p{Lu}))");
  private static final Pattern SAME_DAY = Pattern.compile(
      "\\b(?:on\\s+)?(?:that|the)\\s+same\\s+day\\b|\\b(?:on|later)\\s+that\\s+day\\b"
          // "recognised the new state that day", "That day, …" (not "that day's", "that day of", "the speeches of that day")
          + "|(?<!\\bof\\s)\\bthat\\s+day\\b(?!['’]|\\s+of\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT = Pattern.compile(
      "\\b(?:the\\s+)?(following|next|subsequent)\\s+(year|month|day)\\b|\\ba\\s+(year|month|day)\\s+later\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LATER = Pattern.compile(
      "\\b(?:((?:twenty|thirty|forty|fifty)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|\\w+|\\d+)\\s+)?(days?|weeks?|months?|years?)\\s+(later|after(?:wards)?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** What a reader returns for words that are no mention of a date at all, not even one of unknown date. */
  private static final PartialDate NO_DATE = PartialDate.ofYear(1);

  /** What follows "after" when it names an event ("a week after the uprising"), not "a week after, he …". */
  private static final Pattern EVENT_AFTER = Pattern.compile("\\s+(?!(?:and|but|he|she|they|it|when|in|on)\\b)[\\p{L}\\d]");

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("several", -1), Map.entry("few", -1), Map.entry("some", -1));

  /** A count in words: "seven", "twenty-seven", "thirty two"; null when it is none. */
  private static Integer number(String words) {
    Integer n = NUMBERS.get(words);
    if (n != null) return n;
    String[] parts = words.split("[-\\s]");
    if (parts.length != 2) return null;
    Integer tens = NUMBERS.get(parts[0]), ones = NUMBERS.get(parts[1]);
    return tens == null || ones == null || tens < 20 || ones < 1 || ones > 9 ? null : tens + ones;
  }

  private Dates() {}

  /** Every date in {@code text}, which starts at {@code offset} in its document, in text order. */
  public static List<DateMention> find(String text, int offset, PartialDate anchor) {
    List<DateMention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    // Most sentences hold no date, and a regular expression over every word is the costliest part of
    // reading: each pattern runs only when the words it needs are in the text.
    String lower = text.toLowerCase(Locale.ROOT);
    Starts starts = new Starts(text);
    boolean digit = starts.digit, month = starts.monthWord;
    if (digit && month) {
      // the first day of a range; the month is the first one given, else the one after the range
      scan(text, starts, DAY_RANGE, taken, m -> date(year(m.group(5)), month(m.group(2) != null ? m.group(2) : m.group(4)),
          Integer.parseInt(m.group(1))), offset, out, false);
      scan(text, starts, MONTH_DAY_RANGE, taken, m -> date(year(m.group(5)), month(m.group(1)), Integer.parseInt(m.group(2))),
          offset, out, false);
      scan(text, starts, DAY_MONTH_YEAR, taken, m -> date(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), offset, out, false);
      scan(text, starts, MONTH_DAY_YEAR, taken, m -> date(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), offset, out, false);
    }
    if (digit) {
      scan(text, starts, NUMERIC, taken, m -> {
        int d = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2));
        return d >= 1 && d <= 31 && mo >= 1 && mo <= 12 ? date(year(m.group(3)), mo, d) : null;
      }, offset, out, false);
      scan(text, starts, SLASHED, taken, Dates::slashed, offset, out, false);
      scan(text, starts, NUMERIC_MONTH, taken, m -> PartialDate.ofMonth(year(m.group(2)), Integer.parseInt(m.group(1))), offset, out, false);
      scan(text, starts, UNDATED_RANGE, taken, m -> null, offset, out, false);
      if (month) scan(text, starts, MONTH_YEAR, taken, m -> PartialDate.ofMonth(year(m.group(2)), month(m.group(1))), offset, out, false);
      scan(text, starts, YEAR_RANGE, taken, m -> plausibleRange(m) ? PartialDate.ofYear(year(m.group(1))) : null, offset, out, false);
    }
    // decades and centuries are taken so that "the 1990s" is not read as the year 1990
    if (digit) scan(text, starts, DECADE, taken, m -> null, offset, out, false);
    if (lower.contains("centur")) scan(text, starts, CENTURY, taken, m -> null, offset, out, false);
    if (digit) scan(text, starts, BARE_YEAR, taken, m -> PartialDate.ofYear(year(m.group(1))), offset, out, false);
    boolean year = lower.contains("year"), monthWord = lower.contains("month"), day = lower.contains("day");
    boolean later = lower.contains("later") || lower.contains("after");
    boolean season = lower.contains("spring") || lower.contains("summer") || lower.contains("autumn") || lower.contains("winter");
    boolean onThe = digit && lower.contains("on the ");
    if (!month && !year && !monthWord && !day && !later && !season && !onThe) {
      out.sort(Comparator.comparingInt(DateMention::start));
      return out;
    }
    // Relative phrases count from the last date before them in the same text, else from the anchor.
    List<DateMention> absolute = new ArrayList<>(out);
    absolute.sort(Comparator.comparingInt(DateMention::start));
    boolean[][] references = new boolean[1][]; // which absolute dates are dates of reference, found at the first need
    // the relative phrases found, each with its reader, to be read again in the order of the text (below)
    List<Pending> pending = new ArrayList<>();
    Relative rel = (p, r) -> scan(text, starts, p, taken, m -> {
      PartialDate local = countFrom(text, offset, anchor, absolute, references, out, m.start());
      PartialDate read = local == null ? null : r.read(m, local);
      if (read != NO_DATE) pending.add(new Pending(offset + m.start(), m.toMatchResult(), r));
      return read;
    }, offset, out, true);
    if (month && year) rel.scan(IN_RELATIVE_YEAR, (m, an) -> {
      int y = an.year() + (Regex.matches(m.group(5), "following|next") ? 1 : 0);
      if (m.group(2) != null) return date(y, month(m.group(2)), Integer.parseInt(m.group(1)));
      return m.group(4) != null ? date(y, month(m.group(3)), Integer.parseInt(m.group(4))) : PartialDate.ofMonth(y, month(m.group(3)));
    });
    if (month) rel.scan(DAY_RANGE_NO_YEAR, (m, an) -> date(an.year(), month(m.group(3)), Integer.parseInt(m.group(1))));
    if (month) rel.scan(DAY_MONTH, (m, an) -> date(an.year(), month(m.group(2)), Integer.parseInt(m.group(1))));
    if (month) rel.scan(MONTH_DAY, (m, an) -> date(an.year(), month(m.group(1)), Integer.parseInt(m.group(2))));
    if (month) rel.scan(MONTH_ALONE, (m, an) -> PartialDate.ofMonth(an.year(), month(m.group(1))));
    // (a year alone as the anchor: "in 1993 …, and the following January": the January after it)
    if (month && (lower.contains("following") || lower.contains("next"))) rel.scan(FOLLOWING_MONTH, (m, an) -> {
      int mon = month(m.group(1));
      return PartialDate.ofMonth(an.month() != 0 && mon > an.month() ? an.year() : an.year() + 1, mon);
    });
    // (before "that month", which it may hold)
    if (onThe) rel.scan(ON_THE_DAY, (m, an) -> an.month() == 0 ? null : date(an.year(), an.month(), Integer.parseInt(m.group(1))));
    if (monthWord) rel.scan(SAME_MONTH, (m, an) -> an.month() == 0 ? null : PartialDate.ofMonth(an.year(), an.month()));
    if (year) rel.scan(SAME_YEAR, (m, an) -> PartialDate.ofYear(an.year()));
    // "the following spring": a season gives its year only
    if (season) rel.scan(SEASON, (m, an) -> PartialDate.ofYear(an.year() + (Regex.matches(m.group(1).toLowerCase(Locale.ROOT), "following|next") ? 1 : 0)));
    // (the next day before "that day": "flew in on 8 July, and the next day they signed …; relations were restored that day")
    if (year || monthWord || day) rel.scan(NEXT, (m, an) -> shift(an, 1, m.group(2) != null ? m.group(2) : m.group(3)));
    if (day) rel.scan(SAME_DAY, (m, an) -> an.day() == 0 ? null : an);
    // "three days later", "a year after": a unit of time must be there as well as "later" or "after"
    boolean week = lower.contains("week");
    if (later && (year || monthWord || day || week)) rel.scan(LATER, (m, an) -> {
      // "On 9 July 2024, a week after the uprising, Lula visited …": an aside on the date the sentence gave
      // before it, counted from another event, so no date of its own (from an earlier sentence's date it still counts:
      // "… exploded a device on 27 December. Nine days after the test, Nigeria severed relations")
      if (m.group(3).equalsIgnoreCase("after") && EVENT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        for (DateMention d : absolute) if (d.date() != null && d.end() - offset <= m.start()) return NO_DATE;
      }
      String count = m.group(1) == null ? "" : m.group(1);
      Integer n = Regex.matches(count, "\\d+") ? Integer.valueOf(count) : number(count.toLowerCase(Locale.ROOT));
      if (n != null && n >= 0) return shift(an, n, m.group(2));
      // "days later", "some months later": no count, so only the larger unit is known
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      if (unit.startsWith("day") && an.month() != 0) return PartialDate.ofMonth(an.year(), an.month());
      if (unit.startsWith("month")) return PartialDate.ofYear(an.year());
      return null;
    });
    // The phrases were found pattern by pattern; each counts from the one told just before it, so they are read
    // again in the order of the text: "returned the following year … in November; that same month …" is November of
    // the following year, though "in November" was found before "the following year".
    if (pending.size() > 1) {
      pending.sort(Comparator.comparingInt(Pending::start));
      List<DateMention> relatives = new ArrayList<>();
      for (Pending q : pending) {
        int at = -1;
        for (int k = 0; k < out.size() && at < 0; k++) if (out.get(k).relative() && out.get(k).start() == q.start()) at = k;
        if (at < 0) continue;
        PartialDate local = countFrom(text, offset, anchor, absolute, references, relatives, q.match().start());
        PartialDate read;
        try {
          read = local == null ? null : q.reader().read(q.match(), local);
        } catch (RuntimeException e) {
          read = null;
        }
        if (read == NO_DATE) read = null;
        DateMention was = out.get(at);
        DateMention now = new DateMention(was.start(), was.end(), read, true, was.range());
        out.set(at, now);
        relatives.add(now);
      }
    }
    out.sort(Comparator.comparingInt(DateMention::start));
    return out;
  }

  /** A relative phrase found, with what reads it. */
  private record Pending(int start, java.util.regex.MatchResult match, RelativeReader reader) {}

  /**
   * The date a relative phrase at {@code at} counts from: the last full date before it that is no date of reference,
   * or a date read before it from the anchor when that is nearer, else the anchor.
   */
  private static PartialDate countFrom(String text, int offset, PartialDate anchor, List<DateMention> absolute,
      boolean[][] references, List<DateMention> relatives, int at) {
    PartialDate local = anchor;
    if (references[0] == null) {
      references[0] = new boolean[absolute.size()];
      for (int k = 0; k < absolute.size(); k++) {
        int start = absolute.get(k).start() - offset;
        // "independent since 1922, recognised it three days later": a date of reference does not start a count
        int end = absolute.get(k).end() - offset;
        references[0][k] = SentenceView.REFERENCE.matcher(text.substring(Math.max(0, start - 12), start)).find()
            // "a Supplementary Treaty to the 1985 Treaty … was signed on 10 October": a year naming a treaty starts no count
            || SentenceView.ATTRIBUTIVE_BEFORE.matcher(text.substring(Math.max(0, start - 5), start)).find()
                && SentenceView.ATTRIBUTIVE_AFTER.matcher(text.substring(end)).lookingAt();
      }
    }
    int localEnd = -1;
    for (int k = 0; k < absolute.size(); k++) {
      DateMention d = absolute.get(k);
      if (d.end() - offset <= at && d.date() != null && !references[0][k]) { local = d.date(); localEnd = d.end(); }
    }
    // "resumed their posts on 26 January, and … came three days later": a date already read from the
    // anchor, nearer than any full one, is where the count starts
    for (DateMention d : relatives) {
      if (d.relative() && d.date() != null && d.end() - offset <= at && d.end() > localEnd) { local = d.date(); localEnd = d.end(); }
    }
    return local;
  }

  private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** Counts forward from the anchor without making it more precise than it is. */
  static PartialDate shift(PartialDate anchor, int n, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    // "three months later" from 17 April 2025 is July 2025: a count of months gives a month, of years a year
    if (u.startsWith("year")) return PartialDate.ofYear(anchor.year() + n);
    if (u.startsWith("month")) {
      if (anchor.month() == 0) return null;
      PartialDate m = PartialDate.ofMonth(anchor.year(), anchor.month()).plusMonths(n);
      return m;
    }
    // "a week later" from 28 May 1918 is 4 June 1918; from a month alone it cannot be told
    // ("three weeks later" is a rough count: the month it falls in, not a day)
    if (u.startsWith("week")) {
      if (anchor.day() == 0) return null;
      PartialDate d = shift(anchor, 7 * n, "days");
      return n == 1 || d == null ? d : PartialDate.ofMonth(d.year(), d.month());
    }
    if (u.startsWith("day")) {
      if (anchor.day() != 0) {
        var d = anchor.start().plusDays(n);
        return PartialDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      }
      return n <= 7 ? anchor : null;
    }
    return null;
  }

  private static boolean plausibleRange(Matcher m) {
    int from = year(m.group(1));
    String to = m.group(2);
    int end = to.length() == 2 ? from / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
    return end > from && end - from < 100;
  }

  private interface Reader { PartialDate read(Matcher m); }

  private interface RelativeReader { PartialDate read(java.util.regex.MatchResult m, PartialDate anchor); }

  private interface Relative { void scan(Pattern p, RelativeReader r); }

  private static void scan(String text, Starts starts, Pattern p, boolean[] taken, Reader r, int offset,
      List<DateMention> out, boolean relative) {
    int kinds = STARTS.get(p);
    boolean[] first = FIRST.get(p);
    // a pattern tried at every character of every sentence was the costliest part of reading dates
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int j = 0; j < starts.n; j++) {
      int i = starts.at[j];
      if (i < next || (starts.kinds[j] & kinds) == 0) continue;
      // (and a word only when the pattern can start with its first letter: "that", "the" for "that year")
      char c = text.charAt(i);
      if (first != null && c < 128 && !first[c]) continue;
      m.region(i, text.length());
      if (!m.lookingAt()) continue;
      next = Math.max(m.end(), i + 1);
      if (isTaken(taken, m.start(), m.end())) continue;
      PartialDate d;
      try {
        d = r.read(m);
      } catch (RuntimeException e) {
        continue; // "31 February" and the like: not a date
      }
      if (d == NO_DATE) continue;
      for (int k = m.start(); k < m.end(); k++) taken[k] = true;
      out.add(new DateMention(offset + m.start(), offset + m.end(), d, relative, RANGES.contains(p)));
    }
  }

  /*
   * Where a pattern can begin. Each kind must hold at every position where its patterns could match
   * (it may hold at more). The kinds of every position are found once per text, so that each
   * pattern is started only at the few positions of its kinds instead of testing every character.
   */
  static final int AT_DIGIT = 1, AT_MONTH = 2, AT_WEEKDAY = 4, AT_WORD = 8, AT_LOWER_WORD = 16, AT_DECADE_START = 32, AT_WORD_DIGIT = 64;

  private static final String[] WEEKDAY_STEMS = {"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"};

  /** The kinds of start that hold at {@code i}, as a set of bits. */
  static int startsAt(String t, int i) {
    char c = t.charAt(i);
    boolean wordStart = Anchored.wordStart(t, i);
    int kinds = 0;
    if (c >= '0' && c <= '9') kinds |= AT_DIGIT | (wordStart ? AT_WORD_DIGIT | AT_DECADE_START : 0);
    if (c >= 'A' && c <= 'W') {
      // most capitals begin names, not months: a month or a weekday starts with one of these stems
      if (startsWithAny(t, i, MONTH_STEMS)) kinds |= AT_MONTH;
      if (startsWithAny(t, i, WEEKDAY_STEMS)) kinds |= AT_WEEKDAY;
    }
    if (wordStart && (Character.isLetterOrDigit(c) || c == '_')) {
      kinds |= AT_WORD;
      if (Character.isLowerCase(c)) kinds |= AT_LOWER_WORD;
      // "the 1990s", "the early 1990s", "mid-1990s", "late 1990s"
      if (c == 't' || c == 'e' || c == 'm' || c == 'l') kinds |= AT_DECADE_START;
    }
    return kinds;
  }

  private static boolean startsWithAny(String t, int i, String[] stems) {
    for (String s : stems) if (t.startsWith(s, i)) return true;
    return false;
  }

  /** Each pattern with the kinds of position it can start at; package-private so that a test can hold each to that. */
  static final Map<Pattern, Integer> STARTS = Map.ofEntries(
      Map.entry(DAY_RANGE, AT_DIGIT),
      Map.entry(MONTH_DAY_RANGE, AT_MONTH),
      Map.entry(DAY_MONTH_YEAR, AT_DIGIT | AT_WEEKDAY), // an optional weekday, then a day with no \b before it
      Map.entry(MONTH_DAY_YEAR, AT_MONTH | AT_WEEKDAY),
      Map.entry(MONTH_YEAR, AT_MONTH),
      Map.entry(NUMERIC, AT_DIGIT),
      Map.entry(SLASHED, AT_DIGIT),
      Map.entry(NUMERIC_MONTH, AT_DIGIT),
      Map.entry(UNDATED_RANGE, AT_LOWER_WORD),
      Map.entry(YEAR_RANGE, AT_WORD_DIGIT),
      Map.entry(DECADE, AT_DECADE_START),
      Map.entry(CENTURY, AT_WORD),
      Map.entry(BARE_YEAR, AT_WORD_DIGIT),
      Map.entry(DAY_RANGE_NO_YEAR, AT_WORD_DIGIT),
      Map.entry(DAY_MONTH, AT_DIGIT | AT_WEEKDAY),
      Map.entry(MONTH_DAY, AT_MONTH),
      Map.entry(MONTH_ALONE, AT_WORD), // "in November", and "In April" opening a sentence
      Map.entry(FOLLOWING_MONTH, AT_WORD),
      Map.entry(IN_RELATIVE_YEAR, AT_DIGIT | AT_MONTH),
      Map.entry(SAME_YEAR, AT_WORD),
      Map.entry(SAME_MONTH, AT_WORD),
      Map.entry(SEASON, AT_WORD),
      Map.entry(SAME_DAY, AT_WORD),
      Map.entry(ON_THE_DAY, AT_WORD),
      Map.entry(NEXT, AT_WORD),
      Map.entry(LATER, AT_WORD));

  /** Each pattern's first characters ({@link Lead#firstCharacterTable}), found once; null where they cannot be vouched for. */
  static final Map<Pattern, boolean[]> FIRST = new java.util.HashMap<>();

  static {
    for (Pattern p : STARTS.keySet()) FIRST.put(p, Lead.firstCharacterTable(p));
  }

  /** The patterns that read a span of days or years, dated by its first. */
  private static final java.util.Set<Pattern> RANGES = java.util.Set.of(DAY_RANGE, MONTH_DAY_RANGE, DAY_RANGE_NO_YEAR, YEAR_RANGE);

  /**
   * The positions of a text where any pattern can start, with their kinds; and whether the text has
   * a digit or a word that starts like a month ("Jan", "Sept."), the cheap tests before the patterns.
   */
  private static final class Starts {
    final int[] at;
    final int[] kinds;
    int n;
    boolean digit, monthWord;

    Starts(String text) {
      at = new int[text.length()];
      kinds = new int[text.length()];
      for (int i = 0; i < text.length(); i++) {
        int k = startsAt(text, i);
        if (k != 0) {
          at[n] = i;
          kinds[n++] = k;
          digit |= (k & AT_DIGIT) != 0;
          monthWord |= (k & AT_MONTH) != 0 && Anchored.wordStart(text, i);
        }
      }
    }
  }

  private static boolean isTaken(boolean[] taken, int s, int e) {
    for (int i = s; i < e; i++) if (taken[i]) return true;
    return false;
  }

  private static PartialDate date(int y, int m, int d) { return PartialDate.of(y, m, d); }

  private static PartialDate slashed(Matcher m) {
    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2)), y = year(m.group(3));
    if (a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12) return null;
    if (a > 12) return date(y, b, a);
    if (b > 12) return date(y, a, b);
    return a == b ? date(y, a, a) : PartialDate.ofYear(y);
  }

  private static int year(String s) { return Integer.parseInt(s); }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    String[] all = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < all.length; i++) if (n.startsWith(all[i])) return i + 1;
    throw new IllegalArgumentException(name);
  }
}
