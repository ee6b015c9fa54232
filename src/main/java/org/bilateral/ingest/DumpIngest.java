package org.bilateral.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bilateral.BadInputException;
import org.bilateral.extract.Extractor;
import org.bilateral.model.Dossier;
import org.bilateral.read.Document;
import org.bilateral.read.Documents;
import org.bilateral.read.WikitextReader;
import org.bilateral.read.dump.DumpPage;
import org.bilateral.read.dump.DumpReader;
import org.bilateral.read.dump.MalformedDumpException;
import org.bilateral.store.IngestResult;
import org.bilateral.store.PageRevision;
import org.bilateral.store.RevisionOutcome;
import org.bilateral.store.Store;
import org.bilateral.store.StoreException;

/**
 * Ingests a MediaWiki dump on every core: one thread reads the XML and hands the relations
 * articles to N workers (each with its own {@link Extractor}, which is not thread-safe), and one
 * writer stores their dossiers in batched transactions, each page atomically within its batch.
 *
 * <p>Memory stays bounded whatever the dump's size: pages in flight (queued, being read, waiting to
 * be written) hold permits of a fixed memory budget, and the reader waits for permits before it
 * hands on another page.
 *
 * <p>Pages are written in the order of the dump, so that revisions of one page are compared in the
 * order the dump lists them, ids come out the same on every run, and what is stored when the dump
 * breaks off is exactly the pages before the break.
 */
public final class DumpIngest {
  /**
   * @param workers extraction threads
   * @param batchSize pages per transaction
   * @param memoryBudget bytes that the pages in flight may hold, roughly
   */
  public record Options(int workers, int batchSize, long memoryBudget) {
    public Options {
      if (workers < 1 || batchSize < 1 || memoryBudget < 1 << 20) throw new IllegalArgumentException("bad options");
    }

    /** One worker per core, 200 pages a transaction, a quarter of the heap (8 to 256 MB) for pages in flight. */
    public static Options defaults() {
      long heap = Runtime.getRuntime().maxMemory();
      long budget = Math.max(8L << 20, Math.min(256L << 20, heap / 4));
      return new Options(Runtime.getRuntime().availableProcessors(), 200, budget);
    }
  }

  /** Where the ingest reports as it goes; every method is called from the ingest's own threads. */
  public interface Listener {
    /**
     * A page that could not be stored, as one line naming the dump and the page.
     *
     * @param bug the failure when it was ours rather than the page's, else null
     */
    default void failed(String line, Throwable bug) {}

    /** A page passed over without failing (a text over the size limit). */
    default void warning(String line) {}

    /** About once a second. */
    default void progress(Progress p) {}
  }

  /**
   * How far the ingest is. {@code xmlBytes} are bytes of XML (uncompressed); {@code fileBytes} are
   * bytes of the file (the same for {@code .xml}); {@code fileSize} is the file's size on disk;
   * {@code articleChars} the characters of article text handed to the extractors.
   */
  public record Progress(long pagesScanned, long articlesFound, long pagesStored, long facts, long xmlBytes,
      long fileBytes, long fileSize, long articleChars, double seconds) {
    /** MB/s of uncompressed XML: the rate of the work, whatever the compression. */
    public double xmlMbPerSecond() { return seconds <= 0 ? 0 : xmlBytes / 1e6 / seconds; }

    public double fileMbPerSecond() { return seconds <= 0 ? 0 : fileBytes / 1e6 / seconds; }
  }

  /**
   * What the ingest of one dump did. {@code fatal} is set when the dump broke off (malformed XML);
   * the pages before the break are stored.
   */
  public record Summary(String input, Progress progress, long revisions, long added, long replaced, long unchanged,
      long older, long failed, long internal, long oversized, MalformedDumpException fatal) {}

  private static final long CHAR_COST = 4; // text, its plain rendering, sentences and facts: a few bytes a char
  private static final long PAGE_COST = 4096;

  private final Store store;
  private final Options options;
  private final Listener listener;

  public DumpIngest(Store store, Options options, Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.options = Objects.requireNonNull(options, "options");
    this.listener = listener == null ? new Listener() {} : listener;
  }

  /**
   * The document a page's text is read into. MediaWiki pages are wikitext; the title is the page's,
   * since it is what picked the page as a relations article and wikitext does not repeat it.
   */
  static Document toDocument(DumpPage page, String key) {
    Document d = new WikitextReader().read(page.title(), key, page.text());
    if (page.title().equals(d.title())) return d;
    return new Document(d.name(), d.path(), d.text(), page.title(), d.blocks(), d.plainText(), d.offsets(), d.links(),
        d.citations());
  }

