package org.bilateral.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Folding, tokens, offsets in unusual text, and the cost of matching. */
class GazetteerTextTest {

  private static final Gazetteer G = Gazetteer.get();

  @Test
  void foldKeepsCaseButDropsAccentsAndUnifiesPunctuation() {
    assertThat(Text.fold("Bogotá")).isEqualTo("Bogota");
    assertThat(Text.fold("Côte d’Ivoire")).isEqualTo("Cote d'Ivoire");
    assertThat(Text.fold("Łódź")).isEqualTo("Lodz");
    assertThat(Text.fold("Mexico–Pakistan")).isEqualTo("Mexico-Pakistan");
    assertThat(Text.key("  The   NETHERLANDS ")).isEqualTo("the netherlands");
    assertThat(Text.compact("U.S.")).isEqualTo("us");
  }

  @Test
  void tokensAreWholeWordsAndSinglePunctuation() {
    Text.Tokens t = Text.tokenize("Pakistan's G-20 (Romania)");
    List<String> keys = java.util.Arrays.asList(t.key).subList(0, t.size);
    assertThat(keys).containsExactly("Pakistan", "'", "s", "G", "-", "20", "(", "Romania", ")");
    assertThat(t.start[7]).isEqualTo(17);
    assertThat(t.end[7]).isEqualTo(24);
  }

  @Test
  void offsetsAreUtf16EvenAfterSurrogatesAndCombiningMarks() {
    String text = "\uD83C\uDDF2\uD83C\uDDFD flag; Bogota\u0301 and Mexico";
    List<Mention<Country>> countries = G.findCountries(text);
    assertThat(countries).singleElement().satisfies(m -> {
      assertThat(text.substring(m.start(), m.end())).isEqualTo("Mexico");
      assertThat(m.surface()).isEqualTo("Mexico");
    });
    List<Mention<City>> cities = G.findCities(text);
    assertThat(cities).singleElement().satisfies(m -> {
      assertThat(m.surface()).isEqualTo("Bogota\u0301");
      assertThat(m.entity().countryIso3()).isEqualTo("COL");
    });
  }

  @Test
  void worksOnWikitext() {
    String text = "seats in [[BRICS]], the [[G4 nations|G4]] and the [[United Nations]]. "
        + "Offices in [[Mexico City]] and in [[Islamabad]], [[Pakistan]].";
    assertThat(G.findOrganisations(text)).extracting(m -> m.entity().code())
        .containsExactly("BRICS", "G4", "G4", "UN");
    assertThat(G.findCities(text)).extracting(Mention::surface)
        .containsExactly("Mexico City", "Islamabad");
    assertThat(G.findCountries(text)).extracting(m -> m.entity().iso3()).containsExactly("PAK");
  }

  @Test
  void sameInstanceFromEveryThread() throws Exception {
    List<CompletableFuture<Gazetteer>> futures = IntStream.range(0, 8)
        .mapToObj(i -> CompletableFuture.supplyAsync(Gazetteer::get)).toList();
    for (CompletableFuture<Gazetteer> f : futures) {
      assertThat(f.get()).isSameAs(G);
    }
  }

  @Test
  void concurrentMatchingGivesTheSameAnswers() throws Exception {
    String text = "Mexico and Pakistan, members of the UN, opened missions in Karachi.";
    List<Mention<Country>> expected = G.findCountries(text);
    List<CompletableFuture<List<Mention<Country>>>> futures = IntStream.range(0, 16)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> G.findCountries(text))).toList();
    for (CompletableFuture<List<Mention<Country>>> f : futures) {
      assertThat(f.get()).isEqualTo(expected);
    }
  }

  @Test
  void matchingTenKilobytesIsFast() {
    String sentence = "Long ago Pakistan set up a chancery in Mexico City; the Mexican "
        + "mission in Tehran, Iran also covers Pakistan and speaks to the Organisation of "
        + "Islamic Cooperation. ";
    String text = sentence.repeat(10_240 / sentence.length() + 1);
    for (int i = 0; i < 200; i++) {
      G.findCountries(text);
    }
    int runs = 200;
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      G.findCountries(text);
    }
    double msPerRun = (System.nanoTime() - t0) / 1e6 / runs;
    // Typically well under 0.1 ms; the bound only guards against an accidental quadratic scan.
    assertThat(msPerRun).isLessThan(20.0);
    assertThat(G.findCountries(text)).hasSize(4 * (10_240 / sentence.length() + 1));
  }

  @Test
  void editDistance() {
    assertThat(Gazetteer.distance("mexco", "mexico", 2)).isEqualTo(1);
    assertThat(Gazetteer.distance("pakitsan", "pakistan", 2)).isEqualTo(1);
    assertThat(Gazetteer.distance("abc", "xyzxyz", 2)).isEqualTo(3);
  }
}
