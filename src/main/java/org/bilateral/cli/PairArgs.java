package org.bilateral.cli;

import org.bilateral.BadInputException;
import org.bilateral.gazetteer.Country;
import org.bilateral.query.Query;
import picocli.CommandLine.Parameters;

/** The two countries of the pair commands, and the check that the database knows the pair. */
final class PairArgs {
  @Parameters(index = "0", paramLabel = "A", description = "A country: name, ISO code or demonym, any case.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other country.")
  String b;

  private Country[] resolved;

  Country first() {
    return resolve()[0];
  }

  Country second() {
    return resolve()[1];
  }

  /** Countries are checked before the database is opened: a typo should not cost a database check. */
  Country[] resolve() {
    if (resolved == null) resolved = Countries.pair(a, b);
    return resolved;
  }

  String title() {
    return Countries.title(first(), second());
  }

  /** Refuses a pair the database has nothing for, rather than printing an empty answer. */
  void requireStored(Query q, String db) {
    String[] canonical = org.bilateral.model.Country.canonical(first().iso3(), second().iso3());
    boolean stored = q.pairs().stream().anyMatch(p -> p.a().equals(canonical[0]) && p.b().equals(canonical[1]));
    if (!stored) throw new BadInputException(title(), "nothing stored for this pair in " + db + " (see 'bilateral pairs')");
  }
}
