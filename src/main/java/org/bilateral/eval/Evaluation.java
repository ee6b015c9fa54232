package org.bilateral.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.bilateral.BadInputException;

/**
 * A run of the scorer over one or more documents, and its report in score.py's three forms: the
 * table, the table with every missed and spurious fact, and JSON.
 */
public final class Evaluation {
  private final Tally tally = new Tally();
  private final Consumer<String> notes;
  private int documents;

  /** @param notes receives the lines score.py prints on stderr (a prediction counted as empty) */
  public Evaluation(Consumer<String> notes) {
    this.notes = notes;
  }

  /**
   * Scores one document. A prediction that is missing ({@code null}) or that score.py could not
   * score counts as an empty dossier, with a note naming {@code predName} and {@code why}.
   *
   * @throws BadInputException when the gold is not a dossier the scorer can read
   */
  public void add(String goldName, JsonNode gold, String predName, JsonNode pred, String why) {
    documents++;
    if (pred == null) {
      note(predName, why);
      pred = JsonNodeFactory.instance.objectNode();
    }
    Tally one = new Tally();
    try {
      Scorer.scoreDossier(one, gold, pred);
    } catch (Scorer.Malformed e) {
      if (e.side() == Scorer.Side.GOLD) throw new BadInputException(goldName, "not a gold dossier: " + e.getMessage());
      note(predName, e.getMessage());
      one = new Tally();
      try {
        Scorer.scoreDossier(one, gold, JsonNodeFactory.instance.objectNode());
      } catch (Scorer.Malformed g) {
        throw new BadInputException(goldName, "not a gold dossier: " + g.getMessage());
      }
    }
    tally.addAll(one);
  }

  private void note(String predName, String why) {
    notes.accept("# " + predName + ": no usable prediction (" + why + "); counted as empty");
  }

  public int documents() {
    return documents;
  }

  public Tally tally() {
    return tally;
  }

  public Prf micro() {
    return tally.total().prf();
  }

  /** score.py's table; with {@code verbose}, every missed and spurious fact before the last line. */
  public List<String> table(boolean verbose) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-28s %6s %6s %6s %5s %5s %5s", "category", "P", "R", "F1", "tp", "fp", "fn"));
    for (Map.Entry<String, Tally.Counts> e : tally.categories().entrySet()) {
      Tally.Counts c = e.getValue();
      Prf f = c.prf();
      lines.add(String.format(Locale.ROOT, "%-28s %6s %6s %6s %5d %5d %5d", e.getKey(),
          Py.fixed3(f.p()), Py.fixed3(f.r()), Py.fixed3(f.f1()), c.tp(), c.fp(), c.fn()));
    }
    if (verbose) {
      for (Tally.Miss m : tally.misses())
        lines.add(String.format(Locale.ROOT, "  %-8s %s: %s", m.kind(), m.category(), Py.dumps(m.fact())));
    }
    Tally.Counts t = tally.total();
    Prf micro = t.prf();
    lines.add(String.format(Locale.ROOT, "micro over %d documents: P %s R %s F1 %s (tp %d, fp %d, fn %d)", documents,
        Py.fixed3(micro.p()), Py.fixed3(micro.r()), Py.fixed3(micro.f1()), t.tp(), t.fp(), t.fn()));
    return lines;
  }

  /** The figures as score.py's {@code --json} prints them ({@code json.dumps(..., indent=1)}). */
  public String json() {
    StringBuilder b = new StringBuilder("{\n");
    b.append(" \"documents\": ").append(documents).append(",\n");
    Map<String, Tally.Counts> cats = tally.categories();
    if (cats.isEmpty()) {
      b.append(" \"categories\": {},\n");
    } else {
      b.append(" \"categories\": {\n");
      int i = 0;
      for (Map.Entry<String, Tally.Counts> e : cats.entrySet()) {
        Tally.Counts c = e.getValue();
        Prf f = c.prf();
        b.append("  ");
        Py.jsonString(e.getKey(), b);
        b.append(": {\n");
        b.append("   \"p\": ").append(Py.jsonFloat(f.p())).append(",\n");
        b.append("   \"r\": ").append(Py.jsonFloat(f.r())).append(",\n");
        b.append("   \"f1\": ").append(Py.jsonFloat(f.f1())).append(",\n");
        b.append("   \"tp\": ").append(c.tp()).append(",\n");
        b.append("   \"fp\": ").append(c.fp()).append(",\n");
        b.append("   \"fn\": ").append(c.fn()).append('\n');
        b.append(++i < cats.size() ? "  },\n" : "  }\n");
      }
      b.append(" },\n");
    }
    Tally.Counts t = tally.total();
    Prf micro = t.prf();
    b.append(" \"micro\": {\n");
    b.append("  \"p\": ").append(Py.jsonFloat(micro.p())).append(",\n");
    b.append("  \"r\": ").append(Py.jsonFloat(micro.r())).append(",\n");
    b.append("  \"f1\": ").append(Py.jsonFloat(micro.f1())).append('\n');
    b.append(" },\n");
    b.append(" \"tp\": ").append(t.tp()).append(",\n");
    b.append(" \"fp\": ").append(t.fp()).append(",\n");
    b.append(" \"fn\": ").append(t.fn()).append("\n}");
    return b.toString();
  }
}
