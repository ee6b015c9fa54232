package org.bilateral.store;

/**
 * A store that cannot be opened or written. The message is one line naming the database and the
 * problem; {@link #badInput()} separates what the user can fix (a wrong path, a file that is not a
 * database) from failures of our own, which the CLI reports differently.
 */
public final class StoreException extends RuntimeException {
  private final boolean badInput;

  StoreException(String where, String problem, boolean badInput, Throwable cause) {
    super(oneLine(where + ": " + problem), cause);
    this.badInput = badInput;
  }

  static StoreException badInput(String where, String problem) {
    return new StoreException(where, problem, true, null);
  }

  static StoreException badInput(String where, String problem, Throwable cause) {
    return new StoreException(where, problem, true, cause);
  }

  static StoreException internal(String where, String problem, Throwable cause) {
    return new StoreException(where, problem, false, cause);
  }

  /** True when the user's input is at fault (path, permissions, not a database, corrupt file). */
  public boolean badInput() { return badInput; }

  private static String oneLine(String s) { return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim(); }
}
