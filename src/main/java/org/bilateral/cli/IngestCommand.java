package org.bilateral.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bilateral.extract.Extractor;
import org.bilateral.read.Document;
import org.bilateral.read.Documents;
import org.bilateral.store.IngestResult;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Reads articles and stores their facts. Each document is stored in one transaction: a document "
            + "that fails leaves the database as it was for that document, and the others are still stored.",
        "Reading the same file again replaces its facts, or does nothing when its text is unchanged.",
        org.bilateral.read.Documents.LIMIT})
final class IngestCommand implements Callable<Integer> {

  private final Cli cli;

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Article files (.txt, .wiki) or folders of them.")
  List<Path> inputs;

  IngestCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Batch batch = new Batch(cli, Errors.debug(spec.root().commandLine().getParseResult()));
    // The database is opened first: a bad database path is one error, not one per document.
    try (Store store = db.openOrCreate(cli)) {
      List<Path> files = batch.expand(inputs);
      Map<IngestResult.Status, Integer> counts = new EnumMap<>(IngestResult.Status.class);
      int[] facts = {0};
      Extractor extractor = new Extractor();
      ProgressBar bar = cli.interactive() && files.size() > 1 ? progressBar(files.size()) : null;
      if (bar != null) batch.hold();
      try {
        for (Path file : files) {
          batch.run(() -> {
            Document doc = Documents.load(file);
            IngestResult r = store.ingest(file.toAbsolutePath().normalize().toString(), doc.text(),
                extractor.extract(doc));
            counts.merge(r.status(), 1, Integer::sum);
            facts[0] += r.factCount();
          });
          if (bar != null) bar.step();
        }
      } finally {
        if (bar != null) bar.close();
        batch.release();
      }
      int added = counts.getOrDefault(IngestResult.Status.ADDED, 0);
      int replaced = counts.getOrDefault(IngestResult.Status.REPLACED, 0);
      int unchanged = counts.getOrDefault(IngestResult.Status.UNCHANGED, 0);
      int documents = added + replaced + unchanged;
      cli.out().printf("%d document%s (%d added, %d replaced, %d unchanged), %d fact%s, %d failed%n",
          documents, documents == 1 ? "" : "s", added, replaced, unchanged, facts[0], facts[0] == 1 ? "" : "s",
          batch.failed());
    }
    return batch.status();
  }

  // ASCII only, and only on a terminal: progressbar 0.10.2 writes ANSI codes even into pipes.
  private static ProgressBar progressBar(int max) {
    return new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(max)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUnit(" docs", 1)
        .build();
  }
}
