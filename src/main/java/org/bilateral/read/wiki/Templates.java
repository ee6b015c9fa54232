package org.bilateral.read.wiki;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a template stands for in the plain rendering. The templates are never expanded (that would
 * need the wiki's template pages): the few whose output is words are rendered here, every other one
 * (navboxes, maintenance tags, {{Reflist}}, {{Short description}}) leaves nothing.
 */
final class Templates {
  enum Kind {
    /** an infobox: a block with one entry per named parameter */
    INFOBOX,
    /** a flag and the country's name ({{flag|Brazil}}) */
    FLAG,
    /** only a flag in the wiki; its country is named unless the line names it anyway */
    FLAG_ICON,
    /** a citation: no words, its URL kept */
    CITATION,
    /** the first positional parameter is the text ({{nowrap|..}}, {{abbr|X|..}}, {{lang-de|..}}) */
    FIRST,
    /** the second positional parameter is the text ({{lang|de|..}}) */
    SECOND,
    /** the last positional parameter is the text ({{transl|ar|DIN|..}}) */
    LAST,
    /** the positional parameters are items of a list ({{ubl|a|b}}) */
    LIST,
    /** a quantity and its unit ({{convert|10|km|mi}}) */
    CONVERT,
    /** a date given as numbers ({{Start date|1948|5|3}}) */
    DATE,
    /** a fixed piece of text ({{ndash}}, {{'}}) */
    FIXED,
    /** an amount in a currency ({{US$|5 million}}) */
    CURRENCY,
    DROP
  }

  private static final Set<String> FLAGS = Set.of("flag", "flagcountry", "flagu", "flag country", "flagg");
  private static final Set<String> FLAG_ICONS = Set.of("flagicon", "flagdeco", "flag icon");
  private static final Set<String> FIRST = Set.of("nowrap", "nobr", "no wrap", "abbr", "small", "smaller", "big",
      "larger", "resize", "ill", "interlanguage link", "interlanguage link multi", "nihongo", "tooltip", "sc",
      "smallcaps", "small caps", "lang-x", "noitalic", "nobold", "em", "strong", "var", "mono", "visible anchor",
      "sic", "as written", "keypress", "lsth", "plain link", "proper name", "illm");
  private static final Set<String> SECOND = Set.of("lang", "langx", "font color", "color", "colored link", "sortname");
  private static final Set<String> LAST = Set.of("transl", "transliteration", "iast", "audio");
  private static final Set<String> LIST = Set.of("ubl", "unbulleted list", "ubil", "bulleted list", "blist", "hlist",
      "flatlist", "plainlist", "ordered list", "enum", "collapsible list", "nowrap list");
  private static final Set<String> CONVERT = Set.of("convert", "cvt");
  private static final Set<String> DATE = Set.of("start date", "end date", "start date and age", "end date and age",
      "birth date", "death date", "dts", "date");
  private static final Set<String> CURRENCY = Set.of("us$", "usd", "ussd", "inr", "eur", "€", "gbp", "£", "jpy", "yen");
  private static final Map<String, String> FIXED = Map.ofEntries(Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("snd", " – "), Map.entry("spaced ndash", " – "), Map.entry("spnd", " – "), Map.entry("'", "'"),
      Map.entry("nbsp", " "), Map.entry("sp", " "), Map.entry("-", "-"), Map.entry("=", "="), Map.entry("en dash", "–"),
      Map.entry("em dash", "—"), Map.entry("dash", "–"), Map.entry("spaced en dash", " – "));
  private static final Pattern CITATION =
      Pattern.compile("(?:cite\\b.*|citation|vcite\\b.*|sfn.*|harv.*|rp|r|efn.*|refn|notetag|sfnref|webarchive|dead link)");

  private Templates() {}

  /** The name as it is compared: trimmed, spaced, in lower case ("Cite_web " → "cite web"). */
  static String normalize(String raw) {
    return raw.replace('_', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }

  static Kind kind(String name) {
    if (name.startsWith("infobox")) return Kind.INFOBOX;
    if (FLAGS.contains(name)) return Kind.FLAG;
    if (FLAG_ICONS.contains(name)) return Kind.FLAG_ICON;
    if (CITATION.matcher(name).matches()) return Kind.CITATION;
    // {{lang-de|Deutsch}}: the language is in the name, the text is the first parameter
    if (FIRST.contains(name) || name.matches("lang-[a-z-]+")) return Kind.FIRST;
    if (SECOND.contains(name)) return Kind.SECOND;
    if (LAST.contains(name)) return Kind.LAST;
    if (LIST.contains(name)) return Kind.LIST;
    if (CONVERT.contains(name)) return Kind.CONVERT;
    if (DATE.contains(name)) return Kind.DATE;
    if (CURRENCY.contains(name)) return Kind.CURRENCY;
    if (FIXED.containsKey(name)) return Kind.FIXED;
    return Kind.DROP;
  }

  static String fixed(String name) { return FIXED.get(name); }

  /** The sign of a currency template ({{US$|5 million}} is "US$5 million"). */
  static String currencySign(String name) {
    return switch (name) {
      case "us$", "usd", "ussd" -> "US$";
      case "inr" -> "₹";
      case "eur", "€" -> "€";
      case "gbp", "£" -> "£";
      default -> "¥";
    };
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** "3 May 1948", "May 1948" or "1948" from year, month and day as numbers; null when they are not. */
  static String date(String year, String month, String day) {
    if (year == null || !year.matches("\\d{3,4}")) return null;
    if (month == null || !month.matches("\\d{1,2}")) return year;
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) return year;
    String my = MONTHS[m - 1] + " " + year;
    if (day == null || !day.matches("\\d{1,2}")) return my;
    return Integer.parseInt(day) + " " + my;
  }

  /** Words between the two numbers of a converted range ({{convert|1|to|3|km}}). */
  static boolean isRangeWord(String s) {
    return Set.of("-", "–", "to", "and", "or", "x", "×", "by", "+", "to(-)", "and(-)").contains(s.trim());
  }
}
