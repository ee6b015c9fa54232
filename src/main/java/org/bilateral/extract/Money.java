package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts in prose, normalised to a number with its currency. Only amounts stated in US
 * dollars become trade totals; others are still found, so that a rule can see that a sentence
 * speaks of yen or rand and say nothing rather than something wrong.
 */
public final class Money {
  public record Amount(int start, int end, double value, String currency) {
    public boolean usd() { return "USD".equals(currency); }
  }

  static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String SCALE = "(?:\\s*(trillion|billion|million|thousand|bn|mn|m|tn)\\b)?";
  private static final Pattern PREFIXED = Lead.compileExact(
      "(?<![A-Za-z])(US\\s?\\$\\s?|USD\\s?|U\\.S\\.\\s?\\$\\s?|\\$\\s?|€\\s?|EUR\\s?|£\\s?|GBP\\s?|¥\\s?|JPY\\s?|R\\s?(?=\\d)|ZAR\\s?|Rs\\.?\\s?|₹\\s?|INR\\s?)"
          + NUM + SCALE + "(\\s*(?:USD|US dollars|dollars))?");
  private static final Pattern SUFFIXED = Lead.compileExact(
      NUM + SCALE + "\\s+(US dollars|dollars|euros?|yen|rand|pesetas|pesos|rupees|pounds|yuan|renminbi)\\b",
      Pattern.CASE_INSENSITIVE);

  private Money() {}

  public static List<Amount> find(String text) {
    List<Amount> out = new ArrayList<>();
    Matcher m = PREFIXED.matcher(text);
    while (m.find()) {
      String cur = currency(m.group(1));
      if (m.group(4) != null) cur = "USD";
      out.add(new Amount(m.start(), m.end(), value(m.group(2), m.group(3)), cur));
    }
    Matcher s = SUFFIXED.matcher(text);
    while (s.find()) {
      boolean inside = out.stream().anyMatch(a -> s.start() < a.end() && a.start() < s.end());
      if (inside) continue;
      out.add(new Amount(s.start(), s.end(), value(s.group(1), s.group(2)), currency(s.group(3))));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** In decimal, so that "4.1 billion" is 4,100,000,000 and not a binary neighbour of it. */
  static double value(String num, String scale) {
    java.math.BigDecimal v = new java.math.BigDecimal(num.replace(",", ""));
    if (scale == null) return v.doubleValue();
    int places = switch (scale.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> 12;
      case "billion", "bn" -> 9;
      case "million", "mn", "m" -> 6;
      case "thousand" -> 3;
      default -> 0;
    };
    return v.movePointRight(places).doubleValue();
  }

  private static String currency(String symbol) {
    String s = symbol.trim().toLowerCase(Locale.ROOT);
    if (s.contains("$") || s.startsWith("usd") || s.contains("dollar")) return "USD";
    if (s.equals("€") || s.startsWith("eur")) return "EUR";
    if (s.equals("£") || s.startsWith("gbp") || s.startsWith("pound")) return "GBP";
    if (s.equals("¥") || s.startsWith("jpy") || s.equals("yen")) return "JPY";
    if (s.startsWith("r") && s.length() <= 2 || s.startsWith("zar") || s.equals("rand")) return "ZAR";
    if (s.startsWith("rs") || s.equals("₹") || s.startsWith("inr") || s.startsWith("rupee")) return "INR";
    return s.toUpperCase(Locale.ROOT);
  }
}
