package org.bilateral.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.resolve.Place;
import org.bilateral.resolve.Resolver;
import org.junit.jupiter.api.Test;

/**
 * The reader of articles codes a historical state as its successor, as the dossier format and its
 * gold files require (the USSR is RUS there); the record's resolver keeps the state as itself (SUN).
 * The two tables must agree: every name the resolver knows as a historical state is read as one of
 * that state's successors, with a note naming the state's own code, so it is never silently Russia.
 */
class GazetteerHistoricalStatesTest {
  private static List<String[]> rows() throws Exception {
    List<String[]> out = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        GazetteerHistoricalStatesTest.class.getResourceAsStream("/org/bilateral/gazetteer/historical-names.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        if (header) { header = false; continue; }
        out.add(line.split("\t"));
      }
    }
    return out;
  }

  @Test
  void everyHistoricalStateOfTheResolverIsReadAsOneOfItsSuccessorsWithANoteNamingIt() throws Exception {
    int states = 0;
    for (String[] row : rows()) {
      Place p = Resolver.get().country(row[0]).orElseThrow();
      if (!p.historical()) continue;
      states++;
      assertThat(p.successors()).as(row[0]).contains(row[1]);
      Mention<Country> m = Gazetteer.get().resolveCountry(row[0]).orElseThrow();
      assertThat(m.entity().iso3()).as(row[0]).isEqualTo(row[1]);
      assertThat(m.note()).as(row[0]).contains("the state itself is " + p.code());
    }
    assertThat(states).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theUssrInAnArticleIsRussiaForTheDossierButItsMentionSaysItWasTheUssr() {
    List<Mention<Country>> found = Gazetteer.get().findCountries("The Soviet Union and India signed a treaty in 1971.");
    assertThat(found).first().satisfies(m -> {
      assertThat(m.entity().iso3()).isEqualTo("RUS");
      assertThat(m.kind()).isEqualTo(MatchKind.HISTORICAL);
      assertThat(m.note()).contains("Soviet Union").contains("SUN");
    });
    assertThat(Resolver.get().country("USSR").orElseThrow().code()).isEqualTo("SUN");
  }
}
