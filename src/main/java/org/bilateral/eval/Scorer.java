package org.bilateral.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching of {@code ../shared/eval/score.py}, ported rule for rule so that both give the same
 * counts: predicted facts are matched one to one, greedily in gold order, to gold facts; a category
 * that the gold leaves out was not annotated and is not scored.
 *
 * <p>Where score.py would stop with a Python error (a fact that is not an object, a total that is
 * not a number), this throws {@link Malformed}, saying whether the gold or the prediction was at fault.
 */
public final class Scorer {
  private Scorer() {}

  /** Which of the two dossiers a value came from. */
  public enum Side {
    GOLD, PREDICTION;

    @Override
    public String toString() {
      return this == GOLD ? "gold" : "prediction";
    }
  }

  /** A dossier whose shape score.py could not score; the message names the field. */
  public static final class Malformed extends RuntimeException {
    private final Side side;

    Malformed(Side side, String problem) {
      super(problem);
      this.side = side;
    }

    public Side side() {
      return side;
    }
  }

  interface Same {
    boolean test(JsonNode g, JsonNode p);
  }

  /** An attribute comparison; called only when both values are stated. */
  interface Eq {
    boolean test(JsonNode g, JsonNode p);
  }

  record Attr(String name, Eq eq) {}

  record Matching(List<JsonNode[]> pairs, List<JsonNode> lost, List<JsonNode> spurious) {}

  /** {@code d.get(key)} on what must be an object. */
  static JsonNode get(Side side, JsonNode d, String key) {
    if (d == null || !d.isObject())
      throw new Malformed(side, "expected an object with '" + key + "', found " + Py.dumps(d));
    JsonNode v = d.get(key);
    return v == null ? MissingNode.getInstance() : v;
  }

  static JsonNode g(JsonNode d, String key) {
    return get(Side.GOLD, d, key);
  }

  static JsonNode p(JsonNode d, String key) {
    return get(Side.PREDICTION, d, key);
  }

  private static List<JsonNode> items(Side side, String cat, JsonNode v) {
    List<JsonNode> out = Py.iterOrEmpty(v);
    if (out == null) throw new Malformed(side, cat + ": expected a list, found " + Py.dumps(v));
    return out;
  }

  /** Greedy one-to-one matching: each gold fact takes the first unmatched prediction that is the same. */
  static Matching matchLists(List<JsonNode> gold, List<JsonNode> pred, Same same) {
    List<JsonNode> left = new ArrayList<>(pred);
    List<JsonNode[]> pairs = new ArrayList<>();
    List<JsonNode> lost = new ArrayList<>();
    for (JsonNode gf : gold) {
      int hit = -1;
      for (int i = 0; i < left.size() && hit < 0; i++) if (same.test(gf, left.get(i))) hit = i;
      if (hit < 0) {
        lost.add(gf);
      } else {
        pairs.add(new JsonNode[] {gf, left.remove(hit)});
      }
    }
    return new Matching(pairs, lost, left);
  }

  static void scoreKeyed(Tally t, String cat, List<JsonNode> gold, List<JsonNode> pred, Same same, Attr... attrs) {
    Matching m = matchLists(gold, pred, same);
    t.add(cat, m.pairs.size(), m.spurious.size(), m.lost.size());
    m.lost.forEach(gf -> t.missed(cat, gf));
    m.spurious.forEach(pf -> t.spurious(cat, pf));
    // a fact missed (or invented) whole also misses (or invents) each of its stated attributes
    for (Attr a : attrs) {
      int fn = (int) m.lost.stream().filter(gf -> gf.isObject() && !Py.isBlank(gf.get(a.name))).count();
      int fp = (int) m.spurious.stream().filter(pf -> pf.isObject() && !Py.isBlank(pf.get(a.name))).count();
      t.add(cat + "." + a.name, 0, fp, fn);
    }
    for (Attr a : attrs) {
      String sub = cat + "." + a.name;
      for (JsonNode[] pair : m.pairs) {
        JsonNode gv = g(pair[0], a.name);
        JsonNode pv = p(pair[1], a.name);
        if (Py.isBlank(gv) && Py.isBlank(pv)) continue;
        if (!Py.isBlank(gv) && !Py.isBlank(pv) && a.eq.test(gv, pv)) {
          t.add(sub, 1, 0, 0);
        } else {
          if (!Py.isBlank(gv)) {
            t.add(sub, 0, 0, 1);
            t.missed(sub, object("fact", pair[0], "predicted", pv));
          }
          if (!Py.isBlank(pv)) {
            t.add(sub, 0, 1, 0);
            t.spurious(sub, object("fact", pair[1], "gold", gv));
          }
        }
      }
    }
  }

