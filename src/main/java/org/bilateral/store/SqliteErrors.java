package org.bilateral.store;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * Turns driver failures into one-line {@link StoreException}s. SQLite's result code tells a file
 * the user gave us wrongly (not a database, corrupt, read-only) from a failure of ours.
 */
final class SqliteErrors {
  // sqlite-jdbc writes "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)"
  private static final Pattern DETAIL = Pattern.compile("\\(([^()]*)\\)\\s*$");

  private SqliteErrors() {}

  static StoreException translate(String where, Throwable failure) {
    if (failure instanceof StoreException s) return s;
    SQLException sql = find(failure);
    if (sql instanceof SQLiteException e) {
      String detail = detail(e.getMessage());
      // extended codes carry the primary code in their low byte
      return switch (e.getResultCode().code & 0xff) {
        case 26 -> StoreException.badInput(where, "not an SQLite database (" + detail + ")", failure);
        case 11 -> StoreException.badInput(where, "corrupt database (" + detail + ")", failure);
        case 14 -> StoreException.badInput(where, "cannot open the file (" + detail + ")", failure);
        case 8 -> StoreException.badInput(where, "database is read-only (" + detail + ")", failure);
        case 3, 23 -> StoreException.badInput(where, "access denied (" + detail + ")", failure);
        case 5, 6 -> StoreException.internal(where, "database is busy (" + detail + ")", failure);
        default -> StoreException.internal(where, "database error (" + detail + ")", failure);
      };
    }
    String message = sql != null ? sql.getMessage() : failure.getMessage();
    return StoreException.internal(where, "database error (" + message + ")", failure);
  }

  /** True when the failure started in the database driver rather than in the caller's code. */
  static boolean fromDriver(Throwable t) { return find(t) != null; }

  private static SQLException find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException s) return s;
    }
    return null;
  }

  private static String detail(String message) {
    if (message == null) return "no detail";
    Matcher m = DETAIL.matcher(message);
    return m.find() ? m.group(1) : message;
  }
}
