package org.bilateral.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.BadInputException;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.Mention;
import org.bilateral.read.Document;

/**
 * Finds which pair a document is about. Titles of the genre are "A–B relations" (en dash, hyphen,
 * or "and"); a hyphen may also sit inside a name (Guinea-Bissau), so every split point is tried.
 * Without a usable title, the two countries the text names most often are taken, if clearly so.
 */
final class PairFinder {
  private static final Pattern TITLE = Pattern.compile(
      "^(?:(?:diplomatic|foreign|bilateral)\\s+)?(?:relations\\s+between\\s+)?(.+?)(?:\\s+(?:relations|ties|bilateral relations))?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[–—]\\s*|\\s*-\\s*|\\s+and\\s+|\\s*/\\s*");

  private PairFinder() {}

  static Pair find(Document doc) {
    if (doc.title() != null) {
      Optional<Pair> fromTitle = fromTitle(doc.title());
      if (fromTitle.isPresent()) return fromTitle.get();
    }
    return fromText(doc).orElseThrow(() -> new BadInputException(doc.name(),
        "no recognisable pair of countries (neither in a title like \"A–B relations\" nor in the text)"));
  }

  static Optional<Pair> fromTitle(String title) {
    List<String> names = titleNames(title);
    if (names.isEmpty()) return Optional.empty();
    Gazetteer g = Gazetteer.get();
    return Optional.of(new Pair(g.country(names.get(0)).orElseThrow().iso3(), g.country(names.get(1)).orElseThrow().iso3()));
  }

  /**
   * The names the title gives the pair's two members ("Soviet Union", "India"), as split at the
   * first separator that leaves two different countries; empty when the title names no pair.
   */
  static List<String> titleNames(String title) {
    if (title == null) return List.of();
    Matcher t = TITLE.matcher(title.trim());
    if (!t.matches()) return List.of();
    String core = t.group(1);
    Gazetteer g = Gazetteer.get();
    Matcher sep = SEPARATOR.matcher(core);
    while (sep.find()) {
      String a = core.substring(0, sep.start()), b = core.substring(sep.end());
      Optional<Country> x = g.country(a), y = g.country(b);
      if (x.isPresent() && y.isPresent() && !x.get().iso3().equals(y.get().iso3())) return List.of(a.trim(), b.trim());
    }
    return List.of();
  }

  static Optional<Pair> fromText(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    List<Mention<Country>> mentions = Gazetteer.get().findCountries(doc.plain());
    for (Mention<Country> m : mentions) {
      counts.merge(m.entity().iso3(), 1, Integer::sum);
      first.putIfAbsent(m.entity().iso3(), m.start());
    }
    List<String> top = counts.keySet().stream()
        .sorted((x, y) -> counts.get(y) - counts.get(x) != 0 ? counts.get(y) - counts.get(x) : first.get(x) - first.get(y))
        .toList();
    if (top.size() < 2) return Optional.empty();
    int second = counts.get(top.get(1));
    int third = top.size() > 2 ? counts.get(top.get(2)) : 0;
    // Two countries named a few times each, clearly ahead of any third: that is the pair.
    if (second < 2 || second <= third) return Optional.empty();
    String a = top.get(0), b = top.get(1);
    return Optional.of(first.get(a) <= first.get(b) ? new Pair(a, b) : new Pair(b, a));
  }
}
