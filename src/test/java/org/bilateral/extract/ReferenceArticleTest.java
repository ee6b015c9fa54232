package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.model.Dossier;
import org.bilateral.model.DossierJson;
import org.bilateral.model.Fact;
import org.bilateral.model.Source;
import org.bilateral.read.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference article from ../shared, read as a user would read it, checked against its
 * hand-made gold dossier and for exact provenance. The article is read where it lies, never copied.
 */
class ReferenceArticleTest {
  static final Path ARTICLE = Path.of("../shared/corpus/mexico-pakistan.txt");
  static final Path GOLD = Path.of("../shared/eval/gold/mexico-pakistan.json");
  static Dossier dossier;
  static String text;

  @BeforeAll
  static void read() throws Exception {
    assumeTrue(Files.exists(ARTICLE) && Files.exists(GOLD), "the shared corpus is not beside the project");
    text = Files.readString(ARTICLE);
    dossier = new Extractor().extract(Documents.load(ARTICLE));
  }

  @Test
  void everySourceCutsItsSentenceExactlyOutOfTheFile() {
    assertThat(dossier.facts()).isNotEmpty();
    for (Fact f : dossier.facts()) {
      for (Source s : f.sources()) {
        assertThat(text.substring(s.start(), s.end())).as(f.describe()).isEqualTo(s.sentence());
        assertThat(s.document()).isEqualTo("mexico-pakistan.txt");
      }
    }
  }

  @Test
  void thePairComesFromTheTitle() {
    assertThat(dossier.pair()).containsExactly("MEX", "PAK");
    assertThat(dossier.title()).isEqualTo("Mexico–Pakistan relations");
  }

  @Test
  void everyGoldMissionIsFoundWithItsDates() throws Exception {
    assertGoldFound("missions", List.of("owner", "host", "type", "city", "opened", "closed"));
  }

  @Test
  void everyGoldVisitIsFoundWithDirectionPersonAndDate() throws Exception {
    assertGoldFound("visits", List.of("from", "to", "person", "date"));
  }

  @Test
  void everyGoldAgreementMeetingTradeAndEventIsFound() throws Exception {
    assertGoldFound("agreements", List.of("title", "date"));
    assertGoldFound("meetings", List.of("ordinal", "date", "city"));
    assertGoldFound("trade", List.of("year", "total_usd"));
    assertGoldFound("accreditations", List.of("from", "to", "via_country", "via_city"));
    assertGoldFound("events", List.of("date", "kind"));
  }

  @Test
  void relationsAndMembershipsMatchTheGold() throws Exception {
    JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
    JsonNode ours = DossierJson.write(dossier);
    assertThat(ours.path("relations").path("established").asText())
        .isEqualTo(gold.path("relations").path("established").asText());
    List<String> want = new ArrayList<>();
    gold.path("memberships").forEach(m -> want.add(m.asText()));
    List<String> got = new ArrayList<>();
    ours.path("memberships").forEach(m -> got.add(m.asText()));
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void nothingIsFoundThatTheGoldDoesNotHave() throws Exception {
    JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
    JsonNode ours = DossierJson.write(dossier);
    for (String field : List.of("missions", "visits", "agreements", "meetings", "trade", "accreditations", "events")) {
      assertThat(ours.path(field).size()).as(field).isEqualTo(gold.path(field).size());
    }
  }

  private void assertGoldFound(String field, List<String> keys) throws Exception {
    JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
    JsonNode ours = DossierJson.write(dossier).path(field);
    for (JsonNode want : gold.path(field)) {
      boolean found = false;
      for (JsonNode got : ours) {
        boolean all = true;
        for (String k : keys) all &= want.path(k).asText("").equals(got.path(k).asText(""));
        found |= all;
      }
      assertThat(found).as("%s: %s among %s", field, want, ours).isTrue();
    }
  }
}
