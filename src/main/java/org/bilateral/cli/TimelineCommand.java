package org.bilateral.cli;

import java.util.concurrent.Callable;
import org.bilateral.query.Query;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "Lists every dated fact of a pair in date order, with the date's precision (year, month, day).")
final class TimelineCommand implements Callable<Integer> {

  private final Cli cli;

  @Mixin PairArgs pair;

  @Mixin DbOption db;

  TimelineCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    pair.resolve();
    try (Store store = db.openExisting(cli)) {
      Query q = new Query(store);
      pair.requireStored(q, db.given(cli).toString());
      new TextRenderer(cli.out()).timeline(pair.title(), q.timeline(pair.first().iso3(), pair.second().iso3()));
    }
    return Errors.OK;
  }
}
