package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Trade;

/**
 * Two-way trade totals: a US-dollar amount that follows a two-way trade phrase in the same clause,
 * with nothing between them that makes it a target, a ceiling, investment, or one direction only.
 */
final class TradeReader implements FactReader {
  private final Rules rules = Rules.get();
  private static final Pattern PART_OF_YEAR_AFTER = Pattern.compile(
      "\\s+(?:in|for|during)\\s+the\\s+first\\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months)\\b");

  /** The index of the last sentence that gave a total, for "It then fell to ..." after it. */
  private int lastTotal = -2;

  @Override
  public void read(SentenceView s, Reading r) {
    Pattern cue = rules.phrases("trade", "total");
    Pattern pronoun = rules.phrases("trade", "pronoun");
    Pattern not = rules.phrases("trade", "not_total");
    // a wikitable's row under "Year | Thai exports | Thai imports | Total": the figure of the total's column
    if (s.block().key() != null && s.block().kind() == org.bilateral.read.Block.Kind.BULLET && tableRow(s, r, not)) return;
    // "it" is the trade in a section about trade, or right after a sentence that gave a total
    boolean tradeSection = s.block().section().stream().anyMatch(h -> TRADE_HEADING.matcher(h).find())
        || lastTotal == s.index - 1;
    // a brief's "Bilateral trade (goods):" over "- 2022: USD 1,512 million": the caption is the cue
    // (the line's own shape is tested first: most bullets are no year's line)
    boolean captioned = s.block().kind() == org.bilateral.read.Block.Kind.BULLET && s.caption() != null
        && YEAR_LINE.matcher(s.text).lookingAt() && !not.matcher(s.caption()).find()
        && (cue.matcher(s.caption()).find() || TRADE_CAPTION.matcher(s.caption()).find());
    // "Trade by year (two-way, US$):" over "- 2019: 412.6 million": the caption gives the currency
    if (captioned && USD_CAPTION.matcher(s.caption()).find()) {
      Matcher bare = BARE_AMOUNT_LINE.matcher(s.text);
      if (bare.lookingAt()) {
        r.add(new Trade(Integer.parseInt(bare.group(1)), Money.value(bare.group(2), bare.group(3)), List.of(s.source())));
        lastTotal = s.index;
        return;
      }
      // "Two-way trade (US$ million):" over "- 2019: 412.3": the caption gives the scale as well
      Matcher scale = SCALE_CAPTION.matcher(s.caption());
      Matcher number = NUMBER_LINE.matcher(s.text);
      // ("- 2020: exports 6.10; imports 1.31; total 7.41": the parts, then the total the line ends with)
      if (!number.lookingAt()) number = TOTAL_LAST_LINE.matcher(s.text);
      if (scale.find() && number.lookingAt()) {
        r.add(new Trade(Integer.parseInt(number.group(1)), Money.value(number.group(2), scale.group(1) != null ? scale.group(1) : scale.group(2)), List.of(s.source())));
        lastTotal = s.index;
        return;
      }
    }
    // a sentence that names no trade is read only there ("In 2020 it amounted to ...")
    if (!tradeSection && !captioned && !rules.mayMatch("trade", "total", s.lower())) return;
    int from = 0;
    boolean accepted = false;
    PartialDate converted = null; // the year of a total just given in another currency
    boolean bounded = false;
    boolean series = false; // a total was read in this sentence: an aside's amount does not end its series
    for (Money.Amount a : Money.find(s.text)) {
      // each amount is read with the words since the amount before it
      String window = s.text.substring(from, a.start());
      from = a.end();
      // "worth €5.1 billion in 2019, or about US$5.7 billion": the same total in dollars
      PartialDate conversion = converted != null && CONVERSION.matcher(window).matches() ? converted : null;
      converted = null;
      if (not.matcher(window).find()) {
        // "Trade was worth less than US$3 billion in 2000 but reached …": a bound still opens the series
        bounded = cue.matcher(window).find() && !not.matcher(BOUND.matcher(window).replaceAll(" ")).find();
        accepted = false;
        continue;
      }
      // "… and US$33 billion in the first nine months of 2024": a part of a year told after the amount
      if (PART_OF_YEAR_AFTER.matcher(s.text).region(a.end(), s.text.length()).lookingAt()) { accepted = false; continue; }
      // "… raising bilateral trade to US$ 15 billion by 2028": a figure to be reached by a year is a target (not "trade
      // had grown to US$2 billion by 2010", a level told of the past)
      if (BY_YEAR_AFTER.matcher(s.text).region(a.end(), s.text.length()).lookingAt()
          && TARGET_BEFORE.matcher(s.text).region(0, a.start()).find()) { accepted = false; continue; }
      boolean cued = cue.matcher(window).find() || (captioned && YEAR_LINE.matcher(window).matches()) || (tradeSection && pronoun.matcher(window).find())
          || ((accepted || bounded) && (RANGE_TO.matcher(window).matches() || ASIDE_THEN_CHANGE.matcher(window).find())) || conversion != null
          // ("… in 2017, when exports alone jumped to US$ 660 million, and came to USD 2.1 billion in 2022")
          || series && ASIDE_THEN_CHANGE.matcher(window).find();
      bounded = false;
      if (!a.usd()) {
        if (cued) converted = yearFor(s, a);
        accepted = false;
        continue;
      }
      if (!cued) { accepted = false; continue; }
      PartialDate date = conversion != null ? conversion : yearFor(s, a);
      if (date == null) { accepted = false; continue; }
      r.add(new Trade(date.year(), a.value(), List.of(s.source())));
      accepted = true;
      series = true;
      lastTotal = s.index;
    }
  }

