package org.bilateral.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.read.dump.Dumps.page;
import static org.bilateral.read.dump.Dumps.revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bilateral.read.dump.Dumps;
import org.bilateral.store.Store;
import org.bilateral.store.StoredPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpIngestTest {
  private static final String[][] PAIRS = {{"Chile", "Norway"}, {"Peru", "Chile"}, {"Iceland", "Peru"},
      {"Mexico", "Pakistan"}, {"India", "Japan"}, {"Kenya", "India"}, {"Egypt", "Turkey"}, {"Spain", "Morocco"}};

  @TempDir Path dir;

  @Test
  void pagesAreStoredInTheDumpsOrderThroughSmallBatchesAndATightBudget() {
    List<String> pages = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    long rev = 1000;
    for (int round = 0; round < 3; round++) {
      for (String[] p : PAIRS) {
        String title = p[0] + "–" + p[1] + " relations";
        // each round is a newer revision of every page, listed in order within one dump
        String text = p[0] + " and " + p[1] + " established diplomatic relations in " + (1950 + round) + ". "
            + "Filler words about rivers and valleys. ".repeat(200 * (round + 1));
        pages.add(page(title, 0, titles.size() + 1, revision(rev++, "202" + round + "-01-01T00:00:00Z", text)));
        if (round == 0) titles.add(title);
        pages.add(page("Unrelated page " + rev, 0, 10_000 + rev, revision(rev++, "2020-01-01T00:00:00Z", "Nothing.")));
      }
    }
    Path dump = Dumps.write(dir.resolve("d.xml"), Dumps.export(pages.toArray(String[]::new)));
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<DumpIngest.Progress> progress = Collections.synchronizedList(new ArrayList<>());
    try (Store store = Store.open(dir.resolve("d.db"))) {
      DumpIngest.Summary s = new DumpIngest(store, new DumpIngest.Options(3, 2, 1 << 20), new DumpIngest.Listener() {
        @Override
        public void failed(String line, Throwable bug) {
          failures.add(line);
        }

        @Override
        public void progress(DumpIngest.Progress p) {
          progress.add(p);
        }
      }).ingest(dump, "d.xml");
      assertThat(failures).isEmpty();
      assertThat(s.fatal()).isNull();
      assertThat(s.progress().pagesScanned()).isEqualTo(48);
      assertThat(s.progress().articlesFound()).isEqualTo(24);
      assertThat(s.revisions()).isEqualTo(24);
      assertThat(s.added()).isEqualTo(8);
      assertThat(s.replaced()).isEqualTo(16);
      assertThat(progress).isNotEmpty();
      assertThat(store.pairs()).extracting(StoredPair::documents).containsOnly(1);
      for (String[] p : PAIRS) {
        var history = new org.bilateral.query.Query(store).history(code(p[0]), code(p[1]));
        assertThat(history).hasSize(3);
        assertThat(history.get(2).current()).isTrue();
        assertThat(history.get(2).timestamp()).isEqualTo("2022-01-01T00:00:00Z");
      }
    }
  }

  @Test
  void titlesOfRelationsArticles() {
    assertThat(RelationsTitle.pair("Chile–Norway relations")).isPresent();
    assertThat(RelationsTitle.pair("Chile-Norway relations")).isPresent();
    assertThat(RelationsTitle.pair("Guinea-Bissau–Portugal relations")).isPresent();
    assertThat(RelationsTitle.pair("Chile and Norway relations")).isEmpty();
    assertThat(RelationsTitle.pair("Chile–Norway")).isEmpty();
    assertThat(RelationsTitle.pair("Austria-Hungary")).isEmpty();
    assertThat(RelationsTitle.pair("Public–private relations")).isEmpty();
    assertThat(RelationsTitle.pair("Chile–Chile relations")).isEmpty();
    assertThat(RelationsTitle.pair(null)).isEmpty();
  }

  private static String code(String name) {
    return org.bilateral.gazetteer.Gazetteer.get().country(name).orElseThrow().iso3();
  }
}
