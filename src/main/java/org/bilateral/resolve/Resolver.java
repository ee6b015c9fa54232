package org.bilateral.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bilateral.gazetteer.City;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;

/**
 * Entity resolution shared by every reader of structured sources: country names, Historian slugs
 * and Wikidata ids to codes, historical states to codes of their own, cities to their country.
 *
 * <p>Historical states are looked up before the gazetteer, which reads "Soviet Union" as Russia
 * (the dossier format's convention for articles); data sets that name the USSR mean the USSR.
 */
public final class Resolver {
  private static final class Holder {
    static final Resolver INSTANCE = new Resolver();
  }

  private final Gazetteer gazetteer = Gazetteer.get();
  private final HistoricalStates historical = new HistoricalStates();
  private final Map<String, String> extraNames = new HashMap<>();

  private Resolver() {
    for (String[] f : Tsv.read("country-names.tsv")) {
      String code = f[1].strip();
      if (gazetteer.byIso3(code).isEmpty() && historical.byCode(code).isEmpty())
        throw new IllegalStateException("country-names.tsv: unknown code " + code);
      extraNames.put(Names.key(f[0]), code);
    }
  }

  public static Resolver get() { return Holder.INSTANCE; }

  public HistoricalStates historicalStates() { return historical; }

  /** A country by name, ISO code, demonym, or historical state name or code. */
  public Optional<Place> country(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    Optional<HistoricalStates.State> h = historical.byName(name);
    if (h.isPresent()) return Optional.of(h.get().place());
    String extra = extraNames.get(Names.key(name));
    if (extra != null) return byCode(extra);
    return gazetteer.country(name).map(c -> Place.current(c.iso3(), c.name()));
  }

  /** A country by the code the record uses for it (ISO alpha-3, or a historical state's own code). */
  public Optional<Place> byCode(String code) {
    if (code == null) return Optional.empty();
    Optional<HistoricalStates.State> h = historical.byCode(code);
    if (h.isPresent()) return Optional.of(h.get().place());
    return gazetteer.byIso3(code).map(c -> Place.current(c.iso3(), c.name()));
  }

  /**
   * A country by the Office of the Historian's id ("korea-south", "soviet-union"), with the label
   * the record gives beside it: the label decides when it names a country, since the Historian
   * files the USSR's visits under "russia" with the label "U.S.S.R.".
   */
  public Optional<Place> historian(String slug, String label) {
    // the label first: it says "U.S.S.R." under the id "russia", "Korea, South" under "korea"
    Optional<Place> byLabel = country(label);
    if (byLabel.isPresent()) return byLabel;
    if (slug != null && !slug.isBlank()) {
      Optional<HistoricalStates.State> h = historical.bySlug(slug);
      if (h.isPresent()) return Optional.of(h.get().place());
      Optional<Place> p = country(slug);
      if (p.isEmpty()) p = country(slug.replace('-', ' '));
      if (p.isPresent()) return p;
    }
    return Optional.empty();
  }

  /** The country of a city, when the gazetteer knows one city of that name (the most populous wins). */
  public Optional<Place> countryOfCity(String city) {
    return gazetteer.cities(city).stream().findFirst().map(City::countryIso3).flatMap(this::byCode);
  }

  /** The city as the gazetteer writes it, when {@code country} has one of that name. */
  public Optional<String> city(String name, String country) {
    return gazetteer.city(name, country).map(City::name);
  }

  /** The display name of a code, or the code itself. */
  public String name(String code) {
    return byCode(code).map(Place::name).orElse(code);
  }

  /** The gazetteer country of a current code, for callers that need its capital or aliases. */
  public Optional<Country> gazetteerCountry(String code) { return gazetteer.byIso3(code); }
}
