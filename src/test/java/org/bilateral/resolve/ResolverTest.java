package org.bilateral.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolverTest {
  private final Resolver r = Resolver.get();

  @Test
  void theUssrStaysItselfWithItsSuccessorsRecorded() {
    Place ussr = r.country("USSR").orElseThrow();
    assertThat(ussr.code()).isEqualTo("SUN");
    assertThat(ussr.historical()).isTrue();
    assertThat(ussr.successors()).contains("RUS", "UKR");
    assertThat(r.country("Soviet Union").orElseThrow().code()).isEqualTo("SUN");
    assertThat(r.country("Russia").orElseThrow().code()).isEqualTo("RUS");
    assertThat(r.country("Czechoslovakia").orElseThrow().successors()).containsExactly("CZE", "SVK");
    assertThat(r.country("German Democratic Republic").orElseThrow().code()).isEqualTo("DDR");
  }

  @Test
  void historianSlugsAndLabels() {
    assertThat(r.historian("korea-south", "Korea, Republic of").orElseThrow().code()).isEqualTo("KOR");
    assertThat(r.historian("russia", "U.S.S.R.").orElseThrow().code()).isEqualTo("SUN");
    assertThat(r.historian("russia", "Russia").orElseThrow().code()).isEqualTo("RUS");
    assertThat(r.historian("hawaii", null).orElseThrow().successors()).containsExactly("USA");
    assertThat(r.historian("hanseatic-republics", null).orElseThrow().code()).isEqualTo("XHA");
    assertThat(r.historian("congo-democratic-republic", null).orElseThrow().code()).isEqualTo("COD");
    assertThat(r.historian("no-such-place", null)).isEmpty();
  }

  @Test
  void wikidataIdsResolveThroughTheirLabels() {
    WikidataCountries wd = new WikidataCountries(r);
    assertThat(wd.resolve("http://www.wikidata.org/entity/Q843", "Pakistan").orElseThrow().code()).isEqualTo("PAK");
    // learnt once, the id is known without a readable label
    assertThat(wd.resolve("Q843", "").orElseThrow().code()).isEqualTo("PAK");
    assertThat(wd.resolve("Q999999", "Province of Nowhere")).isEmpty();
    assertThat(WikidataCountries.qid("http://www.wikidata.org/entity/Q96")).isEqualTo("Q96");
  }

  @Test
  void officesAreSplitFromNames() {
    assertThat(Offices.split("President Pervez Musharraf")).isEqualTo(new Offices.Person("President", "Pervez Musharraf"));
    assertThat(Offices.split("Prime Minister Liaquat Ali Khan"))
        .isEqualTo(new Offices.Person("Prime Minister", "Liaquat Ali Khan"));
    assertThat(Offices.split("Haile Selassie")).isEqualTo(new Offices.Person(null, "Haile Selassie"));
  }

  @Test
  void citiesToTheirCountry() {
    assertThat(r.countryOfCity("Tehran").orElseThrow().code()).isEqualTo("IRN");
  }
}
