package org.bilateral.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.model.PartialDate;
import org.bilateral.query.CountryMissions;
import org.bilateral.query.MissionAt;
import org.bilateral.query.Reconciliation;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "missions",
    mixinStandardHelpOptions = true,
    description = "A country's missions abroad and the missions it hosts, from every source; with --as-of, those open then.")
final class MissionsCommand implements Callable<Integer> {
  private final Cli cli;

  @Mixin DbOption db;

  @Parameters(paramLabel = "COUNTRY", description = "A country: name, ISO code or demonym, any case.")
  String country;

  @Option(names = "--as-of", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "Only the missions open by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  PartialDate asOf;

  MissionsCommand(Cli cli) { this.cli = cli; }

  @Override
  public Integer call() {
    var c = Countries.resolve(country);
    try (Store store = db.openExisting(cli)) {
      CountryMissions m = new Reconciliation(store).missions(c.iso3(), asOf);
      var out = cli.out();
      out.println(c.name() + (asOf == null ? "" : ", as of " + asOf));
      section(out, "Missions abroad", m.abroad(), true);
      section(out, "Missions hosted", m.hosted(), false);
    }
    return Errors.OK;
  }

  private static void section(java.io.PrintWriter out, String title, List<MissionAt> list, boolean abroad) {
    out.println();
    out.println(title + ": " + list.size());
    for (MissionAt at : list) {
      var m = at.mission();
      String where = abroad ? Countries.name(m.host()) : "from " + Countries.name(m.owner());
      out.printf("  %-10s  %-40s %s%s%s%s  [%s]%n", m.opened() == null ? "" : m.opened(), where, m.type().label(),
          m.city() == null ? "" : " in " + m.city(), TextRenderer.located(m),
          m.closed() == null ? "" : ", closed " + m.closed(), TextRenderer.refs(m.sources()));
    }
  }
}
