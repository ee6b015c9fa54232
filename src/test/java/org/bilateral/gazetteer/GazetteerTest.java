package org.bilateral.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private static final Gazetteer G = Gazetteer.get();

  private static List<String> iso3s(List<Mention<Country>> mentions) {
    return mentions.stream().map(m -> m.entity().iso3()).toList();
  }

  private static List<String> surfaces(List<? extends Mention<?>> mentions) {
    return mentions.stream().map(Mention::surface).toList();
  }

  @Nested
  class CountryLookup {

    @ParameterizedTest
    @CsvSource({
      "Mexico, MEX", "mexico, MEX", "MEXICO, MEX", "MX, MEX", "mx, MEX", "MEX, MEX",
      "Mexican, MEX", "United Mexican States, MEX", "méxico, MEX",
      "pakistani, PAK", "Pakistanis, PAK", "PAK, PAK", "Islamic Republic of Pakistan, PAK",
      "the Netherlands, NLD", "The Netherlands, NLD", "Holland, NLD", "Dutch, NLD",
      "Côte d'Ivoire, CIV", "Cote d’Ivoire, CIV", "Ivory Coast, CIV",
      "Turkey, TUR", "Türkiye, TUR", "Turkish, TUR",
      "United States, USA", "U.S., USA", "US, USA", "USA, USA", "American, USA",
      "Britain, GBR", "UK, GBR", "U.K., GBR", "British, GBR",
      "Filipino, PHL", "Philippine, PHL", "Emirati, ARE", "Argentine, ARG", "Argentinian, ARG",
      "South Korea, KOR", "North Korea, PRK", "Czech Republic, CZE", "Swaziland, SWZ",
      "East Timor, TLS", "Timor Leste, TLS", "Cape Verde, CPV", "Vatican, VAT", "Russia, RUS",
      "Macedonia, MKD", "Saint Lucia, LCA", "St. Lucia, LCA", "Dominican, DOM", "Kosovo, XKX",
      "Iran, IRN", "IR, IRN", "Surinamese, SUR", "Timorese, TLS", "North Macedonian, MKD", "Kyrgyzstani, KGZ", "Kosovan, XKX"
    })
    void resolvesNamesCodesAndDemonyms(String query, String iso3) {
      assertThat(G.country(query)).map(Country::iso3).contains(iso3);
    }

    @ParameterizedTest
    @CsvSource({
      "Dominion of Pakistan, PAK", "East Pakistan, BGD", "Ceylon, LKA", "Soviet Union, RUS",
      "USSR, RUS", "Ottoman Empire, TUR", "Persia, IRN", "New Spain, MEX", "Zaire, COD",
      "West Germany, DEU", "Upper Volta, BFA", "Soviet Russia, RUS", "Tsarist Russia, RUS"
    })
    void resolvesHistoricalNamesToTheirSuccessor(String query, String iso3) {
      assertThat(G.country(query)).map(Country::iso3).contains(iso3);
    }

    @Test
    void historicalNameKeepsItsNote() {
      Mention<Country> m = G.resolveCountry("Dominion of Pakistan").orElseThrow();
      assertThat(m.entity().iso3()).isEqualTo("PAK");
      assertThat(m.kind()).isEqualTo(MatchKind.HISTORICAL);
      assertThat(m.note()).startsWith("Dominion of Pakistan: historical name, successor PAK");
    }

    @Test
    void reportsTheKindOfName() {
      assertThat(G.resolveCountry("Mexico").orElseThrow().kind()).isEqualTo(MatchKind.NAME);
      assertThat(G.resolveCountry("MEX").orElseThrow().kind()).isEqualTo(MatchKind.CODE);
      assertThat(G.resolveCountry("mexican").orElseThrow().kind()).isEqualTo(MatchKind.DEMONYM);
      assertThat(G.resolveCountry("Holland").orElseThrow().kind()).isEqualTo(MatchKind.ALIAS);
      assertThat(G.resolveCountry("Mexico").orElseThrow().note()).isNull();
    }

    @Test
    void unknownNamesAreEmpty() {
      assertThat(G.country("Atlantis")).isEmpty();
      assertThat(G.country("")).isEmpty();
      assertThat(G.country(null)).isEmpty();
      assertThat(G.country("Mexico City")).isEmpty();
    }

    @Test
    void countryRecordCarriesItsData() {
      Country pak = G.byIso3("PAK").orElseThrow();
      assertThat(pak.iso2()).isEqualTo("PK");
      assertThat(pak.name()).isEqualTo("Pakistan");
      assertThat(pak.aliases()).contains("Islamic Republic of Pakistan").doesNotContain("PK");
      assertThat(pak.demonyms()).contains("Pakistani");
      assertThat(pak.capital()).isEqualTo("Islamabad");
      assertThat(pak.lat()).isBetween(20.0, 40.0);
      assertThat(pak.lon()).isBetween(60.0, 80.0);
      assertThat(G.byIso3("mex")).map(Country::name).contains("Mexico");
      assertThat(G.byIso3("XXX")).isEmpty();
    }

    @Test
    void coversEveryIso3166Entry() {
      assertThat(G.countries()).hasSize(250);
      assertThat(G.countries()).extracting(Country::iso3).doesNotHaveDuplicates();
    }
  }

  @Nested
  class Suggestions {

    @Test
    void suggestsCloseSpellingsBestFirst() {
      assertThat(G.suggest("Mexco", 5)).first().isEqualTo("Mexico");
      assertThat(G.suggest("Pakistn", 5)).first().isEqualTo("Pakistan");
      assertThat(G.suggest("Phillipines", 5)).first().isEqualTo("Philippines");
      assertThat(G.suggest("Argentinia", 5)).contains("Argentina");
      assertThat(G.suggest("bangldesh", 3)).first().isEqualTo("Bangladesh");
    }

    @Test
    void suggestsByPrefix() {
      assertThat(G.suggest("Kaz", 5)).contains("Kazakhstan");
    }

    @Test
    void respectsTheLimitAndNonsense() {
      assertThat(G.suggest("Mexco", 1)).hasSize(1);
      assertThat(G.suggest("Qqqqqqqqqq", 5)).isEmpty();
      assertThat(G.suggest("Mexco", 0)).isEmpty();
    }
  }

  @Nested
  class FindCountries {

    @Test
    void findsNamesWithOffsets() {
      String text = "Envoys from Mexico and Pakistan met again in 1961.";
      List<Mention<Country>> found = G.findCountries(text);
      assertThat(iso3s(found)).containsExactly("MEX", "PAK");
      Mention<Country> mex = found.get(0);
      assertThat(text.substring(mex.start(), mex.end())).isEqualTo("Mexico");
      assertThat(mex.kind()).isEqualTo(MatchKind.NAME);
    }

    @Test
    void possessiveGivesTheNameAlone() {
      String text = "Mexico's trade with Pakistan grew; Pakistan’s shipments rose.";
      List<Mention<Country>> found = G.findCountries(text);
      assertThat(surfaces(found)).containsExactly("Mexico", "Pakistan", "Pakistan");
      assertThat(text.substring(found.get(2).start(), found.get(2).end())).isEqualTo("Pakistan");
    }

    @Test
    void abbreviationsArticlesWriteAreCountriesButTwoLetterCodesAreNot() {
      // "PNG", "ROK", "NZ" stand for a country in running text; "SL" or "BD" are no one's name
      assertThat(iso3s(G.findCountries("Exports to PNG, talks with the ROK, a flight to NZ; SL and BD signed."))
          ).containsExactly("PNG", "KOR", "NZL");
    }

    @Test
    void demonymsAndAdjectives() {
      List<Mention<Country>> found = G.findCountries(
          "A Pakistani minister greeted Mexican diplomats and two Pakistanis.");
      assertThat(iso3s(found)).containsExactly("PAK", "MEX", "PAK");
      assertThat(found).extracting(Mention::kind).containsOnly(MatchKind.DEMONYM);
    }

    @Test
    void capitalCityIsNotTheCountry() {
      String text = "Pakistan keeps a chancery in Mexico City.";
      assertThat(iso3s(G.findCountries(text))).containsExactly("PAK");
      assertThat(iso3s(G.findCountries("Kuwait City and Guatemala City and Panama City")))
          .isEmpty();
    }

    @Test
    void cityThenCountry() {
      String text = "Mexico covers Pakistan through its mission in Tehran, Iran.";
      List<Mention<Country>> found = G.findCountries(text);
      assertThat(iso3s(found)).containsExactly("MEX", "PAK", "IRN");
      assertThat(found.get(2).start()).isEqualTo(text.indexOf("Iran"));
    }

    @Test
    void historicalNamesCarryANote() {
      List<Mention<Country>> found = G.findCountries(
          "The Dominion of Pakistan left the British Empire behind as a new state.");
      assertThat(found).first().satisfies(m -> {
        assertThat(m.surface()).isEqualTo("Dominion of Pakistan");
        assertThat(m.entity().iso3()).isEqualTo("PAK");
        assertThat(m.kind()).isEqualTo(MatchKind.HISTORICAL);
        assertThat(m.note()).contains("successor PAK");
      });
      assertThat(iso3s(found)).containsExactly("PAK", "GBR");
    }

    @Test
    void longestNameWins() {
      assertThat(surfaces(G.findCountries("the Islamic Republic of Pakistan and Papua New Guinea")))
          .containsExactly("Islamic Republic of Pakistan", "Papua New Guinea");
      assertThat(iso3s(G.findCountries("South Africa and South Sudan")))
          .containsExactly("ZAF", "SSD");
      assertThat(iso3s(G.findCountries("Guinea-Bissau, Guinea, Equatorial Guinea, Niger, Nigeria")))
          .containsExactly("GNB", "GIN", "GNQ", "NER", "NGA");
      assertThat(G.findCountries("a ranch in New Mexico on the island of New Guinea")).isEmpty();
    }

    @Test
    void caseSensitiveAndWholeWords() {
      assertThat(G.findCountries("we ate turkey in chad and china plates")).isEmpty();
      assertThat(G.findCountries("Romania")).extracting(m -> m.entity().iso3())
          .containsExactly("ROU");
      assertThat(iso3s(G.findCountries("An Omani envoy in Nigeria"))).containsExactly("OMN", "NGA");
      assertThat(iso3s(G.findCountries("IN IT WE TRUST, NO"))).isEmpty();
    }

    @Test
    void regionsAndOrganisationsAreNotCountries() {
      assertThat(G.findCountries("Latin American states around the Indian Ocean")).isEmpty();
      assertThat(G.findCountries("the Organization of American States met")).isEmpty();
      assertThat(G.findCountries("trade amounted to US$372.4 million")).isEmpty();
      assertThat(G.findCountries("a forum on Ibero-America and the Inter-American"
          + " Development Bank")).isEmpty();
      assertThat(iso3s(G.findCountries("the Association of Academies of the Spanish Language"
          + " hosted the Spanish king"))).containsExactly("ESP");
    }

    @Test
    void theArticleIsNotPartOfTheSpan() {
      assertThat(surfaces(G.findCountries("The Netherlands and the Netherlands")))
          .containsExactly("Netherlands", "Netherlands");
    }

    @Test
    void accentsAndDashesAreFolded() {
      assertThat(iso3s(G.findCountries("Cote d'Ivoire, Côte d’Ivoire and Timor‑Leste")))
          .containsExactly("CIV", "CIV", "TLS");
      assertThat(iso3s(G.findCountries("Mexico–Pakistan relations"))).containsExactly("MEX", "PAK");
    }

    @Test
    void countryWinsOverCityOfTheSameName() {
      assertThat(iso3s(G.findCountries("talks in Djibouti"))).containsExactly("DJI");
      assertThat(G.findCities("talks in Djibouti")).isEmpty();
    }

    @Test
    void pluralDemonymNeverHidesAName() {
      List<Mention<Country>> found = G.findCountries("the Philippines and Philippine officials");
      assertThat(found).extracting(Mention::kind)
          .containsExactly(MatchKind.NAME, MatchKind.DEMONYM);
      assertThat(iso3s(found)).containsExactly("PHL", "PHL");
    }

    @Test
    void codesAndCommonAbbreviations() {
      List<Mention<Country>> found = G.findCountries("The U.S. and the UK and the USA and the UAE");
      assertThat(iso3s(found)).containsExactly("USA", "GBR", "USA", "ARE");
      assertThat(found.get(2).kind()).isEqualTo(MatchKind.CODE);
    }

    @Test
    void emptyText() {
      assertThat(G.findCountries("")).isEmpty();
    }
  }

  @Nested
  class Cities {

    @ParameterizedTest
    @CsvSource({
      "Karachi, PAK", "Lahore, PAK", "Islamabad, PAK", "Mexico City, MEX", "Tehran, IRN",
      "Toluca, MEX", "karachi, PAK", "Bogota, COL", "Calcutta, IND", "Bombay, IND",
      "Dacca, BGD", "Astana, KAZ", "Washington D.C., USA", "Washington, USA", "Geneva, CHE",
      "Frankfurt, DEU", "the Hague, NLD", "Hague, NLD", "Zurich, CHE", "Montreal, CAN"
    })
    void mostPopulousCityOfAName(String name, String iso3) {
      assertThat(G.cities(name)).first().extracting(City::countryIso3).isEqualTo(iso3);
    }

    @Test
    void capitals() {
      City islamabad = G.city("Islamabad", "PAK").orElseThrow();
      assertThat(islamabad.capital()).isTrue();
      assertThat(islamabad.lat()).isBetween(33.0, 34.0);
      assertThat(G.city("Karachi", "PAK").orElseThrow().capital()).isFalse();
      assertThat(G.city("Mexico City", "MEX").orElseThrow().capital()).isTrue();
      assertThat(G.city("Tehran", "irn").orElseThrow().population()).isGreaterThan(1_000_000);
    }

    @Test
    void everyCapitalOfWorldCountriesWithACityIsKnown() {
      for (String iso3 : List.of("MEX", "PAK", "IRN", "IND", "BGD", "JPN", "PER", "NGA", "ZAF",
          "KEN", "EGY", "ETH", "TUR", "POL", "ESP", "GBR", "DEU", "FRA", "BRA", "ARG", "CHL",
          "CUB", "CAN", "AUS", "IDN", "CHN", "PHL", "MAR", "USA", "KAZ", "MMR", "YEM")) {
        Country c = G.byIso3(iso3).orElseThrow();
        assertThat(G.city(c.capital(), iso3)).as("capital of %s", iso3)
            .hasValueSatisfying(city -> assertThat(city.capital()).isTrue());
      }
    }

    @Test
    void ambiguousNamesListEveryPlaceMostPopulousFirst() {
      List<City> victorias = G.cities("Victoria");
      assertThat(victorias).hasSizeGreaterThan(2);
      assertThat(victorias).isSortedAccordingTo(
          (a, b) -> Long.compare(b.population(), a.population()));
      assertThat(G.cities("cordoba")).first().extracting(City::countryIso3).isEqualTo("ARG");
      assertThat(G.city("Córdoba", "ESP")).isPresent();
      assertThat(G.city("San José", "CRI")).hasValueSatisfying(c -> assertThat(c.capital()).isTrue());
      assertThat(G.cities("Nowhere-on-Sea")).isEmpty();
    }

    @Test
    void findsCitiesInText() {
      String text = "A mission was set up in Islamabad; later offices in Karachi and "
          + "Lahore. There is a chancery in Mexico City. Coverage comes from Tehran, Iran.";
      List<Mention<City>> found = G.findCities(text);
      assertThat(surfaces(found))
          .containsExactly("Islamabad", "Karachi", "Lahore", "Mexico City", "Tehran");
      assertThat(found).extracting(m -> m.entity().countryIso3())
          .containsExactly("PAK", "PAK", "PAK", "MEX", "IRN");
      assertThat(found).extracting(Mention::kind).containsOnly(MatchKind.CITY);
      Mention<City> mc = found.get(3);
      assertThat(text.substring(mc.start(), mc.end())).isEqualTo("Mexico City");
    }

    @Test
    void aSoftSignWrittenAsAnApostropheMayBeLeftOut() {
      // the data writes "Arkhangel’sk"; English texts write "Arkhangelsk"
      List<Mention<City>> found = G.findCities("a forum in Arkhangelsk in March 2017");
      assertThat(surfaces(found)).containsExactly("Arkhangelsk");
      assertThat(found.get(0).entity().countryIso3()).isEqualTo("RUS");
      assertThat(found.get(0).entity()).isEqualTo(G.cities("Arkhangel’sk").get(0));
    }

    @Test
    void aTownNamedWithItsRiverOrLakeIsFoundByItsFirstName() {
      // the data writes "Klagenfurt am Wörthersee"; English texts write "Klagenfurt"
      List<Mention<City>> found = G.findCities("the commemoration in Klagenfurt on 10 October 2020");
      assertThat(surfaces(found)).containsExactly("Klagenfurt");
      assertThat(found.get(0).entity()).isEqualTo(G.cities("Klagenfurt am Wörthersee").get(0));
      assertThat(G.cities("Klagenfurt")).first().extracting(City::countryIso3).isEqualTo("AUT");
      // the larger namesake stays the one meant
      assertThat(G.cities("Frankfurt")).first().extracting(City::name).isEqualTo("Frankfurt am Main");
    }

    @Test
    void ambiguousCityMentionsSaySo() {
      Mention<City> m = G.findCities("a visit to Victoria").get(0);
      assertThat(m.entity()).isEqualTo(G.cities("Victoria").get(0));
      assertThat(m.note()).startsWith("ambiguous");
      assertThat(G.findCities("a visit to Karachi").get(0).note()).isNull();
    }

    @Test
    void commonWordsAndDatesAreNotCities() {
      assertThat(G.findCities("In March 2015, Most of the Police and the University said"))
          .isEmpty();
      assertThat(G.findCities("the cities of karachi and lahore")).isEmpty();
    }

    @Test
    void townsNamedLikePeopleAreNotCitiesInsideNames() {
      assertThat(surfaces(G.findCities("In March 1999 President Fidel Castro flew to Monterrey.")))
          .containsExactly("Monterrey");
      assertThat(G.findCities("a portrait of Queen Elizabeth II hung there")).isEmpty();
      assertThat(G.findCities("a debate in the Lok Sabha")).isEmpty();
      assertThat(surfaces(G.findCities("shares listed on the Karachi Stock Exchange")))
          .containsExactly("Karachi");
      assertThat(surfaces(G.findCities("In Karachi, and From Lahore"))).containsExactly("Karachi",
          "Lahore");
    }

    @Test
    void newYorkAndWashington() {
      List<Mention<City>> found = G.findCities("meetings in New York and in Washington");
      assertThat(found).extracting(m -> m.entity().name())
          .containsExactly("New York City", "Washington, D.C.");
    }

    @Test
    void historicSpellingsAreFound() {
      List<Mention<City>> found = G.findCities("missions in Calcutta, Bombay and Dacca");
      assertThat(found).extracting(m -> m.entity().name())
          .containsExactly("Kolkata", "Mumbai", "Dhaka");
      assertThat(surfaces(found)).containsExactly("Calcutta", "Bombay", "Dacca");
    }
  }

  @Nested
  class Organisations {

    @ParameterizedTest
    @CsvSource({
      "UN, UN", "United Nations, UN", "the United Nations, UN", "un, UN", "WTO, WTO",
      "World Trade Organization, WTO", "World Trade Organisation, WTO",
      "Organisation of Islamic Cooperation, OIC", "Organization of the Islamic Conference, OIC",
      "G-20, G20", "G20, G20", "Group of 77, G77", "Non-Aligned Movement, NAM",
      "Commonwealth of Nations, Commonwealth", "the Commonwealth, Commonwealth",
      "Association of Southeast Asian Nations, ASEAN", "Developing-8, D-8",
      "Organisation for Economic Co-operation and Development, OECD",
      "Pacific Alliance, Pacific Alliance", "Lima Group, Lima Group"
    })
    void lookup(String query, String code) {
      assertThat(G.organisation(query)).map(Organisation::code).contains(code);
    }

    @Test
    void unknownOrganisation() {
      assertThat(G.organisation("League of Extraordinary Gentlemen")).isEmpty();
    }

    @Test
    void everyCodeOfTheFormatIsKnown() {
      for (String code : List.of("UN", "WTO", "G20", "G77", "G15", "G4", "OIC", "APEC", "OAS",
          "OECD", "NAM", "BRICS", "IBSA", "CELAC", "Commonwealth", "SAARC", "D-8", "ECO", "AU",
          "SCO", "IORA", "LAIA", "OEI", "ACS", "CPTPP", "FEALAC", "ASALE", "ISA",
          "Pacific Alliance", "Lima Group")) {
        assertThat(G.organisation(code)).as(code).map(Organisation::code).contains(code);
      }
    }

    @Test
    void findsAcronymsAndLongNames() {
      String text = "Each sits in the United Nations and the World Trade "
          + "Organization, the G-20, the OIC and the Commonwealth of Nations.";
      List<Mention<Organisation>> found = G.findOrganisations(text);
      assertThat(found).extracting(m -> m.entity().code())
          .containsExactly("UN", "WTO", "G20", "OIC", "Commonwealth");
      assertThat(surfaces(found)).containsExactly("United Nations", "World Trade Organization",
          "G-20", "OIC", "Commonwealth of Nations");
      assertThat(found).extracting(Mention::kind).containsOnly(MatchKind.ORGANISATION);
    }

    @Test
    void acronymsAreCaseSensitive() {
      assertThat(G.findOrganisations("the un-named wto of us all")).isEmpty();
      assertThat(G.findOrganisations("the UN and the U.N.")).hasSize(2);
    }

    @Test
    void securityCouncilIsNotTheUnItself() {
      assertThat(G.findOrganisations("a seat on the United Nations Security Council"))
          .extracting(m -> m.entity().code()).containsExactly("UNSC");
    }
  }

  @Nested
  class Venues {

    @ParameterizedTest
    @CsvSource({"Sharm el-Sheikh, EGY", "Davos, CHE", "Evian, FRA", "Punta del Este, URY", "Jeju, KOR", "Mekelle, ETH", "Bariloche, ARG"})
    void townsWhereLeadersMeetAreKnownBelowThePopulationFloorAndByTheirEnglishNames(String city, String iso3) {
      assertThat(G.cities(city)).first().extracting(City::countryIso3).isEqualTo(iso3);
    }

    @ParameterizedTest
    @CsvSource({"Petrograd, Saint Petersburg", "Kristiania, Oslo", "Danzig, Gdańsk", "Tananarive, Antananarivo", "Nanking, Nanjing"})
    void aCityIsKnownByItsOlderName(String old, String now) {
      assertThat(G.cities(old)).first().extracting(City::name).isEqualTo(now);
    }
  }

  @Nested
  class Territories {

    @ParameterizedTest
    @CsvSource({"Hong Kong, CHN", "Macau, CHN", "Macao, CHN", "Nuuk, DNK", "Tórshavn, DNK", "Bayamón, USA", "Gibraltar, GBR", "Nouméa, FRA"})
    void aCityOfATerritoryLiesInTheStateThatConductsItsForeignRelations(String city, String iso3) {
      assertThat(G.cities(city)).first().extracting(City::countryIso3).isEqualTo(iso3);
    }

    @Test
    void aTerritoryHasItsSovereignAndAStateHasNone() {
      assertThat(G.sovereign("HKG")).contains("CHN");
      assertThat(G.sovereign("FRO")).contains("DNK");
      assertThat(G.sovereign("CHN")).isEmpty();
      assertThat(G.sovereign(null)).isEmpty();
    }

    @Test
    void theCapitalOfATerritoryIsNoCapitalOfItsSovereign() {
      assertThat(G.cities("Hong Kong")).first().extracting(City::capital).isEqualTo(false);
      assertThat(G.cities("Beijing")).first().extracting(City::capital).isEqualTo(true);
    }
  }

  @Nested
  class EmbassyCity {

    @ParameterizedTest
    @CsvSource({"BOL, La Paz", "NLD, The Hague", "CIV, Abidjan", "MEX, Mexico City", "PAK, Islamabad"})
    void isTheSeatOfGovernmentWhereItDiffersFromTheCapital(String iso3, String city) {
      assertThat(G.embassyCity(iso3)).contains(city);
    }

    @Test
    void isEmptyForAnUnknownCode() {
      assertThat(G.embassyCity("XXX")).isEmpty();
      assertThat(G.embassyCity(null)).isEmpty();
    }
  }
}
