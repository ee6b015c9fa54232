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
      // "… to Mexico in 2021 were …", "… that year were …": the year told before the verb
      "^(?:\\s+(?:in|during)\\s+\\d{4}|\\s+that\\s+year)?\\s*(?:(?:mainly|mostly|chiefly|largely|primarily)\\s+(?=\\p{Ll}+\\s))?(?:"
          + String.join("|", Rules.get().list("exports", "list_start")) + ")\\s*", Pattern.CASE_INSENSITIVE);
  /** Where a list of goods ends before the sentence does: "..., while Chile exports copper". */
  private static final Pattern LIST_END = Pattern.compile(",?\\s+(?:while|whereas|but|although|though)\\b|;"
      // "..., and Senegal exports fish to Morocco": the other side's clause
      // "..., and Fiji's main exports to New Zealand are ...": the other side's list
      // ("…, and Sudanese traders supply eastern Chad with sugar": the other side's traders)
      + "|,?\\s+and\\s+(?=(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:(?:traders|merchants|exporters|producers|firms|companies|farmers|herders|suppliers)\\s+)?"
      + "(?:(?:main|principal|chief|major|top|leading|key|mainly|chiefly|mostly|largely|primarily)\\s+)?"
      + "(?:exports?|exported|sells?|sold|imports?|imported|buys?|bought|supplies|supplied|supply)\\b)"
      // "…, and buys steel and machinery": the same subject's other direction
      + "|,?\\s+and\\s+(?:(?:mainly|chiefly|mostly|largely|in\\s+return)\\s+)?(?=(?:buys|bought|imports|imported|purchases|purchased|sells|sold)\\s+\\p{Ll})"
      // "…, dates and electricity, which it supplies to Makran": a clause about the last item
      + "|,\\s+(?:which|whose)\\b");
  private static final Pattern BINOMIAL = Pattern.compile(
      "(?i)(?:" + String.join("|", Rules.get().list("exports", "binomials")) + ")\\b");

  /** "fish and fish products", "footwear and footwear parts": the second item names the first again. */
  private static boolean sameHead(String before, String after) {
    String[] b = Regex.split(before.trim(), "\\s+");
    return b.length == 1 && after.trim().toLowerCase(java.util.Locale.ROOT).startsWith(b[0].toLowerCase(java.util.Locale.ROOT) + " ");
  }

  private static final Pattern INSIDE_MODIFIER = Pattern.compile("\\b(?:of|for|in|on|with)\\s+[\\p{L}-]+$");
  private final Rules rules = Rules.get();
  private static final Pattern NOT_PRODUCTS = Pattern.compile(
      "(?i)(?:" + String.join("|", Rules.get().list("exports", "not_products")) + ")\\b");

  @Override
  public void read(SentenceView s, Reading r) {
    otherForms(s, r);
    sellsTo(s, r);
    sellsBack(s, r);
    if (s.lower().contains("export")) memberThenGoods(s, r, THEIRS_ARE, true);
    if (s.lower().contains("exports,")) memberThenGoods(s, r, EXPORTS_MAINLY, false);
    heading(s, r);
    captioned(s, r);
    listed(s, r, "exports_to", true);
    listed(s, r, "imports_from", false);
  }

  /**
   * "X's main exports to Y include: a, b and c" ({@code exports} true), "X's imports from Y
   * comprise a and b" (false). A brief's "Major exports to Thailand: tea, gems" names only the other
   * side: the subject it leaves out is the pair's other member.
   */
  private void listed(SentenceView s, Reading r, String phrases, boolean exports) {
    if (!rules.mayMatch("exports", phrases, s.lower())) return;
    Anchored found = rules.find("exports", phrases, s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      Mention<Country> named = null;
      for (Mention<Country> c : s.countries) if (c.start() >= m.end() && c.start() - m.end() <= 5) { named = c; break; }
      if (named == null) continue;
      Mention<Country> subject = null;
      for (Mention<Country> c : s.countries) if (c.end() <= m.start()) subject = c;
      String n = named.entity().iso3();
      String sub = subject != null ? subject.entity().iso3()
          : Regex.matches(s.text.substring(0, m.start()), "\\s*") ? s.pair.other(n) : null;
      if (sub == null) continue;
      String f = exports ? sub : n, t = exports ? n : sub;
      if (f.equals(t) || !s.pair.contains(f) || !s.pair.contains(t)) continue;
      String rest = s.text.substring(named.end());
      Matcher start = LIST_START.matcher(rest);
      if (!start.find()) continue;
      String list = rest.substring(start.end());
      if (NOT_PRODUCTS.matcher(list).lookingAt() || Regex.matches(list, "(?s)^[^.;]*?\\d[^.;]*?(?:dollars|\\$|USD|billion|million).*")) continue;
      // "Turkish exports to Qatar: US$ 1.41 billion (2023)": an amount, not goods
      if (Money.find(list).stream().anyMatch(a -> a.start() < 12)) continue;
      // ("…: P3.1 billion", "…: R 12 million": an amount in a currency the money reader does not know)
      if (AMOUNT_FIRST.matcher(list).lookingAt()) continue;
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

  /** "Poland mainly sells Germany furniture, car parts and food": the buyer right after the verb, then the goods. */
  private void sellsTo(SentenceView s, Reading r) {
    if (!rules.mayMatch("exports", "sells_to", s.lower())) return;
    Anchored found = rules.find("exports", "sells_to", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      Mention<Country> buyer = countryAt(s, m.end() + 1);
      String seller = subject(s, m.start());
      // "…; Tajikistan sells it electricity, aluminium and dried fruit": "it" is the other member, named before
      Matcher it = SELLS_IT.matcher(s.text).region(m.end(), s.text.length());
      if (buyer == null && seller != null && s.pair.contains(seller) && it.lookingAt()
          && s.countriesIn(0, m.start()).stream().anyMatch(c -> c.entity().iso3().equals(s.pair.other(seller)))) {
        String list = s.text.substring(it.end() - 1);
        Matcher stop = Regex.of("[;.](?:\\s|$)|,\\s+(?:while|whereas|but)\\b").matcher(list);
        if (stop.find()) list = list.substring(0, stop.start());
        add(s, r, seller, s.pair.other(seller), list, m.start());
        continue;
      }
      // "…, and Pakistan sells rice and textiles", "Pakistan sells wheat flour and rice; Afghanistan exports
      // fruit and coal": the buyer goes unsaid, it is the other member (when the other is named as a seller too)
      if (buyer == null && seller != null && s.pair.contains(seller) && Regex.matches(s.text.substring(m.end()), "\\s+\\p{Ll}.*")
          && (Regex.find(s.text.substring(0, m.start()), "(?:,\\s+and|,?\\s+(?:while|whereas))\\s+(?:the\\s+)?\\p{Lu}[\\p{L} ]*$")
              || bothSell(s, m, seller))) {
        String list = s.text.substring(m.end());
        Matcher stop = Regex.of("[;.](?:\\s|$)|,\\s+(?:while|whereas|but)\\b").matcher(list);
        if (stop.find()) list = list.substring(0, stop.start());
        // "exports cars to Japan": a buyer named after the goods is another reading's, or a third state
        if (Regex.find(list, "\\b(?:to|from)\\s+(?:the\\s+)?\\p{Lu}")) continue;
        add(s, r, seller, s.pair.other(seller), list, m.start());
        continue;
      }
      if (buyer == null || SentenceView.isAdjective(buyer)) continue;
      String list = s.text.substring(buyer.end());
      Matcher stop = Regex.of("[;.](?:\\s|$)|,\\s+(?:while|whereas|but)\\b|\\s+in\\s+(?:exchange|return)\\b").matcher(list);
      if (stop.find()) list = list.substring(0, stop.start());
      if (!Regex.matches(list, "\\s+\\p{Ll}.*")) continue; // "sold Japan's share": not a list of goods
      list = Regex.replaceFirst(list, "^\\s+(?:mainly|chiefly|mostly|largely|primarily)\\s+", " ");
      add(s, r, seller, buyer.entity().iso3(), list, m.start());
    }
  }

  private static final Pattern SELLS_IT = Pattern.compile("\\s+it\\s+(?=\\p{Ll})");

  /**
   * The buyer just named answers with goods of its own: "… to Greece, which sells machinery and
   * wine in return", "… to Greece, whose main sales to Mexico are ferronickel and tobacco". Only
   * after goods going the other way in the same sentence: "its neighbour Greece, which exports olive
   * oil" alone says nothing of whom Greece sells to.
   */
  private void sellsBack(SentenceView s, Reading r) {
    if (!rules.mayMatch("exports", "sells_back", s.lower())) return;
    Anchored found = rules.find("exports", "sells_back", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      Mention<Country> seller = null;
      for (Mention<Country> c : s.countries) {
        if (c.end() <= m.start() && Regex.matches(s.text.substring(c.end(), m.start()), ",\\s*")) seller = c;
      }
      if (seller == null || SentenceView.isAdjective(seller)) continue;
      String from = seller.entity().iso3();
      if (!s.pair.contains(from) || !rules.foundIn("exports", "goods_cue", s.text.substring(0, seller.start()))) continue;
      String to = s.pair.other(from);
      // "whose main sales to Mexico are …": a buyer named in the phrase must be the other member
      boolean elsewhere = false;
      for (Mention<Country> c : s.countriesIn(m.start(), m.end())) elsewhere |= !c.entity().iso3().equals(to);
      if (elsewhere) continue;
      String list = listFrom(s, m.end());
      if (Regex.find(list, "\\b(?:to|from)\\s+(?:the\\s+)?\\p{Lu}")) continue; // "which exports avocados to Japan"
      add(s, r, from, to, list, m.start());
    }
  }

  /**
   * A member named at the pattern's group 1 sells the goods that follow the match to the other:
   * "…, nearly all of it Turkish exports, mainly clothing and foodstuffs" ({@link #EXPORTS_MAINLY}),
   * "Bulgaria's main exports to Greece are copper and wheat; Greece's are fruit and medicines"
   * ({@link #THEIRS_ARE}, only after a list of exports to the other told before it).
   */
  private void memberThenGoods(SentenceView s, Reading r, Pattern pattern, boolean afterExportsTo) {
    Matcher m = pattern.matcher(s.text);
    while (m.find()) {
      String from = null;
      for (Mention<Country> c : s.countries) if (c.start() == m.start(1)) from = c.entity().iso3();
      if (from == null || !s.pair.contains(from)) continue;
      if (afterExportsTo && !Regex.find(s.lower().substring(0, m.start()), "\\bexports?\\s+to\\b")) continue;
      add(s, r, from, s.pair.other(from), listFrom(s, m.end()), m.start());
    }
  }

  /** The words of a list of goods from {@code at} to where the list stops. */
  private static String listFrom(SentenceView s, int at) {
    String list = s.text.substring(at);
    Matcher stop = LIST_STOP.matcher(list);
    return stop.find() ? list.substring(0, stop.start()) : list;
  }

  /** "…, nearly all of it Turkish exports, mainly clothing and foodstuffs". */
  private static final Pattern EXPORTS_MAINLY = Lead.compileExact(
      "\\b(\\p{Lu}[\\p{L}]+)\\s+exports,\\s+(?:mainly|mostly|chiefly|largely|principally|notably)\\s+(?=\\p{Ll})");

  /** "…; Greece's are fruit and medicines": the other side's list told by its possessive alone. */
  private static final Pattern THEIRS_ARE = Lead.compileExact(
      "(?:;|,\\s+and|,?\\s+(?:while|whereas))\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)(?:'s|’s)\\s+(?:are|were|include|included|comprise)\\s+(?=\\p{Ll})");

  /**
   * A bullet of a list under a brief's caption "Main exports from Senegal to Mauritania (2022)":
   * the caption says who sells to whom, each bullet is one product ("live sheep and goats").
   */
  private void captioned(SentenceView s, Reading r) {
    String caption = s.caption();
    // "MAIN EXPORTS" as a brief's heading, over lines without bullets: "Oman to Yemen: fuel, cement"
    List<String> section = s.block().section();
    if (caption == null && s.block().kind() == org.bilateral.read.Block.Kind.PARAGRAPH && !section.isEmpty()
        && BARE_CAPTION.matcher(section.get(section.size() - 1).trim()).matches()) {
      directedBullet(s, r, section.get(section.size() - 1));
      return;
    }
    if (caption == null || s.block().kind() != org.bilateral.read.Block.Kind.BULLET) return;
    String[] direction = captionDirection(s, caption);
    if (direction == null) {
      directedBullet(s, r, caption);
      return;
    }
    String item = Regex.replaceFirst(s.text.trim(), "^[-*•·–]\\s*", "");
    item = Regex.replaceAll(item, "\\s*\\([^)]*\\d[^)]*\\)|[.;]$", "").trim();
    if (item.isEmpty() || Regex.find(item, "\\d")) return;
    List<String> products = item.contains(",") ? products(item) : List.of(item);
    Matcher year = CAPTION_YEAR.matcher(caption);
    r.add(new Exports(direction[0], direction[1], year.find() ? Integer.valueOf(year.group(1)) : year(s, 0), products, List.of(s.source())));
  }

  /**
   * "Main exports" over bullets that each say the direction: "- Botswana to Zimbabwe: soda ash, salt",
   * "- From Zimbabwe to Botswana: cement".
   */
  private void directedBullet(SentenceView s, Reading r, String caption) {
    if (!BARE_CAPTION.matcher(caption.trim()).matches()) return;
    Matcher b = DIRECTED_BULLET.matcher(s.text);
    if (!b.lookingAt()) return;
    String seller = s.country(b.group(1)).map(Country::iso3).orElse(null);
    String buyer = s.country(b.group(2)).map(Country::iso3).orElse(null);
    Matcher year = CAPTION_YEAR.matcher(caption);
    if (seller == null || buyer == null) return;
    String list = s.text.substring(b.end());
    if (seller.equals(buyer) || !s.pair.contains(seller) || !s.pair.contains(buyer)) return;
    if (NOT_PRODUCTS.matcher(list.trim()).lookingAt() || Regex.find(list, "\\d(?![^(]*\\))")) return;
    List<String> products = products(Regex.replaceAll(list, "\\s*\\([^)]*\\d[^)]*\\)", ""));
    if (products.isEmpty()) return;
    r.add(new Exports(seller, buyer, year.find() ? Integer.valueOf(year.group(1)) : year(s, 0), products, List.of(s.source())));
  }

  private static final Pattern BARE_CAPTION = Pattern.compile(
      "(?i)(?:(?:main|principal|major|key|chief|leading)\\s+)?(?:exports|export\\s+products|goods\\s+traded|products\\s+traded)(?:\\s*\\(?\\d{4}\\)?)?\\s*:?");
  private static final Pattern DIRECTED_BULLET = Pattern.compile(
      "^\\s*(?:[-*•·–]\\s*)?(?:[Ff]rom\\s+)?(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s+(?:to|→|->)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s*:\\s*");
  private static final Pattern AMOUNT_FIRST = Pattern.compile("\\s*(?:[\\p{L}$€£¥]{1,4}\\s?)?\\d");
  private static final Pattern CAPTION_YEAR = Pattern.compile("\\b(\\d{4})\\)?\\s*:?\\s*$");

  /** {seller, buyer} a caption of goods gives, or null: the caption must be nothing but a heading of exports. */
  private static String[] captionDirection(SentenceView s, String caption) {
    String c = caption.trim();
    if (!c.toLowerCase(java.util.Locale.ROOT).contains("exports") && !c.toLowerCase(java.util.Locale.ROOT).contains("imports")) return null;
    Matcher m = heading(c.endsWith(":") ? c : c + ":");
    if (!m.matches()) return null;
    String[] found = direction(s, m);
    return found[0] == null || found[1] == null ? null : found;
  }

  /** A matcher of {@link #HEADING} on the text, or of {@link #POSSESSIVE_HEADING} when the text opens with a possessive. */
  private static Matcher heading(String text) {
    Matcher possessive = POSSESSIVE_HEADING.matcher(text);
    if (possessive.lookingAt()) return possessive.reset();
    Matcher imports = IMPORTS_HEADING.matcher(text);
    return imports.lookingAt() ? imports.reset() : HEADING.matcher(text);
  }

  /** The seller and buyer a heading match names (either may be null). */
  private static String[] direction(SentenceView s, Matcher m) {
    // the names the heading gives the seller and the buyer (the buyer may go unsaid: the other member)
    String sellerName = null, buyerName = null;
    if (m.pattern() == IMPORTS_HEADING) {
      // what one member imports from the other is what the other sells it
      buyerName = m.group(1);
      sellerName = m.group(2);
    } else if (m.pattern() == POSSESSIVE_HEADING) {
      sellerName = m.group(1);
      buyerName = m.group(2);
    } else if (m.group(2) != null) {
      sellerName = m.group(2);
      buyerName = m.group(3);
    } else if (m.group(1) != null) {
      sellerName = m.group(1);
      buyerName = m.group(4);
    }
    String seller = sellerName == null ? null : s.country(sellerName).map(Country::iso3).orElse(null);
    String buyer = buyerName == null ? null : s.country(buyerName).map(Country::iso3).orElse(null);
    // "Main RI exports to Malaysia" in Indonesia's brief: a short form it never defines is the other member
    if (seller == null && sellerName != null) seller = s.unsaidOther(sellerName, buyer);
    if (buyer == null && buyerName != null) buyer = s.unsaidOther(buyerName, seller);
    if (buyer == null && buyerName == null && seller != null) buyer = s.pair.other(seller);
    return new String[] {seller, buyer};
  }

  /** The seller opens its clause ("Pakistan sells …; Afghanistan exports …") and the sentence's other clause is the other member's. */
  private static boolean bothSell(SentenceView s, Matcher m, String seller) {
    int[] clause = s.clauseAt(m.start());
    if (!Regex.matches(s.text.substring(clause[0], m.start()), "\\s*(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L} -]*?\\s*")) return false;
    String other = s.pair.other(seller);
    for (Mention<Country> c : s.countries) {
      if (c.entity().iso3().equals(other) && !SentenceView.isAdjective(c) && (c.end() <= clause[0] || c.start() >= clause[1])) return true;
    }
    return false;
  }

  /**
   * A brief's line: "Main Turkish exports: jewellery, furniture" (the buyer is the other member),
   * "Main exports, Nigeria to Ghana: crude oil, cement", "Main exports (Ghana to Nigeria): cocoa".
   */
  /** The noun of a heading of exports: "exports", "export items", "export products". */
  private static final String EXPORTS = "(?:exports|export\\s+(?:items|products|goods|commodities))";

  private static final Pattern ITEMS_OF = Pattern.compile(
      "((?i:main|principal|major|key|chief|top|leading)\\s+)(?i:items|products|goods)\\s+of\\s+((?:\\p{Lu}\\p{L}+\\s+)?)((?i:export|import))(?![\\p{L}])");
  private static final Pattern HEADING = Pattern.compile(
      "^(?:(?:main|principal|major|key|chief|top|leading)\\s+)(?:(\\p{Lu}\\p{L}+)\\s+)?" + EXPORTS + "(?:(?:,\\s*|\\s*\\(\\s*|\\s+)(?:(?:from|of|by)\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s+to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s*\\)?"
          // "Main Norwegian exports to Sweden (2023):": the seller by its adjective, the buyer after "to"
          + "|\\s+to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?))?(?:,?\\s*(?:in\\s+)?\\d{4}|\\s*\\(\\d{4}\\))?\\s*:\\s*",
      Pattern.CASE_INSENSITIVE);

  /** "Estonia's main exports to Latvia (2023):", "Pakistan's exports:": the seller before its possessive. */
  private static final Pattern POSSESSIVE_HEADING = Pattern.compile(
      "^(\\p{Lu}[\\p{L} ]*?)(?:'s|’s)\\s+(?:(?:main|principal|major|key|chief|top|leading)\\s+)?" + EXPORTS + "(?:\\s+to\\s+(\\p{Lu}[\\p{L} ]*?))?"
          + "(?:,?\\s*(?:in\\s+)?\\d{4}|\\s*\\(\\d{4}\\))?\\s*:\\s*");

  /** "Main RI imports from Malaysia (2023):", "Pakistan's main imports from Mexico:": the buyer first, the seller after "from". */
  private static final Pattern IMPORTS_HEADING = Pattern.compile(
      "^(?:(?:main|principal|major|key|chief|top|leading)\\s+)?(?:(\\p{Lu}[\\p{L} ]*?)(?:(?:'s|’s)\\s+(?:(?:main|principal|major|key|chief|top|leading)\\s+)?)?\\s*)?(?:imports|import\\s+(?:items|products|goods|commodities))\\s+from\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)"
          + "(?:,?\\s*(?:in\\s+)?\\d{4}|\\s*\\(\\d{4}\\))?\\s*:\\s*", Pattern.CASE_INSENSITIVE);

  private void heading(SentenceView s, Reading r) {
    if (!s.lower().contains("export") && !s.lower().contains("import")) return;
    // ("6.3 Main Thai exports …", "17. Top PH exports …": a brief's paragraph number before its heading)
    String text = SentenceView.unnumbered(s.text.trim());
    // "Main items of Kyrgyz export to the RT (2024):" says "Main Kyrgyz export items to the RT (2024):"
    Matcher items = ITEMS_OF.matcher(text);
    if (items.lookingAt()) text = items.group(1) + items.group(2) + items.group(3) + " items" + text.substring(items.end());
    Matcher m = heading(text);
    if (!m.lookingAt()) return;
    String[] found = direction(s, m);
    String seller = found[0], buyer = found[1];
    if (seller == null || buyer == null) return;
    String list = text.substring(m.end());
    if (Money.find(list).stream().anyMatch(a -> a.start() < 12)) return;
    // "Main exports from New Zealand to Tonga: meat; dairy products; timber": a brief's items may stand between semicolons
    if (list.indexOf(',') < 0) list = list.replace(';', ',');
    add(s, r, seller, buyer, list, 0);
  }

  /**
   * The other ways an article says who sells what to whom, each read by its phrase list in
   * rules/exports.yaml: "A was the main supplier of X and Y to B", "A bought X from B", "X makes up
   * most of B's imports from A", and an exchange "X from A, and Y from B".
   */
  private void otherForms(SentenceView s, Reading r) {
    String lower = s.lower();
    if (rules.mayMatch("exports", "supplier_of", lower)) tradedWith(s, r, "supplier_of", " to ", true);
    if (rules.mayMatch("exports", "bought", lower)) tradedWith(s, r, "bought", " from ", false);
    if (rules.mayMatch("exports", "share_of_imports", lower)) share(s, r);
    if (lower.contains(" from ") && lower.contains(" and ")) exchange(s, r);
  }

  /**
   * "Pakistan was the main supplier of raw cotton and jute to the Japanese textile industry" (the
   * subject sells, to the country after "to"), "... and bought textile machinery from Japan" (the
   * subject buys, from the country after "from"): the goods stand between the verb and the country.
   */
  private void tradedWith(SentenceView s, Reading r, String list, String preposition, boolean subjectSells) {
    Anchored found = rules.find("exports", list, s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      int at = s.text.indexOf(preposition, m.end());
      // (a list of five goods runs past eighty characters: "tobacco, nickel matte, platinum-group metal concentrates, …")
      if (at < 0 || at - m.end() > 160 || s.text.substring(m.end(), at).indexOf(';') >= 0) {
        unsaidPartner(s, r, m, subjectSells);
        continue;
      }
      Mention<Country> other = countryAt(s, at + preposition.length());
      if (other == null) continue;
      String subject = seller(s, m.start()), partner = other.entity().iso3();
      String goods = s.text.substring(m.end(), at);
      // "… exports ships and boats, …": "ships" before "and" is goods, not the verb
      if (Regex.find(goods, "^\\s*(?:and|or)\\b")) continue;
      // "exported goods worth about US$2 million to Eritrea, mostly foodstuffs and fuel": the goods follow the amount
      if (Regex.matches(goods, "\\s*(?:goods|products|merchandise)\\s+(?:worth|valued)\\b.*")) {
        Matcher after = GOODS_AFTER.matcher(s.text).region(other.end(), s.text.length());
        if (!after.lookingAt()) continue;
        goods = s.text.substring(after.end());
        Matcher stop = LIST_STOP.matcher(goods);
        if (stop.find()) goods = goods.substring(0, stop.start());
      }
      // "food supplies and personnel were sent to Qatar": the noun "supplies", and a clause of its own
      if (Regex.find(goods, "\\b(?:were|was|is|are|been|being)\\b")) continue;
      if (subjectSells) add(s, r, subject, partner, goods, m.start());
      else add(s, r, partner, subject, goods, m.start());
    }
  }

  /**
   * The partner said another way: "…, and buys steel and machinery" (the subject of the sentence
   * buys from the other member), "Pakistan supplied Mexico with salt and petroleum products" (the
   * buyer before "with").
   */
  private void unsaidPartner(SentenceView s, Reading r, Matcher m, boolean subjectSells) {
    String rest = s.text.substring(m.end());
    Matcher stop = LIST_STOP.matcher(rest);
    if (stop.find()) rest = rest.substring(0, stop.start());
    if (subjectSells) {
      // ("supply northern Mexico with …": a part of the buyer is the buyer)
      Matcher region = REGION.matcher(s.text).region(m.end(), s.text.length());
      Mention<Country> buyer = countryAt(s, region.lookingAt() ? region.end() : m.end() + 1);
      if (buyer == null || SentenceView.isAdjective(buyer)) return;
      Matcher with = WITH_GOODS.matcher(s.text).region(buyer.end(), s.text.length());
      if (!with.lookingAt()) return;
      String goods = s.text.substring(with.end());
      Matcher end = LIST_STOP.matcher(goods);
      if (end.find()) goods = goods.substring(0, end.start());
      add(s, r, seller(s, m.start()), buyer.entity().iso3(), goods, m.start());
      return;
    }
    // the verb's subject is elided after the clause that named it, and the goods follow in lower case
    // ("… to Britain and bought coal and textiles in return": with no comma only when the exchange is said)
    boolean andAfterComma = Regex.find(s.text.substring(0, m.start()), ",\\s+and\\s+(?:(?:mainly|chiefly|mostly|largely)\\s+)?$");
    boolean inReturn = Regex.find(s.text.substring(0, m.start()), "\\s+and\\s+(?:(?:mainly|chiefly|mostly|largely)\\s+)?$")
        && Regex.find(rest, "\\s+in\\s+(?:return|exchange)\\s*$");
    if (!andAfterComma && !inReturn) return;
    if (!Regex.matches(rest, "\\s+\\p{Ll}.*") || Regex.find(rest, "\\b(?:from|with|by|in)\\s+\\p{Lu}")) return;
    // the elided subject is the sentence's: its first member named as a noun ("Pakistan supplied Mexico …, and bought …")
    String buyer = null;
    for (Mention<Country> c : s.countriesIn(0, m.start())) {
      if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) { buyer = c.entity().iso3(); break; }
    }
    if (buyer == null) return;
    add(s, r, s.pair.other(buyer), buyer, rest, m.start());
  }

  private static final Pattern GOODS_AFTER = Pattern.compile(
      "(?:\\s+in\\s+\\d{4})?,\\s*(?:mostly|mainly|chiefly|largely|primarily|principally|notably|especially|particularly|including)\\s+(?=\\p{Ll})");
    private static final Pattern LIST_STOP = Pattern.compile("[;.](?:\\s|$)|,\\s+(?:while|whereas|but|and\\s+(?:the|it|its|in|since|trade))\\b");
  private static final Pattern WITH_GOODS = Pattern.compile("\\s+with\\s+(?=\\p{Ll})");

  /** "crude oil makes up around 98 percent of South Africa's imports from Nigeria". */
  private void share(SentenceView s, Reading r) {
    Anchored found = rules.find("exports", "share_of_imports", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      Matcher imports = SHARE_IMPORTS.matcher(s.text.substring(m.end()));
      if (!imports.lookingAt()) continue;
      int buyerAt = m.end() + imports.start(1), sellerAt = m.end() + imports.start(2);
      Mention<Country> buyer = countryAt(s, buyerAt), seller = countryAt(s, sellerAt);
      if (buyer == null || seller == null) continue;
      // the goods are the subject of the verb: back to the clause's start or its last comma
      int[] clause = s.clauseAt(m.start());
      int from = Math.max(clause[0], Math.max(s.text.lastIndexOf(", ", m.start()) + 2, s.text.lastIndexOf("; ", m.start()) + 2));
      String list = Regex.replaceFirst(s.text.substring(from, m.start()).trim(), "(?i)^(?:and|but|while|whereas)\\s+", "");
      add(s, r, seller.entity().iso3(), buyer.entity().iso3(), list, m.start());
    }
  }

  private static final Pattern SHARE_IMPORTS = Pattern.compile(
      "[^,;.]{0,40}?\\bof\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} .-]*?)(?:'s|’s)\\s+imports\\s+from\\s+(?:the\\s+)?(\\p{Lu})");

  /** "the exchange of the two countries' main products: jute and tea from Bangladesh, and cotton and cloth from Pakistan". */
  private void exchange(SentenceView s, Reading r) {
    Matcher m = EXCHANGE.matcher(s.text);
    while (m.find()) {
      // only where the sentence speaks of goods changing hands
      if (!rules.foundIn("exports", "exchange_cue", s.text.substring(0, m.start()))) continue;
      Mention<Country> a = countryAt(s, m.start(2)), b = countryAt(s, m.start(4));
      if (a == null || b == null) continue;
      String x = a.entity().iso3(), y = b.entity().iso3();
      if (x.equals(y) || !s.pair.contains(x) || !s.pair.contains(y)) continue;
      add(s, r, x, y, m.group(1), m.start());
      add(s, r, y, x, m.group(3), m.start());
    }
  }

  private static final Pattern EXCHANGE = Lead.compileExact(
      ":\\s*([^:;,]+?)\\s+from\\s+(?:the\\s+)?(\\p{Lu}[^,;:]*?),?\\s+and\\s+([^:;,]+?)\\s+from\\s+(?:the\\s+)?(\\p{Lu})");

  /** Goods a member of the pair sells the other, unless the list is an amount ("$2 billion of ...") or no goods. */
  private void add(SentenceView s, Reading r, String seller, String buyer, String list, int at) {
    if (seller == null || buyer == null) return;
    if (seller.equals(buyer) || !s.pair.contains(seller) || !s.pair.contains(buyer)) return;
    if (NOT_PRODUCTS.matcher(list.trim()).lookingAt() || Regex.find(list, "\\d")) return;
    List<String> products = products(list);
    if (products.isEmpty()) return;
    r.add(new Exports(seller, buyer, year(s, at), products, List.of(s.source())));
  }

  private static Integer year(SentenceView s, int at) {
    PartialDate d = s.dateFor(at);
    if (d == null) d = s.anchor;
    return d == null ? null : d.year();
  }

  /** The country (or its adjective: "the Japanese textile industry") named at a position, after an optional "the". */
  private static Mention<Country> countryAt(SentenceView s, int at) {
    int pos = at;
    if (s.text.startsWith("the ", pos)) pos += 4;
    for (Mention<Country> c : s.countries) if (c.start() == pos || c.start() == at) return c;
    return null;
  }

  private static final Pattern REGION = Pattern.compile(
      "\\s+(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|central)\\s+(?=\\p{Lu})");
  private static final Pattern TRADERS_BEFORE = Pattern.compile(
      "(?:traders|merchants|exporters|producers|firms|companies|farmers|herders|suppliers)\\s+$");

  /** Who trades: a member's traders named just before the verb ("Sudanese traders supply …"), else the clause's subject. */
  private static String seller(SentenceView s, int at) {
    Matcher traders = TRADERS_BEFORE.matcher(s.text).region(Math.max(0, at - 20), at);
    if (traders.find()) {
      Mention<Country> last = null;
      for (Mention<Country> c : s.countriesIn(s.clauseAt(at)[0], traders.start())) last = c;
      if (last != null && s.pair.contains(last.entity().iso3()) && last.end() + 1 >= traders.start()) return last.entity().iso3();
    }
    return subject(s, at);
  }

  /** The country a clause is about: the last one named before the phrase in its clause, else in the sentence. */
  private static String subject(SentenceView s, int at) {
    String out = null;
    for (Mention<Country> c : s.countriesIn(s.clauseAt(at)[0], at)) {
      if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) out = c.entity().iso3();
    }
    if (out != null) return out;
    for (Mention<Country> c : s.countriesIn(0, at)) {
      if (s.pair.contains(c.entity().iso3()) && !SentenceView.isAdjective(c)) return c.entity().iso3();
    }
    return null;
  }

  /**
   * Splits a list of goods. Items are separated by commas; the last item is joined by "and": with
   * a serial comma ("salt, and pepper") it stands whole ("..., and fish and fish preparations"),
   * without one ("cigarettes, ethyl alcohol and medicines") its "and" separates two items. An
   * item inside the list keeps its "and" ("textiles and clothing articles, medical instruments").
   */
  static List<String> products(String list) {
    Matcher end = LIST_END.matcher(list);
    if (end.find()) list = list.substring(0, end.start());
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
      // "iron and steel products", "fish and fish products": one heading of goods, not two
      // ("perfumes and cosmetics and machinery": the heading, then the last item after it)
      Matcher heading = BINOMIAL.matcher(last);
      if (and > 0 && heading.lookingAt()) and = last.indexOf(" and ", heading.end()) == heading.end() ? heading.end() : -1;
      else if (and > 0 && sameHead(last.substring(0, and), last.substring(and + 5))) and = -1;
      if (and > 0) {
        items.add(last.substring(0, and));
        items.add(last.substring(and + 5));
      } else items.add(last);
    }
    List<String> out = new ArrayList<>();
    for (String item : items) {
      String p = Regex.replaceAll(item.trim(), "[.]$", "").trim();
      // "sold mainly machinery, …", "…, and railway equipment in return": how much and why are no part of the goods
      p = Regex.replaceFirst(p, "^(?:mainly|mostly|chiefly|largely|primarily|principally|led\\s+by|headed\\s+by|dominated\\s+by)\\s+", "");
      p = Regex.replaceFirst(p, "\\s+in\\s+(?:return|exchange)$", "");
      // "Jordan exports vegetables … and cosmetics to the kingdom": the buyer, named by what it is, ends the list
      p = Regex.replaceFirst(p, "\\s+to\\s+(?:the\\s+|its\\s+|their\\s+)?(?:kingdom|republic|emirate|sultanate|federation|island\\s+nation|islands?|"
          + "country|neighbou?r(?:ing\\s+country)?|latter|former)$", "");
      // "refined petroleum products from the Assab refinery": where the goods come from is no part of them
      p = Regex.replaceFirst(p, "\\s+from\\s+(?:the\\s+)?\\p{Lu}.*$", "");
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }
}
