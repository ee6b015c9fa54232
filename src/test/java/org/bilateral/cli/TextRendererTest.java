package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.query.RelationsAt;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static Source at(String doc, int start) {
    return new Source(doc, start, start + 5, "Words.");
  }

  @Test
  void sourcesOfOneDocumentShareItsName() {
    assertThat(TextRenderer.refs(List.of(at("a.txt", 31), at("a.txt", 363), at("b.wiki", 12), at("a.txt", 31))))
        .isEqualTo("a.txt@31,363, b.wiki@12");
  }

  @Test
  void relationsBeforeTheirEstablishmentNameTheDate() {
    RelationsChange established = new RelationsChange(RelationsChange.Change.ESTABLISHED,
        PartialDate.parse("1955-01-19"), List.of(at("a.txt", 1)));
    RelationsAt notYet = new RelationsAt(RelationsAt.Status.NOT_YET_ESTABLISHED, null, false, null);
    assertThat(TextRenderer.relations(notYet, List.of(established), PartialDate.parse("1950")))
        .isEqualTo("not yet established (established 1955-01-19)");
    RelationsAt within = new RelationsAt(RelationsAt.Status.ESTABLISHED, PartialDate.parse("1955-01-19"), true, established);
    assertThat(TextRenderer.relations(within, List.of(established), PartialDate.parse("1955")))
        .isEqualTo("established 1955-01-19 (within 1955)");
  }
}
