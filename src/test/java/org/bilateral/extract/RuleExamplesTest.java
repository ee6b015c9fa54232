package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.model.Dossier;
import org.bilateral.model.DossierJson;
import org.bilateral.read.Document;
import org.bilateral.read.PlainTextReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example kept beside the reading rules (src/main/resources/.../rules/*.yaml): each is
 * read as a short article about its pair (Mexico–Pakistan unless it says otherwise) and must give
 * the facts it expects. Listed fields must match; an empty list means "no fact of this kind".
 */
class RuleExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyRuleExampleHolds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : Rules.FILES) {
      if (file.equals("dates")) continue;
      JsonNode examples = Rules.load(file).path("examples");
      int i = 0;
      for (JsonNode ex : examples) {
        String name = file + "#" + (++i) + ": " + ex.path("text").asText();
        tests.add(DynamicTest.dynamicTest(name.length() > 120 ? name.substring(0, 120) : name, () -> check(ex)));
      }
    }
    return tests.stream();
  }

  static Dossier read(String text, List<String> pair) {
    String a = Gazetteer.get().byIso3(pair.get(0)).orElseThrow().name();
    String b = Gazetteer.get().byIso3(pair.get(1)).orElseThrow().name();
    String article = "= " + a + "–" + b + " relations =\n\n" + text + "\n";
    Document doc = new PlainTextReader().read("example.txt", null, article);
    // every rule must read its own examples without failing: a failure would only be warned of, and the sentence's facts lost
    return new Extractor(Extractor::standardReaders, w -> { throw new AssertionError("a rule failed: " + w); }).extract(doc);
  }

  private static void check(JsonNode ex) {
    List<String> pair = new ArrayList<>(List.of("MEX", "PAK"));
    if (ex.has("pair")) {
      pair.clear();
      ex.get("pair").forEach(p -> pair.add(p.asText()));
    }
    Dossier d = read(ex.get("text").asText(), pair);
    ObjectNode out = DossierJson.write(d);
    for (Iterator<Map.Entry<String, JsonNode>> it = ex.get("expect").fields(); it.hasNext(); ) {
      var e = it.next();
      String field = e.getKey();
      JsonNode expected = e.getValue();
      JsonNode actual = field.equals("relations") ? out.path("relations").path("sources") : out.path(field);
      if (expected.isArray() && expected.isEmpty()) {
        assertThat(actual).as("%s in %s", field, out.toPrettyString()).isEmpty();
        continue;
      }
      assertThat(actual.size()).as("number of %s in %s", field, out.toPrettyString()).isEqualTo(expected.size());
      for (JsonNode want : expected) {
        boolean found = false;
        for (JsonNode got : actual) found |= matches(want, got);
        assertThat(found).as("expected %s among %s", want, actual.toPrettyString()).isTrue();
      }
    }
  }

  private static boolean matches(JsonNode want, JsonNode got) {
    if (want.isValueNode()) return want.asText().equals(got.isObject() ? got.path("organisation").asText() : got.asText());
    for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
      var f = it.next();
      JsonNode g = got.get(f.getKey());
      JsonNode w = f.getValue();
      if (w.isNull()) {
        if (g != null && !g.isNull()) return false;
      } else if (w.isArray()) {
        if (g == null || !g.isArray() || g.size() != w.size()) return false;
        for (int i = 0; i < w.size(); i++) if (!w.get(i).asText().equals(g.get(i).asText())) return false;
      } else if (g == null || !w.asText().equals(g.asText())) {
        return false;
      }
    }
    return true;
  }
}
