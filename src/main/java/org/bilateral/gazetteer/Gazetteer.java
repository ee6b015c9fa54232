package org.bilateral.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Countries, cities and organisations, and finding their mentions in a text.
 *
 * <p>countries.tsv and cities.tsv are generated at build time from npm packages (see
 * gazetteer/README.md); the other files beside this class are small curated conventions.
 * Everything is indexed once at load; afterwards the instance is immutable and thread-safe.
 */
public final class Gazetteer {

  // Rank = category, then kind, then a tie-breaker; the lowest rank wins a phrase. A phrase
  // that is not a place must beat a country of the same length ("Island" is an alias of
  // Iceland), and a country must beat a city of the same name ("Djibouti").
  private static final long SHADOW = 0;
  private static final long COUNTRY = 1;
  private static final long ORGANISATION = 2;
  private static final long CITY = 3;

  private static final int CURATED = 0;
  private static final int CODE = 1;
  private static final int HISTORICAL = 2;
  private static final int NAME = 3;
  private static final int OFFICIAL = 4;
  private static final int ALIAS = 5;
  private static final int DEMONYM = 6;
  // A plural ("Philippines" from "Philippine") must never beat a name it happens to equal.
  private static final int PLURAL = 7;

  private static final long TIE_MAX = 999_999_999L;

  private final List<Country> countries;
  private final Map<String, Country> byIso3;
  private final Map<String, PhraseTrie.Entry> countryByKey;
  private final Map<String, PhraseTrie.Entry> countryByCompact;
  private final List<Suggestion> suggestions;
  private final Map<String, List<City>> citiesByKey;
  private final Map<String, List<City>> citiesByCompact;
  private final List<Organisation> organisations;
  private final Map<String, Organisation> organisationByKey;
  private final Map<String, String> embassyCities;
  private final Map<String, Organisation> organisationByCompact;
  private final PhraseTrie trie;

  private record Suggestion(String key, String display, int kindRank) {}

  private static final class Holder {
    static final Gazetteer INSTANCE = new Gazetteer();
  }

