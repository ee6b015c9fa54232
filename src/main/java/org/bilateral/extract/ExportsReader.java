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
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
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
      Matcher start = Pattern.compile("^\\s*(?:" + String.join("|", rules.list("exports", "list_start")) + ")\\s*",
          Pattern.CASE_INSENSITIVE).matcher(rest);
      if (!start.find()) continue;
      List<String> products = products(rest.substring(start.end()));
      if (products.isEmpty()) continue;
      PartialDate d = s.dateFor(m.start());
      if (d == null) d = s.anchor;
      r.add(new Exports(f, t, d == null ? null : d.year(), products, List.of(s.source())));
    }
  }

  static List<String> products(String list) {
    String body = list.replaceAll("[.;]\\s*$", "").trim();
    int stop = body.indexOf(';');
    if (stop >= 0) body = body.substring(0, stop);
    List<String> out = new ArrayList<>();
    String[] items = body.contains(",") ? body.split("\\s*,\\s*") : body.split("\\s+and\\s+");
    for (String item : items) {
      String p = item.trim().replaceFirst("^(?:and|or)\\s+", "").replaceAll("[.]$", "").trim();
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }
}