  /** The key that identifies a page across dumps of the same wiki. */
  static String key(String dbName, String title) {
    return (dbName == null || dbName.isBlank() ? "wiki" : dbName) + ":" + title;
  }

  /**
   * Ingests one dump.
   *
   * @param input the file as the user gave it, for messages
   * @throws BadInputException when the file cannot be opened or is not in its compression
   * @throws StoreException when the database fails; the batches committed before stay
   */
  public Summary ingest(Path file, String input) {
    return new Run(file, input).run();
  }

  private record Task(long seq, DumpPage page, String key, int permits) {}

  private record Result(Task task, PageRevision revision, String problem, Throwable bug) {}

  private static final Task NO_MORE_PAGES = new Task(-1, null, null, 0);
  private static final Result NO_MORE_RESULTS = new Result(null, null, null, null);

  /** One ingest's threads and counters. */
  private final class Run {
    private final Path file;
    private final String input;
    private final long fileSize;
    private final int budgetKb = (int) Math.min(Integer.MAX_VALUE, options.memoryBudget() >> 10);
    private final Semaphore budget = new Semaphore(budgetKb);
    private final BlockingQueue<Task> pages = new ArrayBlockingQueue<>(2 * options.workers());
    private final BlockingQueue<Result> results = new LinkedBlockingQueue<>();
    private final AtomicLong added = new AtomicLong(), replaced = new AtomicLong(), unchanged = new AtomicLong(),
        older = new AtomicLong(), failed = new AtomicLong(), internal = new AtomicLong(), facts = new AtomicLong(),
        stored = new AtomicLong(), oversized = new AtomicLong();
    private volatile RuntimeException writerFailure;
    private volatile DumpReader reader;
    private long handedOn; // the reading thread's alone
    private volatile long articleChars;
    private final long started = System.nanoTime();

    Run(Path file, String input) {
      this.file = file;
      this.input = input;
      long size;
      try {
        size = java.nio.file.Files.size(file);
      } catch (java.io.IOException e) {
        size = -1;
      }
      this.fileSize = size;
    }

    Summary run() {
      DumpReader.Listener readerListener = new DumpReader.Listener() {
        @Override
        public void oversized(String title, long revisionId, long bytes) {
          oversized.incrementAndGet();
          listener.warning(input + ": page \"" + title + "\" (revision " + revisionId + ") skipped: text is "
              + String.format("%,d", bytes) + " bytes, over the " + Documents.MAX_MB + " MB limit for one article");
        }

        @Override
        public void malformed(String problem) {
          failed.incrementAndGet();
          listener.failed(input + ": " + problem, null);
        }
      };
      reader = DumpReader.open(file, input, RelationsTitle::test, Documents.MAX_BYTES, readerListener);
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < options.workers(); i++) {
        Thread t = new Thread(this::work, "extract-" + (i + 1));
        t.setDaemon(true);
        workers.add(t);
        t.start();
      }
      Thread writer = new Thread(this::write, "store");
      writer.setDaemon(true);
      writer.start();
      ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(() -> listener.progress(progress()), 1, 1, TimeUnit.SECONDS);
      MalformedDumpException fatal = null;
      try {
        produce();
      } catch (MalformedDumpException e) {
        fatal = e; // the pages handed on before the break are still stored
      } finally {
        reader.close();
        for (int i = 0; i < workers.size(); i++) putUninterruptibly(pages, NO_MORE_PAGES);
        for (Thread t : workers) joinUninterruptibly(t);
        putUninterruptibly(results, NO_MORE_RESULTS);
        joinUninterruptibly(writer);
        ticker.shutdownNow();
      }
      if (writerFailure != null) throw writerFailure;
      Progress last = progress();
      listener.progress(last);
      return new Summary(input, last, handedOn, added.get(), replaced.get(),
          unchanged.get(), older.get(), failed.get(), internal.get(), oversized.get(), fatal);
    }

    Progress progress() {
      DumpReader r = reader;
      return new Progress(r.pagesScanned(), r.articlesFound(), stored.get(), facts.get(), r.xmlBytesRead(),
          r.fileBytesRead(), fileSize, articleChars, (System.nanoTime() - started) / 1e9);
    }