  /** The gazetteer, loaded from the classpath on first use. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  private Gazetteer() {
    // Parsing cities.tsv is the largest part of the load; it overlaps with indexing countries.
    CompletableFuture<ParsedCities> parsedCities = CompletableFuture.supplyAsync(
        Gazetteer::parseCities, r -> {
          Thread t = new Thread(r, "gazetteer-cities");
          t.setDaemon(true);
          t.start();
        });
    Map<String, PhraseTrie.Entry> byKey = new HashMap<>();
    Map<String, PhraseTrie.Entry> byCompact = new HashMap<>();
    List<Suggestion> sugg = new ArrayList<>();
    PhraseTrie phrases = new PhraseTrie();

    // ---- countries
    Map<String, CountryRow> rows = new LinkedHashMap<>();
    read("countries.tsv", f -> rows.put(f[0], new CountryRow(f)));
    Map<String, List<String>> extraAliases = new HashMap<>();
    Map<String, List<String>> extraDemonyms = new HashMap<>();
    List<String[]> curated = new ArrayList<>();
    read("country-aliases.tsv", f -> {
      requireKnown(rows.keySet(), f[1], "country-aliases.tsv");
      curated.add(f);
      (f[2].equals("demonym") ? extraDemonyms : extraAliases)
          .computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
    });
    Map<String, Country> iso3Map = new LinkedHashMap<>();
    for (CountryRow r : rows.values()) {
      LinkedHashSet<String> aliases = new LinkedHashSet<>();
      if (!r.official.equals(r.name)) {
        aliases.add(r.official);
      }
      for (String a : r.aliases) {
        if (!a.equals(r.iso2) && !a.equals(r.name)) {
          aliases.add(a);
        }
      }
      aliases.addAll(extraAliases.getOrDefault(r.iso3, List.of()));
      LinkedHashSet<String> demonyms = new LinkedHashSet<>(r.demonyms);
      demonyms.addAll(extraDemonyms.getOrDefault(r.iso3, List.of()));
      iso3Map.put(r.iso3, new Country(r.iso3, r.iso2, r.name, List.copyOf(aliases),
          List.copyOf(demonyms), r.capital.isEmpty() ? null : r.capital, r.lat, r.lon));
    }
    for (CountryRow r : rows.values()) {
      Country c = iso3Map.get(r.iso3);
      // Among countries sharing a surface ("Dominican", "Congolese", "French"), an independent
      // and larger one is the likelier meaning.
      long tie = (r.independent ? 0 : TIE_MAX / 2) + (TIE_MAX / 2 - Math.min(r.area, TIE_MAX / 2));
      addCode(byKey, c, r.iso3, tie);
      addCode(byKey, c, r.iso2, tie);
      addCountrySurface(phrases, byKey, byCompact, sugg, c, r.name, MatchKind.NAME, NAME, null, tie);
      addCountrySurface(phrases, byKey, byCompact, sugg, c, r.official, MatchKind.NAME, OFFICIAL,
          null, tie);
      for (String a : r.aliases) {
        if (a.equals(r.iso2)) {
          continue; // two-letter codes ("IN", "IT", "NO") are ordinary words in running text
        }
        MatchKind kind = a.equals(r.iso3) ? MatchKind.CODE : MatchKind.ALIAS;
        addCountrySurface(phrases, byKey, byCompact, sugg, c, a, kind, ALIAS, null, tie);
      }
      for (String d : r.demonyms) {
        addCountrySurface(phrases, byKey, byCompact, sugg, c, d, MatchKind.DEMONYM, DEMONYM, null,
            tie);
        String p = plural(d);
        if (p != null) {
          addCountrySurface(phrases, byKey, byCompact, sugg, c, p, MatchKind.DEMONYM, PLURAL,
              null, tie);
        }
      }
    }
    for (String[] f : curated) {
      Country c = iso3Map.get(f[1]);
      MatchKind kind = f[2].equals("demonym") ? MatchKind.DEMONYM : MatchKind.ALIAS;
      addCountrySurface(phrases, byKey, byCompact, sugg, c, f[0], kind, CURATED, null, 0);
      String p = kind == MatchKind.DEMONYM ? plural(f[0]) : null;
      if (p != null) {
        addCountrySurface(phrases, byKey, byCompact, sugg, c, p, kind, PLURAL, null, 0);
      }
    }
    read("historical-names.tsv", f -> {
      requireKnown(rows.keySet(), f[1], "historical-names.tsv");
      String note = f[0] + ": historical name, successor " + f[1]
          + (f.length > 2 && !f[2].isBlank() ? "; " + f[2] : "");
      addCountrySurface(phrases, byKey, byCompact, sugg, iso3Map.get(f[1]), f[0],
          MatchKind.HISTORICAL, HISTORICAL, note, 0);
    });

    // ---- organisations
    List<Organisation> orgs = new ArrayList<>();
    Map<String, Organisation> orgKey = new HashMap<>();
    Map<String, Organisation> orgCompact = new HashMap<>();
    read("organisations.tsv", f -> {
      List<String> aliases = f.length > 2 && !f[2].isBlank() ? split(f[2]) : List.of();
      Organisation o = new Organisation(f[0], f[1], aliases);
      orgs.add(o);
      List<String> surfaces = new ArrayList<>();
      surfaces.add(o.code());
      surfaces.add(o.name());
      surfaces.addAll(aliases);
      for (String s : surfaces) {
        orgKey.putIfAbsent(Text.key(s), o);
        orgCompact.putIfAbsent(Text.compact(s), o);
        if (startsUpper(s)) {
          phrases.put(Text.phraseKeys(s),
              new PhraseTrie.Entry(o, MatchKind.ORGANISATION, null, rank(ORGANISATION, 0, 0)));
        }
      }
    });

    // ---- cities
    ParsedCities parsed;
    try {
      parsed = parsedCities.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    Map<String, List<City>> cityKey = parsed.byKey();
    Map<String, String> surfaceOfKey = parsed.surfaceOfKey();
    Map<String, List<City>> shortNames = new HashMap<>();
    for (Map.Entry<String, List<City>> e : cityKey.entrySet()) {
      List<City> same = e.getValue();
      String surface = surfaceOfKey.get(e.getKey());
      if (!startsUpper(surface)) {
        continue;
      }
      City best = same.get(0);
      String note = same.size() > 1
          ? "ambiguous: " + same.size() + " places share this name; the most populous ("
              + best.countryIso3() + ") is chosen"
          : null;
      PhraseTrie.Entry entry = new PhraseTrie.Entry(best, MatchKind.CITY, note,
          rank(CITY, 0, TIE_MAX - Math.min(best.population(), TIE_MAX)));
      phrases.put(Text.phraseKeys(surface), entry);
      // English texts write some names shorter than the data: "Arkhangel’sk", "Tver’" without the soft sign the
      // data transliterates as an apostrophe (found in texts only), "Klagenfurt am Wörthersee" by its first name
      // (also looked up by it); either only when no other place has that name
      if (hasApostrophe(surface)) {
        String plain = SOFT_SIGN.matcher(surface).replaceAll("");
        if (!plain.equals(surface) && !cityKey.containsKey(Text.key(plain))) phrases.put(Text.phraseKeys(plain), entry);
      }
      if (onARiver(surface)) {
        java.util.regex.Matcher river = ON_A_RIVER.matcher(surface);
        if (river.matches() && !cityKey.containsKey(Text.key(river.group(1)))) {
          phrases.put(Text.phraseKeys(river.group(1)), entry);
          shortNames.put(Text.key(river.group(1)), same);
        }
      }
    }
    cityKey.putAll(shortNames);
    Map<String, List<City>> cityCompact = parsed.byCompact();

    // ---- phrases that are not places
    read("not-places.tsv", f -> phrases.put(Text.phraseKeys(f[0]),
        new PhraseTrie.Entry(null, null, null, rank(SHADOW, 0, 0))));

    Map<String, String> seats = new HashMap<>();
    read("embassy-cities.tsv", f -> {
      requireKnown(iso3Map.keySet(), f[0], "embassy-cities.tsv");
      seats.put(f[0], f[1]);
    });
    this.embassyCities = Map.copyOf(seats);

    this.countries = List.copyOf(iso3Map.values());
    this.byIso3 = Map.copyOf(iso3Map);
    this.countryByKey = byKey;
    this.countryByCompact = byCompact;
    this.suggestions = List.copyOf(sugg);
    this.citiesByKey = cityKey;
    this.citiesByCompact = cityCompact;
    this.organisations = List.copyOf(orgs);
    this.organisationByKey = orgKey;
    this.organisationByCompact = orgCompact;
    this.trie = phrases;
  }

  // ------------------------------------------------------------------ countries

  /** All countries, by ISO alpha-3 code. */
  public List<Country> countries() {
    return countries;
  }

