package org.bilateral.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bilateral.BadInputException;
import org.bilateral.extract.Extractor;
import org.bilateral.model.Dossier;
import org.bilateral.model.DossierJson;
import org.bilateral.read.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Reads articles and prints their dossiers (dossier/1 JSON) without storing anything.",
        "One file gives one indented object; several files (or a folder) give JSON Lines, one object per line.",
        org.bilateral.read.Documents.LIMIT})
final class ExtractCommand implements Callable<Integer> {

  private final Cli cli;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (.txt, .wiki) or folders of them.")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write <name>.json per article into DIR instead of printing.")
  Path outDir;

  ExtractCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Path out = outDir == null ? null : prepareOutDir(cli.resolve(outDir), outDir.toString());
    Batch batch = new Batch(cli, Errors.debug(spec.root().commandLine().getParseResult()));
    List<Path> files = batch.expand(inputs);
    // The format depends on what was asked, not on what survived: a script that passes one
    // folder gets JSON Lines even if the folder holds a single article.
    boolean pretty = inputs.size() == 1 && files.size() == 1 && !Files.isDirectory(cli.resolve(inputs.get(0)));
    Extractor extractor = new Extractor();
    Map<Path, String> written = new HashMap<>();
    for (Path file : files) {
      // a reader that went away (| head) wants no more; reading on would only cost time
      if (out == null && cli.out().checkError()) break;
      batch.run(() -> {
        Dossier d = extractor.extract(Documents.load(file));
        if (out == null) {
          cli.out().println(DossierJson.toJson(d, pretty));
          cli.out().flush();
        } else {
          write(out, file, d, written);
        }
      });
    }
    return batch.status();
  }

  private static Path prepareOutDir(Path dir, String shown) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new BadInputException(shown, "--out must be a folder");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException(shown, "cannot create the output folder (" + Errors.describe(e) + ")");
    }
    if (!Files.isWritable(dir)) throw new BadInputException(shown, "output folder is not writable");
    return dir;
  }

  private void write(Path out, Path file, Dossier d, Map<Path, String> written) {
    String base = file.getFileName().toString();
    int dot = base.lastIndexOf('.');
    Path target = out.resolve((dot > 0 ? base.substring(0, dot) : base) + ".json");
    // a/x.txt and b/x.txt both map to x.json: refuse the second rather than lose the first.
    String earlier = written.putIfAbsent(target, file.toString());
    if (earlier != null)
      throw new BadInputException(file.toString(), "would overwrite " + target + ", already written for " + earlier);
    try {
      Files.writeString(target, DossierJson.toJson(d, true) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(target.toString(), "cannot write (" + Errors.describe(e) + ")");
    }
  }
}