  /**
   * A row of a table of figures by year, whose headers the block's key gives: the two-way total is the
   * last column headed "Total", "Trade" or "Turnover" (not one side's exports or imports), in the unit
   * that column's header gives ("Total trade (US$ billion)"), else the caption ("Bilateral trade (US$
   * billion)"). A column or caption in another currency, or a table of one side's exports, gives none.
   */
  private boolean tableRow(SentenceView s, Reading r, Pattern not) {
    String[] headers = s.block().key().split("\\s*\\|\\s*");
    // the cells are joined by ", " (a thousands separator has no space after it), or set apart by wide gaps in plain text
    String[] cells = s.text.trim().split(",\\s+|\\t+|\\s{2,}");
    if (headers.length != cells.length || !Regex.matches(cells[0], "\\d{4}")) return false;
    int total = -1;
    for (int j = 1; j < headers.length; j++) {
      if (TOTAL_COLUMN.matcher(headers[j]).find() && !not.matcher(headers[j]).find()) total = j;
    }
    String caption = s.caption() == null ? "" : s.caption();
    if (total < 0 || not.matcher(caption).find()) return false;
    // the table must be of trade: its caption or the total's header says so
    if (!TRADE_WORD.matcher(caption).find() && !TRADE_WORD.matcher(headers[total]).find()) return false;
    Matcher scale = SCALE_CAPTION.matcher(headers[total]);
    if (!scale.find()) {
      if (OTHER_CURRENCY.matcher(headers[total]).find()) return false;
      scale = SCALE_CAPTION.matcher(caption);
      if (!scale.find()) return false;
    }
    Matcher number = FIGURE.matcher(cells[total]);
    if (!number.matches()) return false;
    r.add(new Trade(Integer.parseInt(cells[0].trim()), Money.value(number.group(1), scale.group(1) != null ? scale.group(1) : scale.group(2)), List.of(s.source())));
    lastTotal = s.index;
    return true;
  }

  private static final Pattern TOTAL_COLUMN = Pattern.compile("(?i)\\b(?:total|two-way|bilateral\\s+trade|trade|turnover)\\b");
  private static final Pattern TRADE_WORD = Pattern.compile("(?i)\\b(?:trade|turnover|commerce)\\b");
  private static final Pattern OTHER_CURRENCY = Pattern.compile("€|£|¥|\\b(?:EUR|GBP|JPY|euros?|pounds?|yen|yuan|rand|baht|rupees?|pesos?|NZ\\s?\\$|A\\s?\\$|C\\s?\\$|R\\$)");
  private static final Pattern FIGURE = Pattern.compile("\\s*" + Money.NUM + "\\s*");

