package org.bilateral.read.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilateral.read.dump.Dumps.page;
import static org.bilateral.read.dump.Dumps.revision;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bilateral.BadInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DumpReaderTest {
  private static final Predicate<String> RELATIONS = t -> t.endsWith(" relations");

  @TempDir Path dir;

  private final List<String> malformed = new ArrayList<>();
  private final List<String> oversized = new ArrayList<>();
  private final DumpReader.Listener listener = new DumpReader.Listener() {
    @Override
    public void oversized(String title, long revisionId, long bytes) {
      oversized.add(title + "@" + revisionId + ":" + bytes);
    }

    @Override
    public void malformed(String problem) {
      malformed.add(problem);
    }
  };

  private DumpReader reader(String xml, long max) {
    return new DumpReader("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), RELATIONS, max,
        listener);
  }

  private static List<DumpPage> all(DumpReader r) {
    List<DumpPage> out = new ArrayList<>();
    for (DumpPage p; (p = r.next()) != null; ) out.add(p);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"export-0.10", "export-0.11"})
  void readsEachRevisionOfAWantedPageWithItsIds(String schema) {
    String xml = Dumps.exportSchema(schema,
        page("Chile–Norway relations", 0, 7,
            revision(100, "2020-01-01T00:00:00Z", Dumps.CHILE_NORWAY_OLD),
            revision(200, "2021-06-01T00:00:00Z", Dumps.CHILE_NORWAY_NEW)),
        page("Potato", 0, 8, revision(300, "2020-01-01T00:00:00Z", "A potato is a vegetable.")));
    try (DumpReader r = reader(xml, 1 << 20)) {
      List<DumpPage> pages = all(r);
      assertThat(pages).containsExactly(
          new DumpPage("Chile–Norway relations", 0, 7, 100, "2020-01-01T00:00:00Z", Dumps.CHILE_NORWAY_OLD),
          new DumpPage("Chile–Norway relations", 0, 7, 200, "2021-06-01T00:00:00Z", Dumps.CHILE_NORWAY_NEW));
      assertThat(r.pagesScanned()).isEqualTo(2);
      assertThat(r.articlesFound()).isEqualTo(1);
      assertThat(r.dbName()).isEqualTo("testwiki");
      assertThat(r.xmlBytesRead()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8).length);
    }
    assertThat(malformed).isEmpty();
  }

  @Test
  void skipsOtherNamespacesRedirectsAndUnwantedTitles() {
    String xml = Dumps.export(
        page("Talk:Chile–Norway relations", 1, 1, revision(10, "2020-01-01T00:00:00Z", "talk &amp; <b>more</b>")),
        Dumps.redirect("Chile-Norway relations", 2, "Chile–Norway relations"),
        page("Potato", 0, 3, revision(30, "2020-01-01T00:00:00Z", "A potato.")),
        page("Peru–Chile relations", 0, 4, revision(40, "2020-01-01T00:00:00Z", "Text & more <tags>.")));
    try (DumpReader r = reader(xml, 1 << 20)) {
      List<DumpPage> pages = all(r);
      assertThat(pages).extracting(DumpPage::title).containsExactly("Peru–Chile relations");
      assertThat(pages.get(0).text()).isEqualTo("Text & more <tags>.");
      assertThat(r.pagesScanned()).isEqualTo(4);
      assertThat(r.redirectsSkipped()).isEqualTo(1);
    }
  }

  @Test
  void aTextOverTheLimitIsSkippedAndReported() {
    String big = "x".repeat(2000);
    String xml = Dumps.export(
        page("A relations", 0, 1, revision(10, "2020-01-01T00:00:00Z", big)),
        // without a bytes attribute the reader counts as it goes
        page("B relations", 0, 2, revision(20, "2020-01-01T00:00:00Z", big).replaceFirst(" bytes=\"\\d+\"", "")),
        // a small text whose UTF-8 bytes (not chars) pass the limit
        page("C relations", 0, 3, revision(30, "2020-01-01T00:00:00Z", "é".repeat(600)).replaceFirst(" bytes=\"\\d+\"", "")),
        page("D relations", 0, 4, revision(40, "2020-01-01T00:00:00Z", "small")));
    try (DumpReader r = reader(xml, 1000)) {
      assertThat(all(r)).extracting(DumpPage::title).containsExactly("D relations");
    }
    assertThat(oversized).containsExactly("A relations@10:2000", "B relations@20:1001", "C relations@30:1001");
  }

  @Test
  void aPageWithoutRevisionIdOrWithABadTimestampIsReportedAndPassed() {
    String xml = Dumps.export(
        page("A relations", 0, 1, revision(10, "2020-01-01T00:00:00Z", "a").replace("<id>10</id>", "<id>ten</id>")),
        page("B relations", 0, 2, revision(20, "yesterday", "b")),
        page("C relations", 0, 3, revision(30, "2020-01-01T00:00:00Z", "c")));
    try (DumpReader r = reader(xml, 1000)) {
      assertThat(all(r)).extracting(DumpPage::title).containsExactly("C relations");
    }
    assertThat(malformed).containsExactly(
        "page \"A relations\" has a revision without a numeric <id>",
        "page \"B relations\" (revision 20) has a bad <timestamp> \"yesterday\"");
  }

  @Test
  void truncatedXmlStopsWithALineNamingThePlace() {
    String xml = Dumps.export(
        page("A relations", 0, 1, revision(10, "2020-01-01T00:00:00Z", "a")),
        page("B relations", 0, 2, revision(20, "2020-01-01T00:00:00Z", "b".repeat(100))));
    String cut = xml.substring(0, xml.indexOf("bbbbb"));
    try (DumpReader r = reader(cut, 1000)) {
      assertThat(r.next().title()).isEqualTo("A relations");
      assertThatThrownBy(r::next).isInstanceOf(MalformedDumpException.class)
          .hasMessageStartingWith("test.xml: malformed XML at line ")
          .hasMessageContaining("in the page \"B relations\"")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void notWellFormedXmlStops() {
    String xml = Dumps.export(page("A relations", 0, 1, revision(10, "2020-01-01T00:00:00Z", "a")))
        .replace("</title>", "</titel>");
    try (DumpReader r = reader(xml, 1000)) {
      assertThatThrownBy(r::next).isInstanceOf(MalformedDumpException.class).hasMessageContaining("malformed XML at line 7").hasMessageContaining("\"title\" must be terminated");
    }
  }

  @Test
  void anEmptyFileIsMalformed() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.xml"));
    assertThatThrownBy(() -> {
      try (DumpReader r = DumpReader.open(empty, "empty.xml", RELATIONS, 1000, listener)) {
        r.next();
      }
    }).isInstanceOf(MalformedDumpException.class).hasMessageStartingWith("empty.xml: ");
  }

  @Test
  void entitiesBeyondTheJdkDefaultLimitAreRead() {
    // the JDK's parser counts every &amp; of a document against a limit of 50,000,000 by default
    String text = "&".repeat(200_000);
    String[] pages = new String[300];
    for (int i = 0; i < pages.length; i++) pages[i] = page("P" + i, 0, i, revision(i, "2020-01-01T00:00:00Z", text));
    pages[299] = page("Z relations", 0, 999, revision(999, "2020-01-01T00:00:00Z", "z"));
    try (DumpReader r = reader(Dumps.export(pages), 1 << 20)) {
      assertThat(all(r)).extracting(DumpPage::title).containsExactly("Z relations");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dump.xml", "dump.xml.gz", "dump.xml.bz2"})
  void readsCompressedDumps(String name) {
    if (name.endsWith(".bz2")) Assumptions.assumeTrue(Dumps.bzip2Works(), "commons-io 2.x missing from the classpath");
    Path file = Dumps.write(dir.resolve(name),
        Dumps.export(page("Chile–Norway relations", 0, 7, revision(100, "2020-01-01T00:00:00Z", "é–text"))));
    try (DumpReader r = DumpReader.open(file, name, RELATIONS, 1000, listener)) {
      assertThat(all(r)).extracting(DumpPage::text).containsExactly("é–text");
      assertThat(r.fileBytesRead()).isEqualTo(sizeOf(file));
    }
  }

  @Test
  void aFileThatIsNotInItsCompressionIsBadInput() {
    Path file = Dumps.write(dir.resolve("plain.xml.gz").resolveSibling("fake.xml.gz"), "<mediawiki/>");
    // written through gzip, then overwritten with plain bytes
    try {
      Files.writeString(file, "<mediawiki/>");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> DumpReader.open(file, "fake.xml.gz", RELATIONS, 1000, listener))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("fake.xml.gz: not gzip-compressed");
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
