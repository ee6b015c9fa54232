package org.bilateral.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bilateral.extract.Extractor;
import org.bilateral.read.Document;
import org.bilateral.read.Documents;

/**
 * Read + extract rate by the thread's CPU time, not the wall clock: on a machine shared with other
 * work, a wall-clock benchmark measures the neighbours as much as the code, while the CPU time this
 * thread spent extracting stays put. Prints both.
 *
 * <pre>java -cp target/benchmarks.jar org.bilateral.bench.ExtractCpuRate ../shared/corpus/dev 40</pre>
 */
public final class ExtractCpuRate {
  private ExtractCpuRate() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".wiki")).sorted().toList();
    }
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    for (Path p : files) {
      Document d = Documents.load(p);
      docs.add(d);
      chars += d.text().length();
    }
    Extractor extractor = new Extractor();
    for (int w = 0; w < 3; w++) for (Document d : docs) extractor.extract(d);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) for (Document d : docs) extractor.extract(d);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf("%d articles, %,d characters x %d rounds: %.2f MB/s by CPU time, %.2f MB/s by the wall clock%n",
        docs.size(), chars, rounds, chars * (double) rounds / cpu / 1e6, chars * (double) rounds / wall / 1e6);
  }
}