  private static ObjectNode object(Object... kv) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < kv.length; i += 2) {
      JsonNode v = (JsonNode) kv[i + 1];
      o.set((String) kv[i], v == null || v.isMissingNode() ? JsonNodeFactory.instance.nullNode() : v);
    }
    return o;
  }

  /** Scores every category that the gold states; a category left out of the gold was not annotated. */
  public static void scoreDossier(Tally t, JsonNode gold, JsonNode pred) {
    if (!gold.isObject()) throw new Malformed(Side.GOLD, "expected a dossier (a JSON object)");
    if (!pred.isObject()) throw new Malformed(Side.PREDICTION, "expected a dossier (a JSON object)");
    JsonNode gRel = orEmptyObject(g(gold, "relations"));
    JsonNode pRel = orEmptyObject(p(pred, "relations"));
    if (contains(Side.GOLD, gRel, "established")) {
      String cat = "relations.established";
      JsonNode gv = g(gRel, "established");
      JsonNode pv = p(pRel, "established");
      if (Py.truthy(gv) && Py.truthy(pv) && Py.eq(gv, pv)) {
        t.add(cat, 1, 0, 0);
      } else {
        if (Py.truthy(gv)) {
          t.add(cat, 0, 0, 1);
          t.missed(cat, gv);
        }
        if (Py.truthy(pv)) {
          t.add(cat, 0, 1, 0);
          t.spurious(cat, pv);
        }
      }
    }
    for (String key : new String[] {"severed", "restored"}) {
      if (contains(Side.GOLD, gRel, key)) {
        String cat = "relations." + key;
        scoreKeyed(t, cat, items(Side.GOLD, cat, g(gRel, key)), items(Side.PREDICTION, cat, p(pRel, key)), Py::eq);
      }
    }

    if (gold.has("memberships"))
      scoreKeyed(t, "memberships", goldItems(gold, "memberships"), predItems(pred, "memberships"),
          (a, b) -> Text.norm(a).equals(Text.norm(b)));

    if (gold.has("missions"))
      scoreKeyed(t, "missions", goldItems(gold, "missions"), predItems(pred, "missions"),
          (gf, pf) -> Py.eq(g(gf, "owner"), p(pf, "owner")) && Py.eq(g(gf, "host"), p(pf, "host"))
              && Py.eq(g(gf, "type"), p(pf, "type")) && Text.sameName(g(gf, "city"), p(pf, "city")),
          new Attr("opened", Py::eq), new Attr("closed", Py::eq));

    if (gold.has("accreditations"))
      scoreKeyed(t, "accreditations", goldItems(gold, "accreditations"), predItems(pred, "accreditations"),
          (gf, pf) -> Py.eq(g(gf, "from"), p(pf, "from")) && Py.eq(g(gf, "to"), p(pf, "to"))
              && Text.sameName(g(gf, "via_city"), p(pf, "via_city")),
          new Attr("via_country", Py::eq));

    if (gold.has("visits"))
      scoreKeyed(t, "visits", goldItems(gold, "visits"), predItems(pred, "visits"),
          (gf, pf) -> Py.eq(g(gf, "from"), p(pf, "from")) && Py.eq(g(gf, "to"), p(pf, "to"))
              && Text.sameName(g(gf, "person"), p(pf, "person"))
              && java.util.Objects.equals(Text.year(g(gf, "date")), Text.year(p(pf, "date"))),
          new Attr("date", Py::eq), new Attr("office", (a, b) -> Text.jaccard(a, b) >= 0.6));

    if (gold.has("agreements"))
      scoreKeyed(t, "agreements", goldItems(gold, "agreements"), predItems(pred, "agreements"),
          (gf, pf) -> Text.jaccard(g(gf, "title"), p(pf, "title")) >= 0.8,
          new Attr("date", Py::eq));

    if (gold.has("meetings"))
      scoreKeyed(t, "meetings", goldItems(gold, "meetings"), predItems(pred, "meetings"),
          (gf, pf) -> java.util.Objects.equals(Text.year(g(gf, "date")), Text.year(p(pf, "date")))
              && (Py.eq(g(gf, "ordinal"), p(pf, "ordinal")) || Text.jaccard(g(gf, "name"), p(pf, "name")) >= 0.6),
          new Attr("date", Py::eq), new Attr("city", Text::sameName), new Attr("ordinal", Py::eq));

    if (gold.has("trade"))
      scoreKeyed(t, "trade", goldItems(gold, "trade"), predItems(pred, "trade"),
          (gf, pf) -> Py.eq(g(gf, "year"), p(pf, "year")),
          new Attr("total_usd", (a, b) -> {
            double ga = number(Side.GOLD, a);
            return Math.abs(ga - number(Side.PREDICTION, b)) <= 0.005 * Math.abs(ga);
          }));

    if (gold.has("exports"))
      scoreKeyed(t, "exports", flatExports(Side.GOLD, gold), flatExports(Side.PREDICTION, pred),
          (gf, pf) -> Py.eq(gf.get("from"), pf.get("from")) && Py.eq(gf.get("to"), pf.get("to"))
              && Text.sameProduct(gf.get("product"), pf.get("product")));

    if (gold.has("events"))
      scoreKeyed(t, "events", goldItems(gold, "events"), predItems(pred, "events"),
          (gf, pf) -> Py.eq(g(gf, "date"), p(pf, "date")) && Py.eq(g(gf, "kind"), p(pf, "kind")));
  }

  private static List<JsonNode> goldItems(JsonNode gold, String cat) {
    return items(Side.GOLD, cat, gold.get(cat));
  }

  private static List<JsonNode> predItems(JsonNode pred, String cat) {
    return items(Side.PREDICTION, cat, pred.get(cat));
  }

  /** Exports are scored per product: one fact for each product of each entry. */
  private static List<JsonNode> flatExports(Side side, JsonNode d) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : items(side, "exports", d.get("exports"))) {
      JsonNode from = get(side, e, "from");
      JsonNode to = get(side, e, "to");
      for (JsonNode prod : items(side, "exports.products", get(side, e, "products")))
        out.add(object("from", from, "to", to, "product", prod));
    }
    return out;
  }

  private static JsonNode orEmptyObject(JsonNode v) {
    return Py.truthy(v) ? v : JsonNodeFactory.instance.objectNode();
  }

  /** Python's {@code key in rel}, which works on a list or a string too. */
  private static boolean contains(Side side, JsonNode rel, String key) {
    if (rel.isObject()) return rel.has(key);
    if (rel.isArray()) {
      for (JsonNode v : rel) if (v.isTextual() && v.textValue().equals(key)) return true;
      return false;
    }
    if (rel.isTextual()) return rel.textValue().contains(key);
    throw new Malformed(side, "relations: expected an object, found " + Py.dumps(rel));
  }

  private static double number(Side side, JsonNode v) {
    Double d = Py.toFloat(v);
    if (d == null) throw new Malformed(side, "trade.total_usd: expected a number, found " + Py.dumps(v));
    return d;
  }
}
