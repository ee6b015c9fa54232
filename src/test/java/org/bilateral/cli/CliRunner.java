package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command tree in-process, with captured output, a given environment and work dir. */
final class CliRunner {
  record Result(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }

    /**
     * The contract for a refused input: the given status, exactly one line on stderr, naming the
     * input, and nothing that looks like a stack trace.
     */
    Result refused(int expectedStatus, String... mentions) {
      assertThat(status).as("exit status; stderr was: %s", err).isEqualTo(expectedStatus);
      assertThat(err).as("stderr").endsWith(System.lineSeparator());
      assertThat(errLines()).as("stderr lines").hasSize(1);
      String line = errLines().get(0);
      assertThat(line).startsWith("bilateral: ");
      for (String m : mentions) assertThat(line).contains(m);
      assertThat(line).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ");
      return this;
    }

    String errLine() {
      return errLines().get(0);
    }
  }

  private final Map<String, String> env;
  private final Path workDir;

  CliRunner() {
    this(Map.of(), Path.of(""));
  }

  CliRunner(Map<String, String> env, Path workDir) {
    this.env = env;
    this.workDir = workDir;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new Cli(new PrintWriter(out), new PrintWriter(err), env, workDir, false), args);
    return new Result(status, out.toString(), err.toString());
  }

  /** Like {@link #run} on a command tree the test may extend (e.g. with a command that fails). */
  Result run(java.util.function.UnaryOperator<CommandLine> extend, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Cli cli = new Cli(new PrintWriter(out), new PrintWriter(err), env, workDir, false);
    int status = extend.apply(Main.commandLine(cli)).execute(args);
    cli.out().flush();
    cli.err().flush();
    return new Result(status, out.toString(), err.toString());
  }

  /** Copies a test article from src/test/resources/cli into {@code dir}. */
  static Path article(String name, Path dir) {
    try (InputStream in = CliRunner.class.getResourceAsStream("/cli/" + name)) {
      if (in == null) throw new IllegalStateException("missing test resource cli/" + name);
      Files.createDirectories(dir);
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
