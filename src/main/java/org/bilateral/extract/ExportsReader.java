package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.Exports;
import org.bilateral.model.PartialDate;

/**
 * "Mexico's main exports to Pakistan include: cotton, ..., and plastic." The exporter stands before
 * the phrase, the buyer after "to"; the products are the list items, split at commas (an item may
 * itself hold "and": "textiles and clothing articles").
 */
final class ExportsReader implements FactReader {
  private static final Pattern LIST_START = Pattern.compile(
      "^\\s*(?:" + String.join("|", Rules.get().list("exports", "list_start")) + ")\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern INSIDE_MODIFIER = Pattern.compile("\\b(?:of|for|in|on|with)\\s+[\\p{L}-]+$");
  private final Rules rules = Rules.get();
  private static final Pattern NOT_PRODUCTS = Pattern.compile(
      "(?i)(?:" + String.join("|", Rules.get().list("exports", "not_products")) + ")\\b");

  @Override
  public void read(SentenceView s, Reading r) {
    if (!rules.mayMatch("exports", "exports_to", s.lower())) return;
    Matcher m = rules.phrases("exports", "exports_to").matcher(s.text);
    while (m.find()) {
      Mention<Country> to = null;
      for (Mention<Country> c : s.countries) if (c.start() >= m.end() && c.start() - m.end() <= 5) { to = c; break; }
      Mention<Country> from = null;
      for (Mention<Country> c : s.countries) if (c.end() <= m.start()) from = c;
      if (to == null || from == null) continue;
      String f = from.entity().iso3(), t = to.entity().iso3();
      if (f.equals(t) || !s.pair.contains(f) || !s.pair.contains(t)) continue;
      String rest = s.text.substring(to.end());
      Matcher start = LIST_START.matcher(rest);
      if (!start.find()) continue;
      String list = rest.substring(start.end());
      if (NOT_PRODUCTS.matcher(list).lookingAt() || Regex.matches(list, "(?s)^[^.;]*?\\d[^.;]*?(?:dollars|\\$|USD|billion|million).*")) continue;
      // "..., notably canola and pulses, help support ...": an aside ends at its comma
      if (start.group().trim().startsWith(",")) {
        int comma = list.indexOf(',');
        if (comma > 0) list = list.substring(0, comma);
      }
      List<String> products = products(list);
      if (products.isEmpty()) continue;
      PartialDate d = s.dateFor(m.start());
      if (d == null) d = s.anchor;
      r.add(new Exports(f, t, d == null ? null : d.year(), products, List.of(s.source())));
    }
  }

  /**
   * Splits a list of goods. Items are separated by commas; the last item is joined by "and": with
   * a serial comma ("salt, and pepper") it stands whole ("..., and fish and fish preparations"),
   * without one ("cigarettes, ethyl alcohol and medicines") its "and" separates two items. An
   * item inside the list keeps its "and" ("textiles and clothing articles, medical instruments").
   */
  static List<String> products(String list) {
    String body = Regex.replaceAll(list, "[.;]\\s*$", "").trim();
    int stop = body.indexOf(';');
    if (stop >= 0) body = body.substring(0, stop);
    List<String> items = new ArrayList<>(List.of(Regex.split(body, "\\s*,\\s*")));
    String last = items.remove(items.size() - 1).trim();
    if (Regex.matches(last, "(?i)(?:and|or)\\s+.*")) {
      items.add(Regex.replaceFirst(last, "(?i)^(?:and|or)\\s+", ""));
    } else {
      // no serial comma: "ethyl alcohol and medicines" is two items
      // "sugar and bulk minerals and ores" splits at its first "and"; "parts of audio and video
      // equipment and machinery" does not split inside "of audio and video"
      int and = last.indexOf(" and ");
      while (and > 0 && INSIDE_MODIFIER.matcher(last.substring(0, and)).find()) and = last.indexOf(" and ", and + 1);
      if (and > 0) {
        items.add(last.substring(0, and));
        items.add(last.substring(and + 5));
      } else items.add(last);
    }
    List<String> out = new ArrayList<>();
    for (String item : items) {
      String p = Regex.replaceAll(item.trim(), "[.]$", "").trim();
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }
}
