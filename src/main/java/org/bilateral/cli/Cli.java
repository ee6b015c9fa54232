package org.bilateral.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: its output streams, environment, working folder
 * and whether a person is watching. Passed in rather than read from {@code System} so that tests
 * run the real commands in-process with captured output and a made-up environment.
 *
 * @param workDir relative paths are resolved against it; the empty path means the process's own
 * @param interactive true when a terminal is attached (progress bars are drawn only then)
 */
public record Cli(PrintWriter out, PrintWriter err, Map<String, String> env, Path workDir, boolean interactive) {

  public Cli {
    env = Map.copyOf(env);
  }

  /** The real process: UTF-8 output whatever the locale, since dossiers carry names like "Mexico–Pakistan". */
  public static Cli system() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    return new Cli(out, err, System.getenv(), Path.of(""), System.console() != null);
  }

  /** A user-given path as the process would see it; left as given when the work dir is the process's own. */
  public Path resolve(Path p) {
    return workDir.resolve(p);
  }
}
