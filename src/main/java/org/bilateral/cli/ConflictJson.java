package org.bilateral.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import org.bilateral.model.Dossier;
import org.bilateral.model.DossierJson;
import org.bilateral.model.Fact;
import org.bilateral.query.Contradiction;

/**
 * The dossier JSON of {@code show --json}, each fact in conflict flagged with an extra
 * {@code "conflicts"} list: why, and the other side as the dossier writes a fact (its value and its
 * sources). An extra field, which DOSSIER.md lets the project add and score.py ignores.
 */
final class ConflictJson {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ConflictJson() {}

  static String dossier(Dossier d, Map<Fact, List<Contradiction>> conflicted) {
    var tree = DossierJson.write(d, (fact, node) -> {
      List<Contradiction> list = conflicted.get(fact);
      if (list == null) return;
      ArrayNode conflicts = node.putArray("conflicts");
      for (Contradiction c : list) {
        var entry = conflicts.addObject();
        entry.put("reason", c.reason());
        entry.set("with", DossierJson.writeFact(c.other()));
      }
    });
    try {
      return PRETTY.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