  /** "Trade by year (two-way, US$):" */
  private static final Pattern TRADE_CAPTION = Pattern.compile("(?i)\\btrade\\b.*\\b(?:two-way|bilateral|total|by\\s+year|both\\s+(?:ways|directions)|combined)\\b"
      // ("Trade (USD mn, calendar yr):" over lines whose last figure is the total)
      + "|^\\s*trade\\s*\\(\\s*(?:US\\s?\\$|USD)"
      + "|\\b(?:two-way|bilateral|total)\\s+(?:goods\\s+|merchandise\\s+|commodity\\s+)?trade\\b");
  private static final Pattern USD_CAPTION = Pattern.compile("US\\s?\\$|\\bUSD\\b|\\bUS\\s+dollars\\b|\\bU\\.S\\.\\s+dollars\\b");
  private static final Pattern BARE_AMOUNT_LINE = Pattern.compile(
      // ("- 2024: 25.1 billion (RM114.9 billion)": the same in the other's currency after it)
      "\\s*(\\d{4})\\s*[:–—-]\\s*" + Money.NUM + "\\s*(million|billion)\\b\\s*(?:\\([^()]*\\)\\s*)?\\.?\\s*$");
  /** "(US$ million)", "in millions of US dollars", "USD bn": the scale of a caption's bare figures. */
  private static final Pattern SCALE_CAPTION = Pattern.compile(
      "(?i)(?:US\\s?\\$|\\bUSD|\\bUS\\s+dollars)\\s*,?\\s*(million|billion|bn|mn|m)\\b|\\b(?:in\\s+)?(million|billion)s?\\s+(?:of\\s+)?(?:US\\s?\\$|USD|US\\s+dollars)");
  // ("2023 – 1,478.9 (exports 1,015.2; imports 463.7)": the parts of the total in parentheses after it)
  private static final Pattern NUMBER_LINE = Pattern.compile("\\s*(\\d{4})\\s*[:–—-]\\s*" + Money.NUM + "\\s*(?:\\([^()]*\\)\\s*)?\\.?\\s*$");
  private static final Pattern TOTAL_LAST_LINE = Pattern.compile(
      "\\s*(\\d{4})\\s*[:–—-]\\s*[^()]*?[;,|]\\s*(?i:total|two-way(?:\\s+trade)?|turnover)\\s*:?\\s*" + Money.NUM + "\\s*\\.?\\s*$");
  private static final Pattern YEAR_LINE = Pattern.compile("\\s*\\d{4}\\s*[:–—-]\\s*");
  private static final Pattern TRADE_HEADING = Pattern.compile("(?i)trade|econom|commerc");
  /**
   * "from $1.3 billion in 2002 to about $20 billion", "USD 1.65 billion in 2012, USD 2.1 billion in
   * 2015 and USD 2.63 billion in 2017": the next amount of a range or a series.
   */
  private static final String CHANGE = "stood|fell\\s+back|fell|falling|fallen|rose|rising|risen|reached|reaching|grew|growing|grown|climbed|climbing|dropped|dropping|came\\s+to"
      + "|declined|declining|increased|increasing|decreased|decreasing|recovered|recovering|rebounded|rebounding|was";
  private static final Pattern BY_YEAR_AFTER = Pattern.compile("\\s+by\\s+(?:the\\s+end\\s+of\\s+)?\\d{4}\\b");
  private static final Pattern TARGET_BEFORE = Pattern.compile(
      "(?i)\\b(?:rais(?:e|ing)|increas(?:e|ing)|boost(?:ing)?|doubl(?:e|ing)|expand(?:ing)?|towards?|reach|will|would|agreed|target|aim|goal|hope)\\b");
  private static final Pattern RANGE_TO = Pattern.compile(
      // ("… in 2000 but reached US$51.8 billion in 2008", "US$16.8 billion, up from US$14.2 billion in 2019")
      "(?i)\\s*(?:in\\s+\\d{4}\\s*|\\(\\d{4}\\)\\s*)?(?:[,;]?\\s*(?:(?:and|but)\\s+)?(?:then\\s+)?(?:" + CHANGE + ")(?:\\s+(?:at|to))?|to|[,;]\\s*(?:and\\s+)?(?:to\\s+)?|and\\s+(?:to\\s+)?|,?\\s*(?:up|down)\\s+from"
      // "… in 2019 and, according to Turkish figures, at US$68.2 billion in 2022"
      + "|and\\s*,\\s*according\\s+to\\s+[^,;]{1,40},\\s*(?:at\\s+|to\\s+)?)"
      // ("Turnover in USD: 2022 approx. USD 25.2 bn; 2023 approx. USD 26.6 bn": the year first)
      + "\\s*(?:(?<=[,;]\\s{0,3})\\d{4}\\s*(?:[:–—-]\\s*)?)?"
      // ("… from US$912 million in 2003 to a peak of about US$7.3 billion in 2012")
      + "\\s*(?:a\\s+(?:peak|high|low)\\s+of\\s+)?(?:about|some|nearly|almost|around|roughly|approx\\.|approximately|close\\s+to|a\\s+record(?:\\s+high\\s+of)?)?\\s*");

