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
}
