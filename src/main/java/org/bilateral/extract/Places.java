package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.City;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;

/**
 * Reads place names written after "in" or "at": one or several capitalised names ("Karachi and
 * Lahore", "Rio de Janeiro"), each perhaps qualified by its country ("Tehran, Iran"), and tells
 * which country each place is in.
 */
final class Places {
  /** A place: as written, where, and the country it lies in when known. */
  record Place(String name, int start, int end, String country) {}

  private static final String WORD = "(?:\\p{Lu}[\\p{L}'’.-]*[\\p{L}.]|\\p{Lu})";
  // ("Santa Cruz de la Sierra", "San Juan de los Lagos": two particles may stand together)
  private static final String NAME = WORD + "(?:\\s+(?:(?:de|del|da|do|dos|das|di|la|las|los|el|al|es|upon|au|aux|of)\\s+){0,2}" + WORD + ")*";
  /**
   * What may stand between a mission or meeting word and its place: "of Mexico", "was opened",
   * "took place", then "in" or "at".
   */
  private static final Pattern LEAD = Pattern.compile(
      "^(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)?"
          + "(?:\\s+(?:headed|led|run|staffed)\\s+by\\s+[\\w\\s-]{1,30}?(?=\\s+(?:was|were)\\s))?"
          // "the consulate it opened in Monterrey in 1990"
          + "(?:\\s+(?:it|they)\\s+(?:had\\s+)?(?:opened|established|set\\s+up)(?=\\s+(?:in|at)\\s))?"
          + "(?:,?\\s+(?:which\\s+)?(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)?\\s*"
          + "(?:(?:officially|formally|first|later|also|then|subsequently|finally)\\s+)?"
          + "(?:opened|reopened|re-opened|established|set\\s+up|inaugurated|located|based|held|situated|took\\s+place|convened|met|originally|first|initially|(?=\\s*(?:in|at)\\s))?)?"
          + "\\s*(?:in|at)\\s+(?:the\\s+(?:city|capital)\\s+(?:of\\s+)?)?");
  private static final Pattern NAME_AT = Pattern.compile("^" + NAME);
  /** "in August 2017" is a time, not a place. */
  private static final Pattern MONTH = Pattern.compile(Dates.MONTHS + "(?:\\s.*)?");
  private static final Pattern NOTE = Pattern.compile("\\s*\\([^()]{1,40}\\)");
  private static final Pattern TODAY = Pattern.compile("\\s*\\((?:today|now|present-day|modern)\\s+(" + NAME + ")\\)");
  private static final Pattern JOIN = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");

  private Places() {}

  /** The places listed right after {@code from} ("in Karachi and Lahore"), or none. */
  static List<Place> listAfter(String text, int from) {
    Matcher lead = LEAD.matcher(text.substring(from));
    if (!lead.find()) return List.of();
    return listAt(text, from + lead.end());
  }

