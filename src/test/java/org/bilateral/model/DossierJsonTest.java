package org.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierJsonTest {
  static final Source S = new Source("a.txt", 10, 40, "Pakistan opened an embassy in Mexico City.");
  static final Source T = new Source("a.txt", 50, 80, "Pakistan has an embassy in Mexico City.");

  static Dossier sample() {
    return new Dossier("Mexico–Pakistan relations", "a.txt", List.of("MEX", "PAK"), List.of(
        new RelationsChange(RelationsChange.Change.ESTABLISHED, PartialDate.parse("1955-01-19"), List.of(S)),
        new Membership("UN", List.of(S)),
        new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City", PartialDate.parse("1974-05"), null, List.of(S, T)),
        new Accreditation("MEX", "PAK", "IRN", "Tehran", List.of(S)),
        new Visit("PAK", "MEX", "Pervez Musharraf", "President", PartialDate.parse("2004-12"), List.of(S)),
        new Agreement("Agreement on Scientific and Technical Cooperation", PartialDate.parse("2015"), List.of(S)),
        new Meeting("consultations mechanism", 2, PartialDate.parse("2007-04"), "Islamabad", List.of(S)),
        new Trade(2023, 372_400_000, List.of(S)),
        new Exports("MEX", "PAK", 2023, List.of("cotton", "plastic"), List.of(S)),
        new Event(PartialDate.parse("1947-08"), List.of("PAK"), Event.EventKind.INDEPENDENCE, null, List.of(S))));
  }

  @Test
  void writesTheFieldsTheFormatNames() throws Exception {
    JsonNode o = new ObjectMapper().readTree(DossierJson.toJson(sample(), false));
    assertThat(o.path("schema").asText()).isEqualTo("dossier/1");
    assertThat(o.path("relations").path("established").asText()).isEqualTo("1955-01-19");
    assertThat(o.path("memberships").get(0).asText()).isEqualTo("UN");
    JsonNode mission = o.path("missions").get(0);
    assertThat(mission.path("type").asText()).isEqualTo("embassy");
    assertThat(mission.path("closed").isNull()).isTrue();
    assertThat(mission.path("sources")).hasSize(2);
    assertThat(mission.path("source").path("start").asInt()).isEqualTo(10);
    assertThat(o.path("trade").get(0).path("total_usd").asLong()).isEqualTo(372_400_000L);
    assertThat(o.path("exports").get(0).path("products")).hasSize(2);
  }

  @Test
  void readsBackWhatItWrote() {
    Dossier d = sample();
    Dossier back = DossierJson.fromJson(DossierJson.toJson(d, true));
    assertThat(back.facts()).containsExactlyInAnyOrderElementsOf(d.facts());
    assertThat(back.pair()).isEqualTo(d.pair());
    assertThat(back.title()).isEqualTo(d.title());
  }
}
