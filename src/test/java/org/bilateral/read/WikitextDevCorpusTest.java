package org.bilateral.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bilateral.extract.Extractor;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The wikitext articles of the development corpus (read in place from ../shared, never copied). */
class WikitextDevCorpusTest {
  private static final Path DEV = Path.of("../shared/corpus/dev");

  static Stream<Path> articles() throws IOException {
    if (!Files.isDirectory(DEV)) return Stream.of(DEV.resolve("absent.wiki"));
    List<Path> found;
    try (Stream<Path> s = Files.list(DEV)) {
      found = s.filter(p -> p.toString().endsWith(".wiki")).sorted().toList();
    }
    return found.isEmpty() ? Stream.of(DEV.resolve("absent.wiki")) : found.stream();
  }

  private static Document load(Path p) {
    Assumptions.assumeTrue(Files.isRegularFile(p), "development corpus not present at " + DEV);
    return Documents.load(p);
  }

  @ParameterizedTest
  @MethodSource("articles")
  void readsWithoutMarkupAndWithExactOffsets(Path p) throws IOException {
    Document d = load(p);
    WikitextChecks.clean(d);
    WikitextChecks.copiedInPlace(d);
    assertThat(d.title()).as("title").isNotNull().endsWith("relations");
    String source = Files.readString(p);
    if (source.contains("{{Infobox")) {
      assertThat(d.blocks()).as("infobox entries").filteredOn(b -> b.kind() == Block.Kind.INFOBOX_ENTRY)
          .extracting(Block::key).contains("mission1", "mission2");
    }
    for (Sentence s : new Sentences().split(d)) {
      assertThat(s.text(d.plain())).as("sentence").isNotBlank().doesNotContain(WikitextChecks.MARKUP);
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void factsQuoteTheWikitextAndHoldNoMarkup(Path p) throws Exception {
    Document d = load(p);
    Dossier dossier = new Extractor().extract(d);
    assertThat(dossier.facts()).isNotEmpty();
    for (Fact f : dossier.facts()) {
      for (Source s : f.sources()) {
        assertThat(d.text().substring(s.start(), s.end())).as("source of %s", f).isEqualTo(s.sentence());
      }
      for (RecordComponent c : f.getClass().getRecordComponents()) {
        Object v = c.getAccessor().invoke(f);
        List<?> values = v instanceof List<?> l ? l : java.util.Collections.singletonList(v);
        for (Object x : values) {
          if (x instanceof String str) {
            assertThat(str).as("%s of %s", c.getName(), f).doesNotContain("[[", "]]", "{{", "'''", "<ref");
          }
        }
      }
    }
  }
}
