package org.bilateral.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.bilateral.extract.Extractor;
import org.bilateral.model.DossierJson;
import org.bilateral.read.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port against the reference: score.py and the Java scorer on the same inputs must give the
 * same counts per category, and the same text. Skipped where python3 or ../shared/eval is missing.
 */
class ScorePyParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVAL = Path.of("../shared/eval");
  private static final Path SCORE = EVAL.resolve("score.py");
  private static final Path GOLD = EVAL.resolve("gold/dev");
  private static final Path CORPUS = Path.of("../shared/corpus/dev");

  @TempDir static Path tmp;
  private static Path predictions;

  @BeforeAll
  static void extractTheDevCorpus() throws IOException {
    assumeTrue(Files.isRegularFile(SCORE) && Files.isDirectory(GOLD), "../shared/eval not present");
    assumeTrue(pythonWorks(), "python3 not available");
    predictions = Files.createDirectories(tmp.resolve("pred"));
    if (!Files.isDirectory(CORPUS)) return;
    Extractor extractor = new Extractor();
    for (Path article : Documents.expand(CORPUS)) {
      String name = article.getFileName().toString();
      String base = name.substring(0, name.lastIndexOf('.'));
      if (!Files.exists(GOLD.resolve(base + ".json"))) continue;
      Files.writeString(predictions.resolve(base + ".json"),
          DossierJson.toJson(extractor.extract(Documents.load(article)), true), StandardCharsets.UTF_8);
    }
  }

  private static boolean pythonWorks() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String python(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (var in = p.getOutputStream()) {
      if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    // read before waiting: a full pipe would block the child
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
    assertThat(p.exitValue()).as("python3 %s exit status", cmd).isZero();
    return out;
  }

  private static String scorePy(Path gold, Path pred, String option) throws Exception {
    return option == null ? python(null, SCORE.toString(), gold.toString(), pred.toString())
        : python(null, SCORE.toString(), gold.toString(), pred.toString(), option);
  }

  private static Evaluation java(Path gold, Path pred) {
    Evaluation e = new Evaluation(note -> {});
    EvalInputs.files(gold, pred, e);
    return e;
  }

  /** category -> [tp, fp, fn], with "micro" for the totals. */
  private static Map<String, List<Integer>> counts(JsonNode report) {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = report.path("categories").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), List.of(e.getValue().path("tp").asInt(), e.getValue().path("fp").asInt(), e.getValue().path("fn").asInt()));
    }
    out.put("micro", List.of(report.path("tp").asInt(), report.path("fp").asInt(), report.path("fn").asInt()));
    return out;
  }

  private static void assertParity(Path gold, Path pred) throws Exception {
    Evaluation java = java(gold, pred);
    JsonNode py = JSON.readTree(scorePy(gold, pred, "--json"));
    assertThat(counts(JSON.readTree(java.json()))).as("tp/fp/fn per category").isEqualTo(counts(py));
    assertThat(java.documents()).isEqualTo(py.path("documents").asInt());
    // beyond the counts, the very same text: figures, rounding, and the facts listed by --verbose
    assertThat(java.json()).isEqualTo(scorePy(gold, pred, "--json").strip());
    assertThat(java.table(false)).isEqualTo(scorePy(gold, pred, null).lines().toList());
    assertThat(java.table(true)).isEqualTo(scorePy(gold, pred, "--verbose").lines().toList());
  }

  @Test
  void goldAgainstItself() throws Exception {
    assertParity(GOLD, GOLD);
    assertThat(java(GOLD, GOLD).micro().f1()).isEqualTo(1.0);
  }

  @Test
  void goldAgainstTheCurrentExtractor() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/dev not present");
    assertThat(Files.list(predictions).count()).isPositive();
    assertParity(GOLD, predictions);
    Evaluation java = java(GOLD, predictions);
    assertThat(java.tally().total().fn() + java.tally().total().fp()).as("a real test has errors to count").isPositive();
  }

  @Test
  void textFunctionsAgreeOnHardStrings() throws Exception {
    String[] samples = {"São Paulo", "SÃO  PAULO!", "Straße", "STRASSE", "Kırıkkale", "KIRIKKALE", "İstanbul", "istanbul",
        "Ὀδυσσεύς", "ΟΔΥΣΣΕΥΣ", "ﬁnance", "AT&T", "at and t", "Côte d'Ivoire", "Hà Nội", "हिन्दी संघ", "①②", "x_y",
        "Ⅻ", "ꭰꭱ", "ᏸ", "naïve café", "Ñuñoa", "Dacca", "Dhaka", "the of and", "Ministries of Foreign Affairs",
        "ministry foreign affair", "Bus Gas Glass", "Mexico City", "City of Mexico", "Łódź", "Ærø", "ǅemal", "",
        "—", "Prime Minister", "Prime Minister of India", "\u00a0tab\tnew\nline\u2028x", "𝐁𝐨𝐥𝐝", "Ａｂｃ", "１２３", "½"};
    ArrayNode pairs = JsonNodeFactory.instance.arrayNode();
    for (String a : samples) for (String b : samples) pairs.add(JsonNodeFactory.instance.arrayNode().add(a).add(b));
    String script = String.join("\n",
        "import json, sys",
        "sys.path.insert(0, sys.argv[1])",
        "import score",
        "out = []",
        "for a, b in json.load(sys.stdin):",
        "    out.append([score.norm(a), sorted(score.tokens(a)), score.jaccard(a, b), score.same_name(a, b),",
        "                score.same_product(a, b), score.year(a)])",
        "print(json.dumps(out))");
    JsonNode py = JSON.readTree(python(pairs.toString(), "-c", script, EVAL.toString()));
    for (int i = 0; i < pairs.size(); i++) {
      JsonNode a = pairs.get(i).get(0);
      JsonNode b = pairs.get(i).get(1);
      JsonNode r = py.get(i);
      String what = a + " / " + b;
      assertThat(Text.norm(a)).as("norm " + what).isEqualTo(r.get(0).asText());
      List<String> tokens = new ArrayList<>(Text.tokens(a));
      tokens.sort(ScorePyParityTest::byCodePoint);
      List<String> pyTokens = new ArrayList<>();
      r.get(1).forEach(t -> pyTokens.add(t.asText()));
      assertThat(tokens).as("tokens " + what).isEqualTo(pyTokens);
      assertThat(Text.jaccard(a, b)).as("jaccard " + what).isEqualTo(r.get(2).asDouble());
      assertThat(Text.sameName(a, b)).as("same_name " + what).isEqualTo(r.get(3).asBoolean());
      assertThat(Text.sameProduct(a, b)).as("same_product " + what).isEqualTo(r.get(4).asBoolean());
      assertThat(Text.year(a)).as("year " + what).isEqualTo(r.get(5).isNull() ? null : r.get(5).asText());
    }
  }

  @Test
  void numbersPrintAsPythonPrintsThem() throws Exception {
    double[] xs = {0.0, 1.0, 0.5, 1.0 / 3, 2.0 / 3, 0.1, 1e-4, 1e-5, 1.5e-7, 1e15, 1e16, 1.5e16, 123456789012345678.0,
        2.82879384806159E17, 5e-324, Double.MAX_VALUE, 0.3125, 0.0625, 0.8125, 0.0005, 0.9995, 0.12345, 100.0, -2.5};
    ArrayNode in = JsonNodeFactory.instance.arrayNode();
    for (double x : xs) in.add(x);
    String script = "import json, sys\nfor x in json.load(sys.stdin): print(repr(x), format(x, '.3f'), sep='|')";
    List<String> py = python(in.toString(), "-c", script).lines().toList();
    for (int i = 0; i < xs.length; i++) {
      String[] r = py.get(i).split("\\|");
      assertThat(Py.floatRepr(xs[i])).as("repr of %s", xs[i]).isEqualTo(r[0]);
      assertThat(Py.fixed3(xs[i])).as(".3f of %s", xs[i]).isEqualTo(r[1]);
    }
  }

  private static int byCodePoint(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
