package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.bilateral.BadInputException;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Source;
import org.bilateral.read.Document;
import org.bilateral.read.Documents;
import org.bilateral.read.PlainTextReader;
import org.bilateral.read.WikitextReader;
import org.junit.jupiter.api.Test;

/**
 * Real articles cut at arbitrary places and shuffled: the reader must never fail on odd text, and
 * every fact it still finds must keep an exact source.
 */
class RobustnessTest {
  static final Path DEV = Path.of("../shared/corpus/dev");

  @Test
  void cutAndShuffledArticlesAreReadWithExactSources() throws Exception {
    assumeTrue(Files.isDirectory(DEV), "the shared corpus is not beside the project");
    Random random = new Random(20261128L);
    List<Path> files;
    try (Stream<Path> s = Files.list(DEV)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".wiki")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    int documents = 0;
    // the extractor goes on past a rule that fails; here no rule may fail at all
    List<String> warnings = new ArrayList<>();
    Extractor extractor = new Extractor(Extractor::standardReaders, warnings::add);
    for (Path file : files) {
      String text = Documents.readText(file);
      for (int round = 0; round < 6; round++) {
        String variant = round % 2 == 0 ? cut(text, random) : shuffle(text, random);
        boolean wiki = file.toString().endsWith(".wiki");
        Document doc = wiki ? new WikitextReader().read("v.wiki", null, variant)
            : new PlainTextReader().read("v.txt", null, variant);
        Dossier d;
        try {
          d = extractor.extract(doc);
        } catch (BadInputException e) {
          continue; // a cut that removed the pair is a fair refusal
        }
        documents++;
        for (Fact f : d.facts()) {
          for (Source s : f.sources()) {
            assertThat(variant.substring(s.start(), s.end())).as("%s in a variant of %s", f, file).isEqualTo(s.sentence());
          }
        }
      }
    }
    assertThat(documents).isGreaterThan(files.size());
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRuleThatFailsOnASentenceCostsThatSentenceOnlyAndIsTold() {
    String text = "= Mexico–Pakistan relations =\n\nDiplomatic relations were established in 1955. "
        + "Pakistani President Omar Qadir visited Mexico City in 2004.\n";
    Document doc = new PlainTextReader().read("m.txt", null, text);
    // a reader that trips on the visit's sentence, beside the standard ones
    FactReader failing = (s, r) -> {
      if (s.text.contains("visited")) throw new IllegalStateException("unforeseen shape");
    };
    List<String> warnings = new ArrayList<>();
    Extractor extractor = new Extractor(() -> {
      List<FactReader> readers = new ArrayList<>(List.of(failing));
      readers.addAll(Extractor.standardReaders());
      return readers;
    }, warnings::add);
    Dossier d = extractor.extract(doc);
    assertThat(d.facts()).anyMatch(f -> f instanceof org.bilateral.model.RelationsChange);
    assertThat(d.facts()).anyMatch(f -> f instanceof org.bilateral.model.Visit v && v.person().equals("Omar Qadir"));
    int start = text.indexOf("Pakistani President");
    assertThat(warnings).containsExactly("m.txt: could not read the sentence at characters " + start + "–"
        + (text.indexOf("2004.") + 5) + " (IllegalStateException); the rest of the document was read");
  }

  private static String cut(String text, Random random) {
    int a = random.nextInt(text.length());
    int b = Math.min(text.length(), a + 1 + random.nextInt(text.length() - a));
    // keep the title line so that the pair is still known
    int titleEnd = Math.max(0, text.indexOf('\n'));
    return text.substring(0, titleEnd + 1) + text.substring(Math.max(a, titleEnd + 1), Math.max(b, titleEnd + 1));
  }

  private static String shuffle(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    String first = lines.remove(0);
    java.util.Collections.shuffle(lines, random);
    return first + "\n" + String.join("\n", lines);
  }
}
