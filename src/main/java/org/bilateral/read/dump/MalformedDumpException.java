package org.bilateral.read.dump;

import org.bilateral.BadInputException;

/**
 * A dump that cannot be read on: XML that is not well-formed or ends early, or a stream that is
 * not in the compression its name says. Reading stops there; the pages before it were whole.
 */
public final class MalformedDumpException extends BadInputException {
  public MalformedDumpException(String input, String problem) {
    super(input, problem);
  }
}
