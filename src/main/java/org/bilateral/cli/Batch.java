package org.bilateral.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.BadInputException;
import org.bilateral.read.Documents;
import org.bilateral.store.StoreException;

/**
 * Runs one step per document and keeps going past a bad one: each failure is one line on stderr
 * as soon as it happens, and the batch's status says whether any failed. A database failure is
 * not a document's fault and would fail every later document too, so it stops the batch.
 */
final class Batch {
  interface Step {
    void run();
  }

  private final Cli cli;
  private final boolean debug;
  private int failed;
  private int internal;
  private List<String> held;

  Batch(Cli cli, boolean debug) {
    this.cli = cli;
    this.debug = debug;
  }

  /** The article files the inputs name (resolved against the work dir); a bad input is a failure, not the end. */
  List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      run(() -> files.addAll(Documents.expand(cli.resolve(input))));
    }
    return files;
  }

  /** Runs {@code step}; true when it succeeded. */
  boolean run(Step step) {
    try {
      step.run();
      return true;
    } catch (StoreException e) {
      if (!e.badInput()) throw e;
      fail(e);
    } catch (BadInputException e) {
      fail(e);
    } catch (RuntimeException e) {
      internal++;
      fail(e);
    }
    return false;
  }

  private void fail(RuntimeException e) {
    failed++;
    String line = Errors.PREFIX + Errors.message(e);
    if (held != null) {
      held.add(line);
    } else {
      cli.err().println(line);
      cli.err().flush();
    }
    if (debug) e.printStackTrace(cli.err());
  }

  /** While a progress bar redraws the terminal line, failure lines wait for {@link #release}. */
  void hold() {
    if (held == null) held = new ArrayList<>();
  }

  void release() {
    if (held == null) return;
    held.forEach(cli.err()::println);
    cli.err().flush();
    held = null;
  }

  int failed() {
    return failed;
  }

  /** 1 when a failure was a bug of ours, else 2 when any input was bad, else 0. */
  int status() {
    return internal > 0 ? Errors.INTERNAL : failed > 0 ? Errors.BAD_INPUT : Errors.OK;
  }
}