  private static final Pattern CONVERSION = Pattern.compile(
      "(?i)\\s*(?:in\\s+\\d{4}\\s*)?(?:,\\s*(?:or|i\\.e\\.|that\\s+is)\\s+|\\(\\s*)(?:about|some|roughly|around|nearly|approximately|approx\\.|almost)?\\s*");
  /**
   * "… in 2012, when Venezuela accounted for 40 percent of Cuba's trade, and fell to US$2.2 billion in 2017", "…, but
   * by 2020 it had fallen to about 390 million dollars": the series goes on after an aside.
   */
  private static final Pattern ASIDE_THEN_CHANGE = Pattern.compile(
      "(?i),\\s+(?:and|but)\\s+(?:then\\s+)?(?:(?:by|in)\\s+\\d{4}\\s+)?(?:it\\s+)?(?:had\\s+|has\\s+)?(?:" + CHANGE + ")(?:\\s+(?:at|to))?\\s*(?:about|some|nearly|almost|around|roughly|close\\s+to)?\\s*$");
  /** A bound on a total ("less than US$3 billion"): no year's figure, but the series it opens goes on. */
  private static final Pattern BOUND = Pattern.compile("(?i)\\b(?:less|more)\\s+than\\b|\\b(?:over|under|below)\\b|\\bexceed\\w*");

  /** The year of an amount: "in 2023" right after it, else the clause's date, else the last date read. */
  private static PartialDate yearFor(SentenceView s, Money.Amount a) {
    DateMention after = null;
    for (DateMention d : s.dates) {
      if (d.start() >= a.end() && d.start() - a.end() <= 12 && d.date() != null
          && !Regex.find(s.text.substring(a.end(), d.start()), "[,;]")) {
        return calendarYear(s, d) ? d.date() : null;
      }
      if (d.start() >= a.end() && after == null) after = d;
    }
    // "In 2019 trade came to US$3.1 billion, and in 2023 it reached …": the year told before the
    // amount in its clause, when the next one belongs to another clause
    DateMention told = null;
    int clauseStart = s.clauseAt(a.start())[0];
    for (DateMention d : s.dates) if (d.start() >= clauseStart && d.end() <= a.start() && d.date() != null) told = d;
    if (told != null && (after == null || Regex.find(s.text.substring(a.end(), after.start()), "[,;]"))) {
      return calendarYear(s, told) ? told.date() : null;
    }
    PartialDate d = s.dateFor(a.start());
    if (d != null) {
      for (DateMention m : s.dates) if (d.equals(m.date()) && !calendarYear(s, m)) return null;
      return d;
    }
    // "Trade peaked in 2022, when it came close to 6.4 billion dollars": the year named before it
    PartialDate before = s.lastDateBefore(a.start());
    return before != null ? before : s.anchor;
  }

  private static final Pattern FISCAL = Pattern.compile("(?i)\\b(?:fiscal|financial)(?:\\s+year)?\\s*$|\\bFY\\s*$");

  /**
   * Trade totals are of calendar years: a fiscal year ("in 2022-23", "in the fiscal year 2023") or
   * any span of years straddles two of them, so its figure is no calendar year's.
   */
  private static boolean calendarYear(SentenceView s, DateMention d) {
    if (d.range()) return false;
    return !FISCAL.matcher(s.text.substring(Math.max(0, d.start() - 20), d.start())).find();
  }

  private static String lastWords(String text, int n) {
    String[] w = Regex.split(text.trim(), "\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
  }
}
