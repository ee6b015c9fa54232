package org.bilateral.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code bilateral} command: reads articles into dated, sourced facts and answers questions about them. */
@Command(
    name = "bilateral",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads articles about the relations between two countries into dated, sourced facts, "
        + "stores them in a database and answers questions about a pair.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nCountries%n",
    footer = "  A and B are names, ISO codes (MX, MEX), or demonyms (Mexican), in any case.",
    exitCodeListHeading = Main.EXIT_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_INTERNAL, Main.EXIT_BAD_INPUT})
public final class Main implements Runnable {
  static final String EXIT_HEADING = "%nExit status:%n";
  static final String EXIT_OK = "0:ok";
  static final String EXIT_INTERNAL = "1:internal failure (a bug: rerun with --debug for the stack trace)";
  static final String EXIT_BAD_INPUT = "2:bad input or usage (a missing or unreadable file, an unknown country, a bad database...)";

  @Spec CommandSpec spec;

  // Read by Errors from the parse result, since picocli may set it on any subcommand's copy.
  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
  boolean debug;

  public static void main(String[] args) {
    Cli cli = Cli.system();
    int status;
    try {
      status = run(cli, args);
    } catch (Throwable t) { // an Error such as OutOfMemoryError escapes picocli's handlers
      cli.err().println(Errors.PREFIX + Errors.message(t));
      status = Errors.INTERNAL;
    }
    cli.out().flush();
    cli.err().flush();
    System.exit(status);
  }

  /** Runs one command line against {@code cli} and returns its exit status; never exits the JVM. */
  public static int run(Cli cli, String... args) {
    try {
      return commandLine(cli).execute(args);
    } finally {
      cli.out().flush();
      cli.err().flush();
    }
  }

  /** The full command tree, writing to {@code cli}'s streams, with the project's error handling. */
  public static CommandLine commandLine(Cli cli) {
    Errors errors = new Errors();
    CommandLine cmd = new CommandLine(new Main())
        .addSubcommand(new ExtractCommand(cli))
        .addSubcommand(new IngestCommand(cli))
        .addSubcommand(new ShowCommand(cli))
        .addSubcommand(new TimelineCommand(cli))
        .addSubcommand(new EvalCommand(cli))
        .addSubcommand(new PairsCommand(cli))
        .addSubcommand(new ImportCommand(cli))
        .addSubcommand(new CheckCommand(cli))
        .addSubcommand(new MissionsCommand(cli))
        .addSubcommand(new CountriesCommand(cli));
    // Every command's help documents the exit statuses, from the one list above.
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (String entry : new String[] {EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT}) {
      int colon = entry.indexOf(':');
      exitCodes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    cmd.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
        .exitCodeListHeading(EXIT_HEADING).exitCodeList(exitCodes));
    // Set after the subcommands are added: these setters apply to the subcommands present.
    cmd.setOut(cli.out())
        .setErr(cli.err())
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setExitCodeExceptionMapper(errors)
        .setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command (extract, ingest, import, show, timeline, pairs, check, missions, countries or eval)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"bilateral " + (v == null ? "(development build)" : v)};
    }
  }
}
