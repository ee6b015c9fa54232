package org.bilateral;

/**
 * A problem with what the user gave us (a path, a file, a country name), as opposed to a failure
 * of our own. Its message is the one line the user sees: it names the input and the problem.
 */
public class BadInputException extends RuntimeException {
  private final String input;

  public BadInputException(String input, String problem) {
    super(input + ": " + problem);
    this.input = input;
  }

  public String input() { return input; }

  /** The one-line form of a failure to read a file the user named. */
  public static BadInputException reading(String input, java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) return new BadInputException(input, "no such file");
    if (e instanceof java.nio.file.AccessDeniedException) return new BadInputException(input, "permission denied");
    return new BadInputException(input, "cannot read (" + e.getMessage() + ")");
  }
}
