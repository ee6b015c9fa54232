package org.bilateral.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bilateral.BadInputException;
import org.bilateral.extract.Extractor;
import org.bilateral.model.DossierJson;
import org.bilateral.read.Documents;

/**
 * What gets scored against what: a gold file and a prediction file, two folders paired by file name
 * (as score.py pairs them), or a gold folder and the articles of a corpus, read in-process (as
 * {@code score-corpus.sh} does with {@code bilateral extract}).
 */
public final class EvalInputs {
  private EvalInputs() {}

  /** Python's json.load accepts NaN and Infinity and refuses anything after the value; so does this. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Reading a file failed; the message is the reason in a few words. */
  static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason);
    }
  }

  /** Parses a dossier file the way score.py's {@code json.load} would accept it. */
  static JsonNode read(Path file) throws Unreadable {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (IOException e) {
      throw new Unreadable(Files.isDirectory(file) ? "is a folder" : "cannot read: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("not UTF-8");
    }
    if (text.startsWith("\uFEFF")) throw new Unreadable("not JSON: starts with a byte-order mark");
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || node.isMissingNode()) throw new Unreadable("not JSON: the file is empty");
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new Unreadable("not JSON: " + e.getOriginalMessage() + where);
    }
  }

  /**
   * {@code GOLD PRED}: two files, or two folders where every {@code GOLD/*.json} is scored against
   * the file of the same name in PRED.
   */
  public static void files(Path gold, Path pred, Evaluation eval) {
    if (Files.isDirectory(gold)) {
      if (!Files.isDirectory(pred))
        throw new BadInputException(pred.toString(), Files.exists(pred)
            ? "is a file, but the gold " + gold + " is a folder: give two folders or two files" : "no such folder");
      for (Path g : goldFiles(gold)) score(eval, g, pred.resolve(g.getFileName().toString()));
    } else {
      if (!Files.exists(gold)) throw new BadInputException(gold.toString(), "no such file or folder");
      if (Files.isDirectory(pred))
        throw new BadInputException(pred.toString(), "is a folder, but the gold " + gold + " is a file: give two folders or two files");
      score(eval, gold, pred);
    }
  }

  private static void score(Evaluation eval, Path goldFile, Path predFile) {
    JsonNode gold = readGold(goldFile);
    JsonNode pred = null;
    String why = null;
    try {
      pred = read(predFile);
    } catch (Unreadable e) {
      why = e.getMessage();
    }
    eval.add(goldFile.toString(), gold, predFile.getFileName().toString(), pred, why);
  }

  private static JsonNode readGold(Path goldFile) {
    try {
      return read(goldFile);
    } catch (Unreadable e) {
      throw new BadInputException(goldFile.toString(), e.getMessage());
    }
  }

  /** {@code GOLD --corpus DIR}: each gold dossier against the dossier extracted from the article of the same base name. */
  public static void corpus(Path gold, Path corpus, Evaluation eval) {
    if (!Files.isDirectory(corpus))
      throw new BadInputException(corpus.toString(), Files.exists(corpus) ? "--corpus must be a folder" : "no such folder");
    if (!Files.exists(gold)) throw new BadInputException(gold.toString(), "no such file or folder");
    List<Path> golds = Files.isDirectory(gold) ? goldFiles(gold) : List.of(gold);
    Map<String, Path> articles = articles(corpus);
    Extractor extractor = new Extractor();
    for (Path g : golds) {
      JsonNode goldNode = readGold(g);
      String base = baseName(g.getFileName().toString());
      Path article = articles.get(base);
      if (article == null) {
        eval.add(g.toString(), goldNode, base, null, "no article " + base + ".txt or .wiki in " + corpus);
        continue;
      }
      JsonNode pred = null;
      String why = null;
      try {
        pred = JSON.readTree(DossierJson.toJson(extractor.extract(Documents.load(article)), false));
      } catch (JsonProcessingException e) {
        why = "extraction gave no JSON: " + e.getOriginalMessage();
      } catch (RuntimeException e) {
        // the run goes on: one article the reader cannot read costs its facts, as in score-corpus.sh
        why = "extraction failed: " + (e instanceof BadInputException ? e.getMessage() : e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage()));
      }
      eval.add(g.toString(), goldNode, article.getFileName().toString(), pred, why);
    }
  }

  /** score.py's {@code sorted(n for n in os.listdir(dir) if n.endswith(".json"))}. */
  private static List<Path> goldFiles(Path dir) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(out::add);
    } catch (IOException e) {
      throw new BadInputException(dir.toString(), "cannot list folder (" + e.getMessage() + ")");
    }
    if (out.isEmpty())
      // score.py would report F1 1.000 over 0 documents, which would let a wrong path pass --min-f1
      throw new BadInputException(dir.toString(), "folder holds no gold dossiers (*.json)");
    out.sort(Comparator.comparing(p -> p.getFileName().toString(), EvalInputs::byCodePoint));
    return out;
  }

  private static int byCodePoint(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /**
   * The articles directly in the folder by base name. When both x.txt and x.wiki exist the .wiki
   * wins, as in score-corpus.sh, whose loop writes x.json for the .txt and then again for the .wiki.
   */
  private static Map<String, Path> articles(Path corpus) {
    Map<String, Path> out = new HashMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus)) {
      s.filter(Files::isRegularFile).forEach(files::add);
    } catch (IOException e) {
      throw new BadInputException(corpus.toString(), "cannot list folder (" + e.getMessage() + ")");
    }
    for (String ending : Documents.ARTICLE_ENDINGS) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(ending)) out.put(baseName(name), p);
      }
    }
    return out;
  }

  private static String baseName(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
