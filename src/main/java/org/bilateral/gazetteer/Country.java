package org.bilateral.gazetteer;

import java.util.List;

/**
 * An ISO 3166-1 country (or territory with an alpha-3 code).
 *
 * @param iso3 alpha-3 code, upper case, e.g. {@code MEX}
 * @param iso2 alpha-2 code, e.g. {@code MX}
 * @param name common English name, e.g. {@code Mexico}
 * @param aliases official name and other names and spellings, e.g. {@code United Mexican States}
 * @param demonyms English demonyms and adjectives, e.g. {@code Mexican}
 * @param capital capital city as world-countries writes it, or {@code null}
 * @param lat latitude of the country's centre
 * @param lon longitude of the country's centre
 */
public record Country(
    String iso3,
    String iso2,
    String name,
    List<String> aliases,
    List<String> demonyms,
    String capital,
    double lat,
    double lon) {

  public Country {
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
  }
}
