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
import org.bilateral.BadInputException;
import org.bilateral.extract.Extractor;
import org.bilateral.ingest.DumpIngest;
import org.bilateral.read.Document;
import org.bilateral.read.Documents;
import org.bilateral.read.dump.DumpReader;
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
        "A MediaWiki XML export or dump (.xml, .xml.bz2, .xml.gz) is streamed: its \"A–B relations\" articles "
            + "are read on every core. A newer revision of a page replaces its facts; the older ones stay as "
            + "history (show --history, show --revision).",
        org.bilateral.read.Documents.LIMIT})
final class IngestCommand implements Callable<Integer> {

  private final Cli cli;

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Article files (.txt, .wiki) or folders of them, or MediaWiki dumps (.xml, .xml.bz2, .xml.gz).")
  List<Path> inputs;

  IngestCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Batch batch = new Batch(cli, Errors.debug(spec.root().commandLine().getParseResult()));
    // The database is opened first: a bad database path is one error, not one per document.
    try (Store store = db.openOrCreate(cli)) {
      List<Path> all = batch.expand(inputs);
      List<Path> dumps = all.stream().filter(DumpReader::isDumpName).toList();
      List<Path> files = all.stream().filter(p -> !DumpReader.isDumpName(p)).toList();
      for (Path dump : dumps) ingestDump(store, dump, batch);
      if (files.isEmpty() && !dumps.isEmpty()) return batch.status();
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

  /** The pipeline lives in {@link DumpIngest}; this is its wiring to the terminal and the batch's status. */
  private void ingestDump(Store store, Path dump, Batch batch) {
    String input = dump.toString();
    boolean progress = cli.interactive();
    boolean compressed = !dump.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    int[] drawn = {0};
    if (progress) batch.hold();
    DumpIngest.Listener listener = new DumpIngest.Listener() {
      @Override
      public void failed(String line, Throwable bug) {
        // called from the ingest's threads; the batch counts one at a time
        synchronized (batch) {
          batch.run(() -> {
            if (bug instanceof RuntimeException e) throw new DumpPageFailure(line, e);
            if (bug != null) throw new DumpPageFailure(line, new IllegalStateException(bug));
            throw new BadInputException(input, line.substring(input.length() + 2));
          });
        }
      }

      @Override
      public void warning(String line) {
        synchronized (batch) {
          if (!progress) cli.err().println(Errors.PREFIX + "warning: " + line);
          else warnings.add(Errors.PREFIX + "warning: " + line);
        }
      }

      @Override
      public void progress(DumpIngest.Progress p) {
        if (!progress) return;
        synchronized (batch) {
          String line = progressLine(p, compressed);
          // the line is redrawn in place: blanks clear what a longer line before it left
          cli.err().print("\r" + line + " ".repeat(Math.max(0, drawn[0] - line.length())));
          drawn[0] = line.length();
          cli.err().flush();
        }
      }
    };
    try {
      batch.run(() -> {
        DumpIngest.Summary s = new DumpIngest(store, DumpIngest.Options.defaults(), listener).ingest(dump, input);
        if (progress) {
          cli.err().println();
          cli.err().flush();
        }
        cli.out().println(summaryLine(s));
        cli.out().flush();
        if (s.fatal() != null) throw s.fatal();
      });
    } finally {
      synchronized (batch) {
        if (progress) {
          warnings.forEach(cli.err()::println);
          warnings.clear();
          batch.release();
        }
      }
    }
  }

  private final List<String> warnings = new java.util.ArrayList<>();

  /** A page the ingest could not store because of a bug of ours: its line names the page, the cause is kept for --debug. */
  private static final class DumpPageFailure extends RuntimeException {
    DumpPageFailure(String line, RuntimeException cause) {
      super(line, cause);
    }
  }

  static String progressLine(DumpIngest.Progress p, boolean compressed) {
    String of = p.fileSize() > 0 ? String.format(" of %,.0f", p.fileSize() / 1e6) : "";
    return String.format("%,d pages scanned, %,d articles, %,d facts; %,.0f%s MB of file read, %.1f MB/s of %s",
        p.pagesScanned(), p.articlesFound(), p.facts(), p.fileBytes() / 1e6, of,
        compressed ? p.fileMbPerSecond() : p.xmlMbPerSecond(), compressed ? "compressed file" : "XML");
  }

  static String summaryLine(DumpIngest.Summary s) {
    DumpIngest.Progress p = s.progress();
    double secs = Math.max(p.seconds(), 1e-9);
    return String.format("%s: %,d pages scanned, %,d relations articles, %,d revisions (%,d added, %,d replaced,"
            + " %,d unchanged, %,d older), %,d facts, %,d failed, %,d oversized skipped;"
            + " %,.1f MB of XML in %.1f s (%.1f MB/s of XML, %,.0f pages/s)%s",
        s.input(), p.pagesScanned(), p.articlesFound(), s.revisions(), s.added(), s.replaced(), s.unchanged(),
        s.older(), p.facts(), s.failed(), s.oversized(), p.xmlBytes() / 1e6, p.seconds(), p.xmlBytes() / 1e6 / secs,
        p.pagesScanned() / secs, s.fatal() != null ? "; stopped at a break in the dump" : "");
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