  /**
   * A country by name, official name, alias, ISO alpha-2 or alpha-3 code, demonym or adjective,
   * or historical name; in any case, without accents, with or without a leading "the".
   */
  public Optional<Country> country(String query) {
    return resolveCountry(query).map(Mention::entity);
  }

  /**
   * Like {@link #country(String)}, but says what matched: the kind of name and, for a
   * historical name, the note ("Dominion of Pakistan: historical name, successor PAK; ...").
   * The mention spans the whole query.
   */
  public Optional<Mention<Country>> resolveCountry(String query) {
    if (query == null || query.isBlank()) {
      return Optional.empty();
    }
    String q = stripThe(query.strip());
    PhraseTrie.Entry e = countryByKey.get(Text.key(q));
    if (e == null) {
      e = countryByCompact.get(Text.compact(q));
    }
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(new Mention<>(0, query.length(), query, (Country) e.value(), e.kind(),
        e.note()));
  }

  /**
   * The city where other states keep their embassies to {@code iso3}: the capital, or the seat of
   * government where that differs (La Paz for Bolivia, The Hague for the Netherlands).
   */
  /**
   * The state that conducts a territory's foreign relations ("HKG" → "CHN", "GRL" → "DNK"), for
   * the territories of sovereigns.tsv; empty for a state and for an unknown code.
   */
  public Optional<String> sovereign(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : Sovereigns.OF.get(iso3));
  }

  private static final class Sovereigns {
    static final Map<String, String> OF;

    static {
      Map<String, String> m = new HashMap<>();
      read("sovereigns.tsv", f -> m.put(f[0], f[1]));
      OF = Map.copyOf(m);
    }
  }

  public Optional<String> embassyCity(String iso3) {
    String seat = iso3 == null ? null : embassyCities.get(iso3);
    return seat != null ? Optional.of(seat) : byIso3(iso3).map(Country::capital);
  }

  public Optional<Country> byIso3(String iso3) {
    return iso3 == null
        ? Optional.empty()
        : Optional.ofNullable(byIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Country names, aliases, demonyms and historical names close to the query (spelling
   * mistakes, or the start of a name), best first, for "did you mean" in error messages.
   */
  public List<String> suggest(String query, int max) {
    if (query == null || query.isBlank() || max <= 0) {
      return List.of();
    }
    String q = Text.key(stripThe(query.strip()));
    int limit = q.length() <= 3 ? 1 : q.length() <= 7 ? 2 : 3;
    record Scored(String display, double score, int kindRank) {}
    List<Scored> scored = new ArrayList<>();
    for (Suggestion s : suggestions) {
      double score;
      if (s.key().equals(q)) {
        score = 0;
      } else if (q.length() >= 3 && s.key().startsWith(q)) {
        score = 0.5 + (s.key().length() - q.length()) * 0.01;
      } else {
        int d = distance(q, s.key(), limit);
        if (d > limit) {
          continue;
        }
        score = d;
      }
      scored.add(new Scored(s.display(), score, s.kindRank()));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).thenComparingInt(Scored::kindRank)
        .thenComparing(Scored::display));
    LinkedHashSet<String> out = new LinkedHashSet<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Scored s : scored) {
      if (seen.add(Text.key(s.display()))) {
        out.add(s.display());
      }
      if (out.size() == max) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Mentions of countries: names, aliases, demonyms and historical names, leftmost-longest and
   * not overlapping. Matching is case-sensitive (lower-case "chad" or "turkey" are not
   * countries) and whole-word; a possessive yields the name alone ("Pakistan's" gives
   * "Pakistan"). A country name inside a longer city, organisation or other place name
   * ("Mexico City", "Organization of American States", "Indian Ocean") is not a mention.
   */
  public List<Mention<Country>> findCountries(CharSequence text) {
    return find(text, Country.class);
  }

  // --------------------------------------------------------------------- cities

  /**
   * Mentions of cities, leftmost-longest, case-sensitive. A name shared by several places
   * ("Victoria", "Córdoba") gives the most populous one, with a note saying so. Country names
   * win over cities of the same name ("Djibouti", "Singapore" are countries here).
   */
  public List<Mention<City>> findCities(CharSequence text) {
    return find(text, City.class);
  }

  /** All cities of that name or alias, most populous first; any case, accents optional. */
  public List<City> cities(String name) {
    if (name == null) {
      return List.of();
    }
    List<City> found = citiesByKey.get(Text.key(name));
    if (found == null) {
      // "Washington DC" for "Washington, D.C.", "Port Vila" for "Port-Vila"
      String compact = Text.compact(name);
      found = citiesByCompact.get(compact);
      if (found == null) {
        found = citiesByKey.getOrDefault(compact, List.of());
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** The city of that name or alias in that country (the most populous if several). */
  public Optional<City> city(String name, String countryIso3) {
    if (countryIso3 == null) {
      return Optional.empty();
    }
    String iso3 = countryIso3.strip().toUpperCase(Locale.ROOT);
    return cities(name).stream().filter(c -> c.countryIso3().equals(iso3)).findFirst();
  }

  // -------------------------------------------------------------- organisations

  /** All organisations of organisations.tsv, in file order. */
  public List<Organisation> organisations() {
    return organisations;
  }

  /**
   * Mentions of organisations: codes and acronyms (case-sensitive: "UN", "G20", "G-20") and long
   * names, in British or American spelling.
   */
  public List<Mention<Organisation>> findOrganisations(CharSequence text) {
    return find(text, Organisation.class);
  }

  /** An organisation by code, long name or alias; any case, with or without a leading "the". */
  public Optional<Organisation> organisation(String query) {
    if (query == null || query.isBlank()) {
      return Optional.empty();
    }
    String q = stripThe(query.strip());
    Organisation o = organisationByKey.get(Text.key(q));
    if (o == null) {
      o = organisationByCompact.get(Text.compact(q));
    }
    return Optional.ofNullable(o);
  }

  // ------------------------------------------------------------------ internals

  /** The countries, cities and organisations a text names, as the three finds give them. */
  public record Mentions(List<Mention<Country>> countries, List<Mention<City>> cities,
      List<Mention<Organisation>> organisations) {}

  /** The three finds from one scan of the text: a reader that wants all three pays for one. */
  public Mentions findAll(CharSequence text) {
    if (text == null || text.length() == 0) return new Mentions(List.of(), List.of(), List.of());
    Text.Tokens tokens = Text.tokenize(text);
    List<PhraseTrie.Hit> hits = trie.scan(tokens);
    return new Mentions(collect(text, tokens, hits, Country.class), collect(text, tokens, hits, City.class),
        collect(text, tokens, hits, Organisation.class));
  }

  // All three kinds of names share one scan, so a longer name of one kind hides a shorter one
  // of another kind: "Mexico City" is a city and no country, "Latin American" nothing at all.
  private <T> List<Mention<T>> find(CharSequence text, Class<T> type) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    Text.Tokens tokens = Text.tokenize(text);
    return collect(text, tokens, trie.scan(tokens), type);
  }

  private <T> List<Mention<T>> collect(CharSequence text, Text.Tokens tokens, List<PhraseTrie.Hit> hits, Class<T> type) {
    List<Mention<T>> out = new ArrayList<>();
    for (PhraseTrie.Hit h : hits) {
      Object v = h.entry().value();
      if (v instanceof City c && isPartOfPersonalName(tokens, h, c)) {
        continue;
      }
      if (type.isInstance(v)) {
        int start = tokens.start[h.firstToken()];
        int end = tokens.end[h.firstToken() + h.tokenCount() - 1];
        out.add(new Mention<>(start, end, text.subSequence(start, end).toString(), type.cast(v),
            h.entry().kind(), h.entry().note()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  // Many towns share their name with people ("Fidel Castro", "Queen Sofía", "Elizabeth II",
  // "Lok Sabha"). A city right after a capitalised word, or a small city right before one, is
  // taken to be part of a longer proper name. Big cities and capitals keep a following
  // capitalised word ("Karachi Stock Exchange", "Tokyo Declaration").
  private static boolean isPartOfPersonalName(Text.Tokens tokens, PhraseTrie.Hit h, City c) {
    int first = h.firstToken();
    int last = first + h.tokenCount() - 1;
    if (first > 0 && isCapitalisedWord(tokens.key[first - 1])
        && !SENTENCE_WORDS.contains(tokens.key[first - 1])) {
      return true;
    }
    return last + 1 < tokens.size && isCapitalisedWord(tokens.key[last + 1])
        && !c.capital() && c.population() < 5_000_000;
  }

  private static boolean isCapitalisedWord(String token) {
    return token.length() > 1 && Character.isUpperCase(token.charAt(0))
        && Character.isLetter(token.charAt(1));
  }

  /** Capitalised words that commonly start a sentence right before a place name. */
  private static final Set<String> SENTENCE_WORDS = Set.of("In", "At", "From", "To", "The",
      "And", "For", "On", "By", "Near", "Via", "Of", "Both", "While", "Since", "Until", "With",
      "Between", "Outside", "Inside", "Around", "Across", "Like", "Unlike", "As", "But", "Or",
      "After", "Before", "During", "Through", "Into", "Then", "Also", "Only", "Including",
      "Within", "Towards", "Toward", "Against", "Over", "Under", "Visiting", "Leaving",
      "Reaching", "Where", "When", "Once", "If");

  /** A cheap test before {@link #SOFT_SIGN}: some 30,000 city names are read at start-up, few with an apostrophe. */
  private static boolean hasApostrophe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '’' || c == 'ʹ' || c == 'ʼ') return true;
    }
    return false;
  }

  /** A cheap test before {@link #ON_A_RIVER}, for the same reason as {@link #hasApostrophe}. */
  private static boolean onARiver(String s) {
    return s.contains(" am ") || s.contains(" an der ") || s.contains(" im ") || s.contains(" in der ") || s.contains(" ob der ");
  }

  /** A German town named with its river or lake: "Klagenfurt am Wörthersee", "Marburg an der Lahn". */
  private static final java.util.regex.Pattern ON_A_RIVER = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}-]+)\\s+(?:am|an\\s+der|im|in\\s+der|ob\\s+der)\\s+\\p{Lu}.*");

  /** An apostrophe after a letter inside or at the end of a transliterated name. */
  private static final java.util.regex.Pattern SOFT_SIGN = java.util.regex.Pattern.compile("(?<=\\p{L})[’'ʹʼ](?=\\p{Ll}|$|\\s)");

  private static void addCode(Map<String, PhraseTrie.Entry> byKey, Country c, String code,
      long tie) {
    putBest(byKey, Text.key(code),
        new PhraseTrie.Entry(c, MatchKind.CODE, null, rank(COUNTRY, CODE, tie)));
  }

  private static void addCountrySurface(PhraseTrie trie, Map<String, PhraseTrie.Entry> byKey,
      Map<String, PhraseTrie.Entry> byCompact, List<Suggestion> sugg, Country c, String surface,
      MatchKind kind, int kindRank, String note, long tie) {
    if (surface == null || surface.isBlank()) {
      return;
    }
    PhraseTrie.Entry e = new PhraseTrie.Entry(c, kind, note, rank(COUNTRY, kindRank, tie));
    for (String v : withSaintVariants(surface)) {
      putBest(byKey, Text.key(v), e);
      putBest(byCompact, Text.compact(v), e);
      // "The Netherlands" and "the Netherlands" should give the same span, so the article is
      // never part of a country mention.
      String textForm = v.startsWith("The ") ? v.substring(4) : v;
      if (startsUpper(textForm)) {
        trie.put(Text.phraseKeys(textForm), e);
      }
    }
    if (isLatin(surface) && surface.length() >= 3) {
      sugg.add(new Suggestion(Text.key(surface), surface, kindRank));
    }
  }

  /** Cities by {@link Text#key} of each name and alias, the surface of each key, compact keys. */
  private record ParsedCities(Map<String, List<City>> byKey, Map<String, String> surfaceOfKey,
      Map<String, List<City>> byCompact) {}

  // cities.tsv is sorted by population, most populous first, so every list built here is too,
  // and its first city is the one a mention of that name refers to.
  private static ParsedCities parseCities() {
    List<City> cityList = new ArrayList<>(32_000);
    List<List<String>> cityNames = new ArrayList<>(32_000);
    // a city of a territory lies, for diplomacy, in the state that conducts its foreign relations
    // (a consulate in Hong Kong is one in China); its capital is no capital of that state
    read("cities.tsv", f -> {
      String sovereign = Sovereigns.OF.get(f[2]);
      cityList.add(new City(f[0], sovereign != null ? sovereign : f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          Long.parseLong(f[5]), sovereign == null && f[6].equals("1")));
      List<String> n = new ArrayList<>(2);
      n.add(f[0]);
      if (!f[1].isEmpty()) {
        n.addAll(split(f[1]));
      }
      cityNames.add(n);
    });
    read("city-aliases.tsv", f -> {
      for (int i = 0; i < cityList.size(); i++) {
        City c = cityList.get(i);
        if (c.name().equals(f[1]) && c.countryIso3().equals(f[2])) {
          cityNames.get(i).add(f[0]);
          return;
        }
      }
      throw new IllegalStateException(
          "city-aliases.tsv: no city " + f[1] + " in " + f[2] + " in cities.tsv");
    });
    Map<String, List<City>> cityKey = new HashMap<>(64_000);
    Map<String, String> surfaceOfKey = new HashMap<>(64_000);
    for (int i = 0; i < cityList.size(); i++) {
      City c = cityList.get(i);
      for (String name : cityNames.get(i)) {
        for (String v : withSaintVariants(name)) {
          String k = Text.key(v);
          List<City> same = cityKey.get(k);
          if (same == null) {
            same = new ArrayList<>(1);
            cityKey.put(k, same);
            surfaceOfKey.put(k, v);
          }
          if (same.isEmpty() || same.get(same.size() - 1) != c) {
            same.add(c);
          }
        }
      }
    }
    Comparator<City> mostPopulous =
        Comparator.comparingLong(City::population).reversed().thenComparing(City::name);
    // Only names with spaces or punctuation need a compact key; for the rest the compact
    // form of a query is looked up in cityKey directly.
    Map<String, List<City>> cityCompact = new HashMap<>();
    cityKey.forEach((k, v) -> {
      String compact = Text.compactKey(k);
      if (compact != k) {
        cityCompact.merge(compact, v, (a, b) -> {
          List<City> merged = new ArrayList<>(a);
          b.stream().filter(c -> !merged.contains(c)).forEach(merged::add);
          merged.sort(mostPopulous);
          return merged;
        });
      }
    });
    return new ParsedCities(cityKey, surfaceOfKey, cityCompact);
  }

  private static void putBest(Map<String, PhraseTrie.Entry> map, String key, PhraseTrie.Entry e) {
    if (key.isEmpty()) {
      return;
    }
    map.merge(key, e, (a, b) -> b.rank() < a.rank() ? b : a);
  }

  private static long rank(long category, int kindRank, long tie) {
    return category * 100_000_000_000_000L + kindRank * 10_000_000_000L + tie;
  }

  private static List<String> withSaintVariants(String s) {
    if (s.startsWith("Saint ")) {
      String rest = s.substring(6);
      return List.of(s, "St. " + rest, "St " + rest);
    }
    if (s.startsWith("St. ")) {
      return List.of(s, "Saint " + s.substring(4));
    }
    return List.of(s);
  }

  /** Plural of a demonym used as a noun ("Pakistanis"), or null where English has none. */
  private static String plural(String d) {
    String l = d.toLowerCase(Locale.ROOT);
    if (l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("x")
        || l.endsWith("z") || l.endsWith("ese") || l.endsWith("i") && l.length() < 5) {
      return null;
    }
    return d + "s";
  }

  private static String stripThe(String s) {
    return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4).strip() : s;
  }

  private static boolean startsUpper(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return Character.isUpperCase(cp) || Character.isDigit(cp);
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Optimal string alignment distance, giving up once it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  private static List<String> split(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  private static void requireKnown(Set<String> iso3s, String iso3, String file) {
    if (!iso3s.contains(iso3)) {
      throw new IllegalStateException(file + ": unknown ISO alpha-3 code " + iso3);
    }
  }

  /** Reads a TSV resource, skipping comments and the header line. */
  private static void read(String name, Consumer<String[]> row) {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource " + name + " is missing from the "
          + "classpath; countries.tsv and cities.tsv are generated by gazetteer/build.sh "
          + "during Maven's generate-resources phase");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
        1 << 16)) {
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading gazetteer resource " + name, e);
    }
  }

  private static final class CountryRow {
    final String iso3;
    final String iso2;
    final String name;
    final String official;
    final List<String> aliases;
    final List<String> demonyms;
    final String capital;
    final double lat;
    final double lon;
    final boolean independent;
    final long area;

    CountryRow(String[] f) {
      iso3 = f[0];
      iso2 = f[1];
      name = f[2];
      official = f[3];
      aliases = split(f[4]);
      demonyms = split(f[5]);
      capital = f[6];
      lat = Double.parseDouble(f[7]);
      lon = Double.parseDouble(f[8]);
      independent = f[9].equals("1");
      area = (long) Double.parseDouble(f[10]);
    }
  }
}
