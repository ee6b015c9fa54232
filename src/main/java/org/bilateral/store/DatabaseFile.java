package org.bilateral.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file behind a store: checks the path before SQLite touches it (SQLite's own errors
 * for a missing folder are vague), proves that an existing file is a sound database, and removes
 * the file again if this run created it and then failed, so a bad path leaves nothing behind.
 */
final class DatabaseFile {
  private static final String HISTORY = "flyway_schema_history";

  private final Path file;
  private final String where;
  private final boolean created;
  private final SQLiteDataSource dataSource;

  private DatabaseFile(Path file, String where, boolean created) {
    this.file = file;
    this.where = where;
    this.created = created;
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    // an ingest reads then writes; taking the write lock up front avoids SQLITE_BUSY half-way
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    this.dataSource = new SQLiteDataSource(config);
    this.dataSource.setUrl("jdbc:sqlite:" + file);
  }

  static DatabaseFile prepare(Path db) {
    String where = db.toString();
    Path file = db.toAbsolutePath().normalize();
    // sqlite-jdbc reads everything after a '?' as connection options, even in its file: URI form,
    // and would silently open another file
    if (file.toString().indexOf('?') >= 0)
      throw StoreException.badInput(where, "a database path cannot contain '?'");
    if (Files.isDirectory(file)) throw StoreException.badInput(where, "is a folder, not a database file");
    Path folder = file.getParent();
    if (folder == null || !Files.exists(folder))
      throw StoreException.badInput(where, "folder " + folder + " does not exist");
    if (!Files.isDirectory(folder)) throw StoreException.badInput(where, folder + " is not a folder");
    boolean created = false;
    if (Files.exists(file)) {
      if (!Files.isRegularFile(file)) throw StoreException.badInput(where, "not a regular file");
      if (!Files.isReadable(file)) throw StoreException.badInput(where, "file is not readable");
      if (!Files.isWritable(file)) throw StoreException.badInput(where, "file is not writable");
    } else {
      if (!Files.isWritable(folder)) throw StoreException.badInput(where, "folder " + folder + " is not writable");
      try {
        Files.createFile(file);
        created = true;
      } catch (FileAlreadyExistsException raced) {
        // another process created it between our checks; treat it as an existing file
      } catch (AccessDeniedException e) {
        throw StoreException.badInput(where, "folder " + folder + " is not writable", e);
      } catch (FileSystemException e) {
        throw StoreException.badInput(where, "cannot create the file (" + reason(e) + ")", e);
      } catch (IOException e) {
        throw StoreException.internal(where, "cannot create the file (" + e.getMessage() + ")", e);
      }
    }
    DatabaseFile f = new DatabaseFile(file, where, created);
    try {
      f.probe();
    } catch (RuntimeException e) {
      f.discardIfCreated();
      throw e;
    }
    return f;
  }

  String where() { return where; }

  DataSource dataSource() { return dataSource; }

  void migrate() {
    try {
      Flyway.configure(DatabaseFile.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          // migrations that need the project's own code live beside it (see MergeKeyMigration)
          .javaMigrations(new MergeKeyMigration())
          .load()
          .migrate();
    } catch (FlywayException e) {
      if (SqliteErrors.fromDriver(e)) throw SqliteErrors.translate(where, e);
      throw StoreException.internal(where, "cannot bring the schema up to date (" + e.getMessage() + ")", e);
    }
  }

  void discardIfCreated() {
    if (!created) return;
    for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException ignored) {
        // best effort: the original failure is what the user needs to see
      }
    }
  }

  /**
   * Reads the schema (SQLite refuses a non-database here) and, for an existing file, runs a quick
   * integrity check, so that a damaged file is reported as such rather than as a failing query later.
   */
  private void probe() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      Set<String> tables = new HashSet<>();
      try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        while (rs.next()) tables.add(rs.getString(1));
      }
      if (!created) {
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
          String first = rs.next() ? rs.getString(1) : "ok";
          if (!"ok".equalsIgnoreCase(first))
            throw StoreException.badInput(where, "corrupt database (" + firstProblem(first) + ")");
        }
      }
      if (!tables.isEmpty() && !tables.contains(HISTORY))
        throw StoreException.badInput(where, "not a Bilateral database (it holds other tables)");
    } catch (SQLException e) {
      throw SqliteErrors.translate(where, e);
    }
  }

  /** quick_check reports every damaged page; the first one is enough for a one-line message. */
  private static String firstProblem(String report) {
    String line = report.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("***"))
        .findFirst().orElse(report.trim());
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }

  private static String reason(FileSystemException e) {
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }
}
