package org.bilateral.cli;

import java.util.List;
import org.bilateral.BadInputException;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.resolve.Place;
import org.bilateral.resolve.Resolver;

/** Turns what the user typed for a country (name, code, demonym, any case) into the gazetteer's country. */
final class Countries {
  private Countries() {}

  static Country resolve(String typed) {
    // a historical state is itself (the USSR is not Russia), though the gazetteer reads it as its successor
    var place = Resolver.get().country(typed);
    if (place.isPresent() && place.get().historical()) {
      Place p = place.get();
      return new Country(p.code(), null, p.name(), List.of(), List.of(), null, 0, 0);
    }
    return Gazetteer.get().country(typed).orElseThrow(() -> new UnknownCountry(typed, suggestions(typed)));
  }

  /** The two countries of a pair, refusing the same one twice ("Mexico MX"). */
  static Country[] pair(String a, String b) {
    Country x = resolve(a);
    Country y = resolve(b);
    if (x.iso3().equals(y.iso3()))
      throw new BadInputException(b, "names the same country as '" + a + "' (" + x.name() + "); a pair needs two");
    return new Country[] {x, y};
  }

  static String title(Country a, Country b) {
    return a.name() + "–" + b.name();
  }

  /** A stored code as a name, for listings; the code itself if the gazetteer does not know it. */
  static String name(String iso3) {
    return Gazetteer.get().byIso3(iso3).map(Country::name).orElseGet(() -> Resolver.get().name(iso3));
  }

  private static String suggestions(String typed) {
    List<String> names = Gazetteer.get().suggest(typed, 3);
    if (names.isEmpty()) return "";
    String last = names.get(names.size() - 1);
    String alternatives = names.size() == 1 ? last : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last;
    return " (did you mean " + alternatives + "?)";
  }

  /** A bad input whose line reads {@code unknown country 'Mexco' (did you mean Mexico?)}. */
  static final class UnknownCountry extends BadInputException {
    private final String line;

    UnknownCountry(String typed, String suggestions) {
      super(typed, "unknown country" + suggestions);
      this.line = "unknown country '" + typed + "'" + suggestions;
    }

    @Override
    public String getMessage() {
      return line;
    }
  }
}
