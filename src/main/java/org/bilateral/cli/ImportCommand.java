package org.bilateral.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bilateral.BadInputException;
import org.bilateral.resolve.Resolver;
import org.bilateral.sources.historian.HistorianReader;
import org.bilateral.sources.wikidata.WikidataMissionsReader;
import org.bilateral.store.ImportFile;
import org.bilateral.store.ImportResult;
import org.bilateral.store.IngestResult;
import org.bilateral.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Imports a structured data set. Each file is stored in one transaction: a file that fails leaves "
            + "the database as it was for that file. Importing an unchanged file again changes nothing.",
        "A fact another source already states gains this source instead of being stored twice; facts that "
            + "disagree are both kept and marked as a conflict (see 'bilateral check')."},
    subcommands = {ImportCommand.WikidataMissions.class, ImportCommand.Historian.class})
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing data set (wikidata-missions or historian)");
  }

  @Command(name = "wikidata-missions", mixinStandardHelpOptions = true,
      description = "Wikidata's diplomatic missions (database_of_embassies.csv): missions with owner, host, city, "
          + "type and opening date, and the countries each embassy is accredited to.")
  static final class WikidataMissions implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(paramLabel = "PATH", description = "The CSV file.")
    Path path;

    @Override
    public Integer call() {
      Cli cli = ((ImportCommand) spec.parent().userObject()).cli;
      Path file = cli.resolve(path);
      if (!Files.exists(file)) throw new BadInputException(path.toString(), "no such file");
      if (Files.isDirectory(file)) throw new BadInputException(path.toString(), "is a folder; give the CSV file");
      try (Store store = db.openOrCreate(cli)) {
        ImportFile read = new WikidataMissionsReader(Resolver.get()).read(file);
        report(cli, store.importFile(read));
      }
      return Errors.OK;
    }
  }

  @Command(name = "historian", mixinStandardHelpOptions = true,
      description = "The Office of the Historian's data (a folder, searched for .xml files, or one file): "
          + "recognition and relations from the TEI articles, visits of foreign leaders, travels of U.S. "
          + "Presidents and Secretaries of State.")
  static final class Historian implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(paramLabel = "PATH", description = "The historyatstate folder, one of its folders, or one file.")
    Path path;

    @Override
    public Integer call() {
      Cli cli = ((ImportCommand) spec.parent().userObject()).cli;
      Path root = cli.resolve(path);
      if (!Files.exists(root)) throw new BadInputException(path.toString(), "no such file or folder");
      HistorianReader reader = new HistorianReader(Resolver.get());
      List<Path> files = Files.isDirectory(root) ? xmlFiles(root) : List.of(root);
      Batch batch = new Batch(cli, Errors.debug(spec.root().commandLine().getParseResult()));
      int imported = 0;
      try (Store store = db.openOrCreate(cli)) {
        for (Path f : files) {
          int[] done = {0};
          batch.run(() -> {
            Optional<ImportFile> read = Files.isDirectory(root) ? reader.read(f) : Optional.of(reader.readNamed(f));
            if (read.isEmpty()) return;
            report(cli, store.importFile(read.get()));
            done[0]++;
          });
          imported += done[0];
        }
      }
      if (imported == 0 && batch.failed() == 0)
        throw new BadInputException(path.toString(), "no Historian files (TEI articles, <visits>, <trips>) found");
      return batch.status();
    }
  }

  private final Cli cli;

  ImportCommand(Cli cli) { this.cli = cli; }

  static List<Path> xmlFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> out = new ArrayList<>(s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml"))
          .sorted().toList());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void report(Cli cli, ImportResult r) {
    String status = r.status() == IngestResult.Status.UNCHANGED ? "unchanged"
        : r.status() == IngestResult.Status.REPLACED ? "replaced" : "added";
    cli.out().printf("%s %s: %s, %d records (%d without a fact), %d facts in %d pairs (%d merged with other sources),"
            + " %d conflicts%n", r.dataset(), r.file(), status, r.records(), r.skipped(), r.facts(), r.pairs(),
        r.merged(), r.conflicts());
    cli.out().flush();
  }
}