  /** The places listed starting exactly at {@code pos}. */
  static List<Place> listAt(String text, int pos) {
    List<Place> out = new ArrayList<>();
    Gazetteer g = Gazetteer.get();
    int i = pos;
    while (true) {
      Matcher n = NAME_AT.matcher(text.substring(i));
      if (!n.find()) break;
      String name = trimDot(n.group());
      int start = i, end = i + name.length();
      // "... and India's embassy in Tokyo": a possessive starts a new statement, not another place
      if (text.startsWith("'s", end) || text.startsWith("’s", end) || Regex.matches(name, ".*(?:'s|’s)$")) break;
      if (isAdjective(name) || MONTH.matcher(name).matches()) break;
      Optional<Country> asCountry = countryNamed(name);
      if (asCountry.isPresent()) {
        // "Tehran, Iran": a country after a place qualifies it; a country alone is not a city. A
        // place known to lie elsewhere is not qualified by it ("Shanghai, Hong Kong and Chengdu").
        if (!out.isEmpty() && out.get(out.size() - 1).end() >= start - 2) {
          Place last = out.get(out.size() - 1);
          String iso3 = asCountry.get().iso3();
          // ("Moyale, Ethiopia, in 2021": a small town that ends the list is where the text says it is,
          // even if the gazetteer knows only its namesake over the border)
          boolean endsList = !Regex.find(text.substring(end), "^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}");
          boolean small = g.city(last.name(), last.country() == null ? iso3 : last.country()).map(c -> c.population() < 200_000).orElse(false);
          if (last.country() == null || last.country().equals(iso3) || g.city(last.name(), iso3).isPresent() || endsList && small) {
            out.remove(out.size() - 1);
            out.add(new Place(last.name(), last.start(), last.end(), iso3));
          }
        }
        // "a high commission in Singapore": a city-state's name is its capital's too; "a consulate-general
        // in Hong Kong": a territory's name is a place in the state that conducts its foreign relations
        // (a territory in a list of its sovereign's cities is one more place, not a qualifier: "Lhasa, Hong Kong and Guangzhou")
        Optional<String> sovereign = g.sovereign(asCountry.get().iso3());
        boolean listed = sovereign.isPresent() && !out.isEmpty() && sovereign.get().equals(out.get(out.size() - 1).country());
        if ((sovereign.isPresent() || asCountry.get().capital() != null && asCountry.get().capital().equals(name))
            && (out.isEmpty() || out.get(out.size() - 1).end() < start - 2 || listed)) {
          out.add(new Place(name, start, end, sovereign.orElse(asCountry.get().iso3())));
        }
        i = end;
      } else {
        String country = countryOf(name);
        // "Washington, D.C." is one place: keep the qualifier with the name
        Matcher dc = Regex.of("^,\\s*D\\.\\s?C\\.").matcher(text.substring(end));
        if (dc.find()) {
          name = text.substring(start, end + dc.end());
          end += dc.end();
          country = g.cities("Washington").stream().findFirst().map(City::countryIso3).orElse(country);
        }
        // "Bathurst (today Banjul)": an old name, and the place it is now (whatever namesake the gazetteer knows)
        Matcher today = TODAY.matcher(text.substring(end));
        if (today.lookingAt() && countryOf(today.group(1)) != null) {
          name = today.group(1);
          country = countryOf(name);
          end += today.end();
        }
        // "the Consulate in Manado, North Sulawesi, opened in 1955": a name the gazetteer does not know, after a known
        // city and a bare comma, that ends the list is the city's province or state, not another place
        Place last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean region = country == null && last != null && last.country() != null
            && Regex.matches(text.substring(last.end(), start), "\\s*,\\s*")
            && !Regex.find(text.substring(end), "^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}");
        if (region) break;
        out.add(new Place(name, start, end, country));
        i = end;
      }
      // "Monterrey (opened 1998), Tijuana (opened 2019) and Cancún": a note after a place does not end the list
      Matcher note = NOTE.matcher(text.substring(i));
      if (note.lookingAt() && JOIN.matcher(text.substring(i + note.end())).find()) i += note.end();
      Matcher j = JOIN.matcher(text.substring(i));
      if (!j.find()) break;
      i += j.end();
    }
    return out;
  }

  /** The country that lies in, when {@code place} is a known city in one of {@code preferred} or anywhere. */
  static String countryOf(String place, String... preferred) {
    Gazetteer g = Gazetteer.get();
    for (String p : preferred) if (p != null && g.city(place, p).isPresent()) return p;
    // a name that several countries share (León) may be a town the gazetteer knows under a longer name: unknown
    List<City> all = g.cities(place);
    List<String> countries = all.stream().map(City::countryIso3).distinct().toList();
    if (countries.size() <= 1) return countries.isEmpty() ? null : countries.get(0);
    // "Paris", "Madrid": a national capital, or a city ten times the size of any namesake elsewhere
    List<City> capitals = all.stream().filter(City::capital).toList();
    if (capitals.size() == 1) return capitals.get(0).countryIso3();
    City biggest = all.stream().max(java.util.Comparator.comparingLong(City::population)).orElseThrow();
    boolean dwarfs = all.stream().filter(c -> !c.countryIso3().equals(biggest.countryIso3()))
        .allMatch(c -> c.population() * 10 <= biggest.population());
    return dwarfs && biggest.population() > 0 ? biggest.countryIso3() : null;
  }

  static Optional<Country> countryNamed(String name) {
    Gazetteer g = Gazetteer.get();
    // Only a name, not a code or a demonym: "Georgia" is a country, "US" in a place list is not a city
    var mentions = g.findCountries(name);
    if (mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).end() == name.length()
        && !SentenceView.isAdjective(mentions.get(0)))
      return Optional.of(mentions.get(0).entity());
    return Optional.empty();
  }

  private static boolean isAdjective(String name) {
    var mentions = Gazetteer.get().findCountries(name);
    return mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).end() == name.length()
        && SentenceView.isAdjective(mentions.get(0));
  }

  private static String trimDot(String s) {
    // a sentence-final period is not part of the name, but an initial's is ("D.C.")
    if (s.endsWith(".") && !Regex.matches(s, ".*\\b\\p{Lu}\\.$")) return s.substring(0, s.length() - 1);
    return s;
  }
}
