package org.bilateral.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bilateral.BadInputException;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.query.Contradiction;
import org.bilateral.query.Query;
import org.bilateral.query.Reconciliation;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
        "Shows what the database holds about a pair: relations, memberships, missions, accreditations, visits, "
            + "agreements, meetings, trade, exports and events, each with its date and source (document@offset).",
        "With --as-of, the state on that date instead: relations, missions open, accreditations.",
        "Pages read from a dump keep their revisions: --history lists them, --revision shows the facts of one."})
final class ShowCommand implements Callable<Integer> {

  private final Cli cli;

  @Spec CommandSpec spec;

  @Mixin PairArgs pair;

  @Mixin DbOption db;

  @Option(names = "--sources", description = "Quote the sentence each fact was read from.")
  boolean sources;

  @Option(names = "--json", description = "Print the dossier as dossier/1 JSON instead of text.")
  boolean json;

  @Option(names = "--as-of", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "Show the state on DATE (YYYY, YYYY-MM or YYYY-MM-DD; a year means by its end).")
  PartialDate asOf;

  @Option(names = {"--revision", "--at-revision"}, paramLabel = "ID",
      description = "Show the facts read from that revision of a page from a dump, current or superseded.")
  Long revision;

  @Option(names = "--history", description = "List the stored revisions of the pair's pages, with their times and fact counts.")
  boolean history;

  ShowCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (json && asOf != null) throw new ParameterException(spec.commandLine(), "--json and --as-of cannot be combined");
    if (revision != null && asOf != null)
      throw new ParameterException(spec.commandLine(), "--revision and --as-of cannot be combined");
    if (history && (json || asOf != null || revision != null || sources))
      throw new ParameterException(spec.commandLine(), "--history cannot be combined with --json, --as-of, --revision or --sources");
    pair.resolve();
    try (Store store = db.openExisting(cli)) {
      Query q = new Query(store);
      pair.requireStored(q, db.given(cli).toString());
      String a = pair.first().iso3();
      String b = pair.second().iso3();
      TextRenderer render = new TextRenderer(cli.out());
      if (history) {
        render.history(pair.title(), q.history(a, b));
        return Errors.OK;
      }
      Dossier d = revision == null ? q.dossier(a, b) : q.dossierAtRevision(a, b, revision).orElseThrow(() ->
          new BadInputException(pair.title(), "no revision " + revision + " stored for this pair (see --history)"));
      // a superseded revision's facts are never in conflict (see Store): only the current record has them
      Map<Fact, List<Contradiction>> conflicted = revision == null ? new Reconciliation(store).conflicted(a, b) : Map.of();
      if (json) {
        Successors out = Successors.of(a, b);
        cli.out().println(ConflictJson.dossier(out.dossier(d), out.conflicts(conflicted)));
      } else if (asOf != null) {
        // the as-of view holds only what was in force; "not yet established (established ...)" needs all changes
        render.asOf(pair.title(), q.asOf(a, b, asOf), d.facts(RelationsChange.class).toList(), sources);
      } else {
        render.dossier(revision == null ? pair.title() : pair.title() + ", revision " + revision, d, sources, conflicted);
      }
    }
    return Errors.OK;
  }
}
