package org.bilateral.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import org.bilateral.BadInputException;
import org.bilateral.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become what the user sees: one line on stderr and an exit status
 * that tells a script whether to fix its input (2) or report a bug (1). Commands just throw.
 */
final class Errors implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int BAD_INPUT = 2;

  static final String PREFIX = "bilateral: ";

  @Override
  public int getExitCode(Throwable t) {
    return isBadInput(t) ? BAD_INPUT : INTERNAL;
  }

  static boolean isBadInput(Throwable t) {
    return t instanceof BadInputException
        || t instanceof ParameterException
        || (t instanceof StoreException s && s.badInput());
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult full) {
    // The root's writer: a subcommand added after the streams were set would still have System.err.
    PrintWriter err = full.commandSpec().commandLine().getErr();
    err.println(PREFIX + message(ex));
    if (debug(full)) ex.printStackTrace(err);
    err.flush();
    return cmd.getExitCodeExceptionMapper() != null ? cmd.getExitCodeExceptionMapper().getExitCode(ex) : getExitCode(ex);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    StringBuilder line = new StringBuilder(PREFIX).append(oneLine(ex.getMessage()));
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
    }
    line.append("; see '").append(cmd.getCommandSpec().qualifiedName()).append(" --help'");
    PrintWriter err = cmd.getCommandSpec().root().commandLine().getErr();
    err.println(line);
    err.flush();
    return BAD_INPUT;
  }

  /** The message for one failure, without the prefix; used for batch lines as well. */
  static String message(Throwable t) {
    if (t instanceof UncheckedIOException u && u.getCause() != null) t = u.getCause();
    if (isBadInput(t) || t instanceof StoreException) return oneLine(t.getMessage());
    if (t instanceof IOException io) {
      String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
      return file + describe(io);
    }
    // Anything else is our fault: say so, and give the class, since messages like "Index 5 out of
    // bounds" mean nothing without it.
    String m = t.getMessage();
    return "internal error: " + (m == null || m.isBlank() ? "" : oneLine(m) + " ")
        + "(" + t.getClass().getSimpleName() + "; rerun with --debug for the stack trace)";
  }

  /** An I/O failure in words, without the class names and repeated paths its message carries. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof NotDirectoryException) return "not a folder";
    if (e instanceof FileSystemException f && f.getReason() != null) return oneLine(f.getReason());
    return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
  }

  /** Databases and parsers produce multi-line messages; the user gets one line per failure. */
  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** --debug is inherited by every subcommand, so it may have been given at any level. */
  static boolean debug(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      if (p.hasMatchedOption("--debug")) return true;
    }
    return false;
  }
}
