package org.bilateral.cli;

import java.util.concurrent.Callable;
import org.bilateral.query.CountryCount;
import org.bilateral.query.Reconciliation;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "countries",
    mixinStandardHelpOptions = true,
    description = "Every country in a stored pair, with its numbers of pairs and facts, most facts first.")
final class CountriesCommand implements Callable<Integer> {
  private final Cli cli;

  @Mixin DbOption db;

  @Option(names = "--min-facts", paramLabel = "N", description = "Only countries with at least N facts.")
  int minFacts;

  CountriesCommand(Cli cli) { this.cli = cli; }

  @Override
  public Integer call() {
    try (Store store = db.openExisting(cli)) {
      for (CountryCount c : new Reconciliation(store).countries()) {
        if (c.facts() < minFacts) continue;
        cli.out().printf("%-4s %-40s %,6d pairs %,8d facts%n", c.country(), Countries.name(c.country()), c.pairs(), c.facts());
      }
    }
    return Errors.OK;
  }
}