    /** The reading thread: hands on each wanted revision once the budget allows. */
    private void produce() {
      DumpPage page;
      while ((page = reader.next()) != null) {
        int permits = (int) Math.min(budgetKb, (page.text().length() * CHAR_COST + PAGE_COST) >> 10);
        if (!acquire(permits)) return;
        Task task = new Task(handedOn, page, key(reader.dbName(), page.title()), permits);
        if (!offer(task)) return;
        handedOn++;
        articleChars += page.text().length();
      }
    }

    private boolean acquire(int permits) {
      try {
        while (!budget.tryAcquire(permits, 100, TimeUnit.MILLISECONDS)) {
          if (writerFailure != null) return false;
        }
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private boolean offer(Task task) {
      try {
        while (!pages.offer(task, 100, TimeUnit.MILLISECONDS)) {
          if (writerFailure != null) return false;
        }
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** A worker: its own extractor, since OpenNLP's sentence detector is not thread-safe. */
    private void work() {
      Extractor extractor = new Extractor();
      while (true) {
        Task task = takeUninterruptibly(pages);
        if (task == NO_MORE_PAGES) return;
        Result result;
        DumpPage p = task.page();
        try {
          Dossier dossier = extractor.extract(toDocument(p, task.key()));
          result = new Result(task, new PageRevision(task.key(), p.title(), p.revisionId(), p.timestamp(), p.text(),
              dossier), null, null);
        } catch (BadInputException e) {
          result = new Result(task, null, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
          // a bug of ours on one page should not cost the rest of a dump: report it, go on
          result = new Result(task, null, "internal error: " + oneLine(e), e);
        }
        putUninterruptibly(results, result);
      }
    }

    /** The writer: stores results in the dump's order, a batch per transaction. */
    private void write() {
      Map<Long, Result> waiting = new HashMap<>();
      List<Result> batch = new ArrayList<>();
      long batchKb = 0;
      long next = 0;
      boolean more = true;
      try {
        while (more) {
          Result r = results.poll(200, TimeUnit.MILLISECONDS);
          if (r == NO_MORE_RESULTS) {
            more = false;
          } else if (r != null) {
            waiting.put(r.task().seq(), r);
          }
          for (Result ready; (ready = waiting.remove(next)) != null; next++) {
            if (ready.revision() == null) {
              report(ready);
              budget.release(ready.task().permits());
            } else {
              batch.add(ready);
              batchKb += ready.task().permits();
            }
          }
          // a full batch, half the budget held, or nothing arriving: committing frees the reader
          if (batch.size() >= options.batchSize() || batchKb * 2 >= budgetKb || (r == null || !more) && !batch.isEmpty()) {
            flush(batch);
            batch.clear();
            batchKb = 0;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        writerFailure = new IllegalStateException("interrupted");
      } catch (RuntimeException e) {
        writerFailure = e;
      }
    }

    private void flush(List<Result> batch) {
      List<PageRevision> revisions = new ArrayList<>(batch.size());
      for (Result r : batch) revisions.add(r.revision());
      List<RevisionOutcome> outcomes = store.ingestRevisions(revisions);
      for (int i = 0; i < outcomes.size(); i++) {
        RevisionOutcome o = outcomes.get(i);
        if (o.failed()) {
          failed.incrementAndGet();
          internal.incrementAndGet();
          listener.failed(where(batch.get(i).task()) + ": internal error: cannot store (" + oneLine(o.failure()) + ")",
              o.failure());
        } else {
          IngestResult res = o.result();
          switch (res.status()) {
            case ADDED -> added.incrementAndGet();
            case REPLACED -> replaced.incrementAndGet();
            case UNCHANGED -> unchanged.incrementAndGet();
            case OLDER -> older.incrementAndGet();
          }
          if (res.status() == IngestResult.Status.ADDED || res.status() == IngestResult.Status.REPLACED)
            facts.addAndGet(res.factCount());
          stored.incrementAndGet();
        }
      }
      for (Result r : batch) budget.release(r.task().permits());
    }

    private void report(Result r) {
      failed.incrementAndGet();
      if (r.bug() != null) internal.incrementAndGet();
      String problem = r.problem();
      // the extractor names the document (the page title); the line names the dump and the revision
      String title = r.task().page().title();
      if (problem.startsWith(title + ": ")) problem = problem.substring(title.length() + 2);
      listener.failed(where(r.task()) + ": " + problem, r.bug());
    }

    private String where(Task t) {
      return input + ": page \"" + t.page().title() + "\" (revision " + t.page().revisionId() + ")";
    }
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  private static <T> T takeUninterruptibly(BlockingQueue<T> q) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return q.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          q.put(item);
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
