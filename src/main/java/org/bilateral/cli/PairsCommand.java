package org.bilateral.cli;

import java.util.concurrent.Callable;
import org.bilateral.query.Query;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = "Lists the pairs the database holds, with their numbers of facts and documents.")
final class PairsCommand implements Callable<Integer> {

  private final Cli cli;

  @Mixin DbOption db;

  @Option(names = "--min-facts", paramLabel = "N", description = "Only pairs with at least N facts.")
  int minFacts;

  PairsCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    try (Store store = db.openExisting(cli)) {
      var pairs = new Query(store).pairs().stream().filter(p -> p.facts() >= minFacts).toList();
      new TextRenderer(cli.out()).pairs(pairs, Countries::name);
    }
    return Errors.OK;
  }
}
