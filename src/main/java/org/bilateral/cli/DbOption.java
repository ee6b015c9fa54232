package org.bilateral.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.BadInputException;
import org.bilateral.store.Store;
import picocli.CommandLine.Option;

/** The database option shared by the commands that use the store. */
final class DbOption {
  static final String ENV = "BILATERAL_DB";
  static final String DEFAULT = "bilateral.db";

  @Option(names = "--db", paramLabel = "PATH",
      description = "The database file. Default: $" + ENV + " if set, else " + DEFAULT + " in the working folder.")
  Path db;

  /** The path as the user would recognise it (for messages), before resolving against the work dir. */
  Path given(Cli cli) {
    if (db != null) return db;
    String env = cli.env().get(ENV);
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(DEFAULT);
  }

  /** Opens the database, creating it when missing: ingesting is how a database starts. */
  Store openOrCreate(Cli cli) {
    return Store.open(cli.resolve(given(cli)));
  }

  /**
   * Opens an existing database. Queries never create one: a mistyped path would otherwise answer
   * "nothing stored" and leave an empty file behind.
   */
  Store openExisting(Cli cli) {
    Path p = cli.resolve(given(cli));
    if (!Files.exists(p))
      throw new BadInputException(given(cli).toString(), "no such database (create it with 'bilateral ingest')");
    return Store.open(p);
  }
}
