package org.bilateral.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bilateral.eval.EvalInputs;
import org.bilateral.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Scores dossiers against gold dossiers (dossier/1) with the figures of score.py (../shared/eval): "
            + "precision, recall and F1 per category, then micro over all.",
        "GOLD PRED: two files, or two folders where each GOLD/<name>.json is scored against PRED/<name>.json. "
            + "GOLD --corpus DIR: reads each article DIR/<name>.txt or .wiki that has a gold file, and scores what it reads.",
        "A missing or unusable prediction counts as an empty dossier, with a note on stderr."})
final class EvalCommand implements Callable<Integer> {
  static final int BELOW_THRESHOLD = 1;

  private final Cli cli;

  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "A gold dossier, or a folder of them (*.json).")
  Path gold;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PRED",
      description = "The predicted dossier, or a folder with one of the same name per gold file.")
  Path pred;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Read the articles of DIR instead of PRED (no files are written).")
  Path corpus;

  @Option(names = "--verbose", description = "List every missed and every spurious fact.")
  boolean verbose;

  @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
  boolean json;

  @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the micro F1 is below X.")
  Double minF1;

  EvalCommand(Cli cli) {
    this.cli = cli;
  }

  /**
   * Main gives every command the project's list of exit statuses; eval follows score.py, whose 1
   * means "below --min-f1", so it renders its own list over Main's.
   */
  @Spec
  void spec(CommandSpec spec) {
    this.spec = spec;
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "ok (the micro F1 is at least --min-f1, when given)");
    codes.put("1", "the micro F1 is below --min-f1; also an internal failure (a bug: rerun with --debug)");
    codes.put("2", "bad input or usage (a missing file or folder, a gold file that is not a dossier...)");
    spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST,
        help -> help.createTextTable(codes).toString());
  }

  @Override
  public Integer call() {
    if ((pred == null) == (corpus == null))
      throw new ParameterException(spec.commandLine(), pred == null
          ? "give PRED (a file or folder of predicted dossiers) or --corpus DIR"
          : "give PRED or --corpus DIR, not both");
    if (minF1 != null && minF1.isNaN()) throw new ParameterException(spec.commandLine(), "--min-f1 must be a number");
    Evaluation eval = new Evaluation(note -> {
      cli.err().println(note);
      cli.err().flush();
    });
    if (corpus != null) EvalInputs.corpus(cli.resolve(gold), cli.resolve(corpus), eval);
    else EvalInputs.files(cli.resolve(gold), cli.resolve(pred), eval);
    if (json) cli.out().println(eval.json());
    else eval.table(verbose).forEach(cli.out()::println);
    cli.out().flush();
    return minF1 != null && eval.micro().f1() < minF1 ? BELOW_THRESHOLD : Errors.OK;
  }
}
