package org.bilateral.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bilateral.extract.Extractor;
import org.bilateral.model.Dossier;
import org.bilateral.read.Document;
import org.bilateral.read.PlainTextReader;
import org.bilateral.read.WikitextReader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read + extract over the articles of the dev corpus, read from disk once at setup. One operation
 * is one article; the {@code bytes} counter gives the rate in bytes of article text per second
 * (per thread: run with {@code -t 1} for the per-core figure).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ReadExtractBenchmark {
  @State(Scope.Benchmark)
  public static class Corpus {
    @Param("/work/shared/corpus/dev")
    public String dir;

    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();

    @Setup
    public void load() throws IOException {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".wiki")).sorted().toList()) {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          names.add(p.getFileName().toString());
          texts.add(text);
          sizes.add(text.getBytes(StandardCharsets.UTF_8).length);
        }
      }
      if (texts.isEmpty()) throw new IllegalStateException("no articles in " + dir);
    }
  }

  /** Each thread has its own extractor, as the dump ingest's workers do. */
  @State(Scope.Thread)
  public static class Worker {
    Extractor extractor;
    int next;

    @Setup
    public void create() {
      extractor = new Extractor();
    }
  }

  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() { bytes = 0; }
  }

  /** The reader Documents.load would choose: wikitext by ending or by its look, else the plain rendering. */
  static Document read(String name, String text) {
    String head = text.substring(0, Math.min(text.length(), 2000));
    boolean wiki = name.endsWith(".wiki") || head.stripLeading().startsWith("{{")
        || (head.contains("'''") && head.contains("[["));
    return wiki ? new WikitextReader().read(name, name, text) : new PlainTextReader().read(name, name, text);
  }

  @Benchmark
  public void readAndExtract(Corpus c, Worker w, Bytes counter, Blackhole bh) {
    int i = w.next;
    w.next = (i + 1) % c.texts.size();
    Document doc = read(c.names.get(i), c.texts.get(i));
    try {
      Dossier d = w.extractor.extract(doc);
      bh.consume(d);
    } catch (RuntimeException e) {
      bh.consume(e); // an article without a pair costs its reading all the same
    }
    counter.bytes += c.sizes.get(i);
  }
}
