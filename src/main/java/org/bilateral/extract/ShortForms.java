package org.bilateral.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.MatchKind;
import org.bilateral.gazetteer.Mention;
import org.bilateral.read.Document;

/**
 * The short forms a document uses for the two members, which no gazetteer can hold because they mean a country only
 * in that document: the ones it defines ("Republic of Kazakhstan (RK)", "Kyrgyz Republic (KR)") and a member's
 * two-letter code ("BD exports to MM" in a Bangladesh–Myanmar brief), and "Korea" for the one Korea of the pair. A
 * two-letter code that is an English word ("IN", "NO") is left alone.
 */
final class ShortForms {
  private final Map<String, Country> forms;
  private final Pattern found;
  /** Forms that are adjectives ("Korean"), not names. */
  private final Set<String> adjectives;

  private ShortForms(Map<String, Country> forms, Set<String> adjectives) {
    this.forms = forms;
    this.adjectives = adjectives;
    this.found = forms.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d.-])(?:"
        + String.join("|", forms.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d-]|\\.\\p{L})");
  }

  static final ShortForms NONE = new ShortForms(Map.of(), Set.of());

  private static final Set<String> WORDS = Set.of("AM", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME",
      "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "US", "WE", "AN", "ID", "PA");
  /**
   * "Republic of Kazakhstan (RK)", "Government of Nepal (GoN)", "Republic of Uzbekistan (RUz)": a short form in
   * parentheses right after a name, two capitals at least (not a place: "Kazakhstan (Astana)").
   */
  private static final Pattern DEFINED = Pattern.compile("\\s*\\(((?=\\p{L}*\\p{Lu}\\p{L}*\\p{Lu})\\p{Lu}\\p{L}{1,5})\\)");

  static ShortForms of(Document doc, Pair pair) {
    Map<String, Country> forms = new LinkedHashMap<>();
    Gazetteer g = Gazetteer.get();
    for (String iso3 : pair.asList()) {
      g.country(iso3).ifPresent(c -> {
        if (c.iso2() != null && !WORDS.contains(c.iso2()) && g.findCountries(c.iso2()).isEmpty()) forms.put(c.iso2(), c);
      });
    }
    // "Korea", "Korean" in an article on one of the two Koreas: that member (the gazetteer gives the bare name to neither)
    boolean south = pair.contains("KOR"), north = pair.contains("PRK");
    if (south != north) g.country(south ? "KOR" : "PRK").ifPresent(c -> {
      forms.put("Korea", c);
      forms.put("Korean", c);
    });
    // only the words just before each "(XX)" are asked of the gazetteer: most documents define nothing
    String text = doc.plain();
    Matcher d = DEFINED.matcher(text);
    while (d.find()) {
      if (!g.findCountries(d.group(1)).isEmpty()) continue;
      int from = Math.max(0, d.start() - 60);
      for (Mention<Country> m : g.findCountries(text.substring(from, d.start()))) {
        if (from + m.end() == d.start() && pair.contains(m.entity().iso3()) && m.kind() != MatchKind.DEMONYM) forms.put(d.group(1), m.entity());
      }
    }
    return forms.isEmpty() ? NONE : new ShortForms(forms, forms.containsKey("Korean") ? Set.of("Korean") : Set.of());
  }

  /** The member a short form stands for, or null. */
  Country get(String form) { return forms.get(form); }

  /** The forms and their members, as text: the same for two documents that define the same forms. */
  String key() {
    StringBuilder b = new StringBuilder();
    forms.forEach((f, c) -> b.append(f).append('=').append(c.iso3()).append(';'));
    return b.toString();
  }

  /** The members this sentence names by a short form, as mentions. */
  List<Mention<Country>> in(String sentence) {
    if (found == null) return List.of();
    List<Mention<Country>> out = new ArrayList<>();
    Matcher m = found.matcher(sentence);
    while (m.find()) {
      MatchKind kind = adjectives.contains(m.group()) ? MatchKind.DEMONYM : MatchKind.ALIAS;
      out.add(new Mention<>(m.start(), m.end(), m.group(), forms.get(m.group()), kind, "short form"));
    }
    return out;
  }
}
