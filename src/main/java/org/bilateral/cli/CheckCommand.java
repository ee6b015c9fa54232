package org.bilateral.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.gazetteer.Country;
import org.bilateral.model.Fact;
import org.bilateral.model.Source;
import org.bilateral.query.Conflict;
import org.bilateral.query.Gap;
import org.bilateral.query.Reconciliation;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Lists where the sources disagree (conflicts: both facts, each with its sources) and what the record "
            + "lacks (gaps: an accreditation through an embassy no source knows, a visit before relations "
            + "were established), for one pair or for all."})
final class CheckCommand implements Callable<Integer> {
  private final Cli cli;

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Parameters(arity = "0..2", paramLabel = "A B", description = "A pair of countries; all pairs when left out.")
  List<String> countries;

  CheckCommand(Cli cli) { this.cli = cli; }

  @Override
  public Integer call() {
    if (countries != null && countries.size() == 1)
      throw new ParameterException(spec.commandLine(), "give two countries, or none for every pair");
    String a = null;
    String b = null;
    if (countries != null && countries.size() == 2) {
      Country[] pair = Countries.pair(countries.get(0), countries.get(1));
      a = pair[0].iso3();
      b = pair[1].iso3();
    }
    try (Store store = db.openExisting(cli)) {
      Reconciliation r = new Reconciliation(store);
      List<Conflict> conflicts = r.conflicts(a, b);
      List<Gap> gaps = r.gaps(a, b);
      var out = cli.out();
      out.println("Conflicts: " + conflicts.size());
      for (Conflict c : conflicts) {
        out.println();
        out.println("  " + pairName(c.pair()) + ": " + c.reason());
        side(out, "one", c.first());
        side(out, "other", c.second());
      }
      out.println();
      out.println("Gaps: " + gaps.size());
      for (Gap g : gaps) {
        out.println("  " + pairName(g.pair()) + ": " + g.description() + "  [" + TextRenderer.refs(g.fact().sources()) + "]");
      }
    }
    return Errors.OK;
  }

  private static void side(java.io.PrintWriter out, String label, Fact f) {
    out.printf("    %-5s %s  (%d source%s)%n", label, TextRenderer.describeDated(f), f.sources().size(),
        f.sources().size() == 1 ? "" : "s");
    for (Source s : f.sources()) {
      out.println("            " + s.document() + "@" + s.start() + (s.reference() == null ? "" : " " + s.reference()));
      out.println("              \"" + shorten(Errors.oneLine(s.sentence())) + "\"");
    }
  }

  private static String shorten(String s) { return s.length() > 240 ? s.substring(0, 237) + "..." : s; }

  static String pairName(List<String> pair) { return Countries.name(pair.get(0)) + "–" + Countries.name(pair.get(1)); }
}
