package org.bilateral.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.bilateral.ingest.DumpIngest;
import org.bilateral.store.Store;

/**
 * The end-to-end benchmark: ingests a dump into a fresh database with the production pipeline and
 * prints MB/s, pages/s and the peak heap. Run it with the heap the aim names ({@code -Xmx256m}).
 *
 * <p>Peak heap is the highest used heap seen by a sampler every 20 ms (after-GC usage would hide
 * what the pipeline really holds), next to the heap pools' own peak counters.
 *
 * <p>Usage: {@code DumpBenchmark DUMP.xml DB}
 */
public final class DumpBenchmark {
  public static void main(String[] args) throws Exception {
    Path dump = Path.of(args[0]);
    Path db = Path.of(args[1]);
    Files.deleteIfExists(db);
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    DumpIngest.Options options = DumpIngest.Options.defaults();
    System.out.printf("dump %s (%,d bytes), %d workers, batch %d, memory budget %d MB, max heap %d MB%n", dump,
        Files.size(dump), options.workers(), options.batchSize(), options.memoryBudget() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    long t0 = System.nanoTime();
    DumpIngest.Summary s;
    try (Store store = Store.open(db)) {
      s = new DumpIngest(store, options, new DumpIngest.Listener() {
        private int ticks;

        @Override
        public void progress(DumpIngest.Progress p) {
          if (++ticks % 10 == 0)
            System.out.printf("  %5.0f s  %,d pages scanned, %,d articles, %,d facts, %.1f MB/s%n", p.seconds(),
                p.pagesScanned(), p.articlesFound(), p.facts(), p.xmlMbPerSecond());
        }

        @Override
        public void failed(String line, Throwable bug) {
          System.out.println("  failed: " + line);
        }
      }).ingest(dump, dump.toString());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) poolPeaks += pool.getPeakUsage().getUsed();
    }
    long gcs = 0, gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    DumpIngest.Progress p = s.progress();
    System.out.printf("pages scanned %,d; relations articles %,d; stored %,d (added %,d); facts %,d; failed %,d%n",
        p.pagesScanned(), p.articlesFound(), p.pagesStored(), s.added(), p.facts(), s.failed());
    System.out.printf("time %.1f s; %.1f MB/s of XML; %,.0f pages/s; %,.0f relations articles/s%n", secs,
        p.xmlBytes() / 1e6 / secs, p.pagesScanned() / secs, p.articlesFound() / secs);
    System.out.printf("article text read and extracted: %,.1f M chars (%.2f M chars/s over %d workers)%n",
        p.articleChars() / 1e6, p.articleChars() / 1e6 / secs, options.workers());
    System.out.printf("peak heap used %d MB (sampled every 20 ms); sum of heap pool peaks %d MB; max heap %d MB;"
        + " %d GCs, %.1f s in GC; database %,d bytes%n", peak.get() >> 20, poolPeaks >> 20,
        Runtime.getRuntime().maxMemory() >> 20, gcs, gcMillis / 1e3, Files.size(db));
    if (s.fatal() != null) System.out.println("dump broke off: " + s.fatal().getMessage());
  }
}
