package org.bilateral.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wikidata ids of countries, resolved through the labels a data set gives beside them: a QID seen
 * once with a label the resolver reads is known for every later row, even one whose label is
 * missing or odd. The first readable label of a QID wins.
 */
public final class WikidataCountries {
  private static final Pattern QID = Pattern.compile("(Q\\d+)\\s*$");

  private final Resolver resolver;
  private final Map<String, Optional<Place>> byQid = new HashMap<>();

  public WikidataCountries(Resolver resolver) { this.resolver = resolver; }

  /** The QID of an entity URL ({@code http://www.wikidata.org/entity/Q889}) or a bare QID; null if none. */
  public static String qid(String urlOrId) {
    if (urlOrId == null) return null;
    Matcher m = QID.matcher(urlOrId.strip());
    return m.find() ? m.group(1) : null;
  }

  /** The country with this QID, learning it from {@code label} the first time the label resolves. */
  public Optional<Place> resolve(String qidOrUrl, String label) {
    String q = qid(qidOrUrl);
    Optional<Place> known = q == null ? null : byQid.get(q);
    if (known != null && known.isPresent()) return known;
    Optional<Place> p = resolver.country(label);
    if (q != null && (known == null || p.isPresent())) byQid.put(q, p);
    return p;
  }
}
