package org.bilateral.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bilateral.model.Country;
import org.bilateral.model.Dossier;
import org.bilateral.model.DossierJson;
import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The database of documents, facts and their sources. All SQL of the project lives in this
 * package, so that the dialect (SQLite now, PostgreSQL later) is isolated in one place.
 *
 * <p>Each operation opens its own connection: SQLite connections are cheap, and it keeps the store
 * usable from several threads (the HTTP server) without sharing a connection.
 */
public final class Store implements AutoCloseable {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String where;
  private final Jdbi jdbi;
  private volatile boolean closed;
  // lets tests fail an ingest between two facts, to prove that the transaction rolls back
  private volatile IntConsumer afterEachFact = n -> {};

  private Store(String where, Jdbi jdbi) {
    this.where = where;
    this.jdbi = jdbi;
  }

  /**
   * Opens the database at {@code db}, creating it if needed, and brings its schema up to date.
   *
   * @throws StoreException when the path or the file is unusable (with {@code badInput()}) or the
   *     database fails; a file this call created is removed again on failure
   */
  public static Store open(Path db) {
    DatabaseFile file = DatabaseFile.prepare(db);
    try {
      Jdbi jdbi = Jdbi.create(file.dataSource());
      file.migrate();
      return new Store(file.where(), jdbi);
    } catch (RuntimeException e) {
      file.discardIfCreated();
      throw e;
    }
  }

  /**
   * Stores the facts read from one document, in one transaction. The document is known by its
   * path, or by its name when there is no path; the same text again writes nothing.
   */
  public IngestResult ingest(String path, String text, Dossier read) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(read, "dossier");
    // "Soviet Union–India relations" is read as RUS–IND with a note; the record keeps SUN–IND
    Dossier dossier = org.bilateral.model.CountryCodes.toStates(read);
    String name = dossier.documentName() != null ? dossier.documentName() : fileName(path);
    if (name == null) throw new IllegalArgumentException("a document needs a path or a name");
    String first = code(dossier.pair().get(0));
    String second = code(dossier.pair().get(1));
    String[] pair = Country.canonical(first, second);
    String checksum = sha256(text);
    return run(() -> jdbi.inTransaction(h -> {
      Optional<Known> known = find(h, path, name);
      if (known.isPresent() && known.get().checksum().equals(checksum)) {
        long id = known.get().id();
        int count = currentFactCount(h, id);
        return new IngestResult(IngestResult.Status.UNCHANGED, id, count);
      }
      long id;
      IngestResult.Status status;
      FactWriter writer = new FactWriter(h);
      if (known.isPresent()) {
        id = known.get().id();
        status = IngestResult.Status.REPLACED;
        // sources other documents attached to this document's facts stay (see FactWriter.withdraw)
        writer.withdraw(id);
        h.createUpdate("UPDATE documents SET name = :name, title = :title, checksum = :checksum, read_at = :readAt,"
                + " pair_a = :pairA, pair_b = :pairB, title_a = :titleA, title_b = :titleB WHERE id = :id")
            .bind("id", id)
            .bind("name", name).bind("title", dossier.title()).bind("checksum", checksum).bind("readAt", now())
            .bind("pairA", pair[0]).bind("pairB", pair[1]).bind("titleA", first).bind("titleB", second)
            .execute();
      } else {
        status = IngestResult.Status.ADDED;
        id = h.createQuery("INSERT INTO documents (name, path, title, checksum, read_at, pair_a, pair_b, title_a,"
                + " title_b) VALUES (:name, :path, :title, :checksum, :readAt, :pairA, :pairB, :titleA, :titleB)"
                + " RETURNING id")
            .bind("name", name).bind("path", path).bind("title", dossier.title()).bind("checksum", checksum)
            .bind("readAt", now()).bind("pairA", pair[0]).bind("pairB", pair[1])
            .bind("titleA", first).bind("titleB", second)
            .mapTo(Long.class).one();
      }
      int count = insertFacts(writer, id, pair, null, dossier);
      // in this transaction: facts rebuilt by the withdrawal may no longer disagree, new ones may
      writer.recheckConflicts();
      return new IngestResult(status, id, count);
    }));
  }

  /**
   * Stores revisions of wiki pages in one transaction, each page atomically within it (a
   * savepoint): a page that fails is rolled back alone and reported in its outcome, the others are
   * kept. Batching spares a dump of tens of thousands of pages a commit (a disk sync) per page.
   *
   * <p>A revision newer than the page's stored one (by timestamp, then id) replaces the page's
   * current facts; the older facts stay, no longer current, as history. An older or equal revision,
   * or one already stored, writes nothing.
   *
   * @throws StoreException when the database fails; then nothing of the batch is stored
   */
  public List<RevisionOutcome> ingestRevisions(List<PageRevision> pages) {
    if (pages.isEmpty()) return List.of();
    return run(() -> jdbi.inTransaction(h -> {
      List<RevisionOutcome> out = new ArrayList<>(pages.size());
      for (PageRevision page : pages) {
        h.execute("SAVEPOINT page");
        try {
          IngestResult r = ingestRevision(h, page);
          h.execute("RELEASE SAVEPOINT page");
          out.add(new RevisionOutcome(page, r, null));
        } catch (RuntimeException e) {
          // the database itself failing is not this page's fault and would fail the next page too
          if (SqliteErrors.fromDriver(e)) throw e;
          h.execute("ROLLBACK TO SAVEPOINT page");
          h.execute("RELEASE SAVEPOINT page");
          out.add(new RevisionOutcome(page, null, e));
        }
      }
      return out;
    }));
  }

  private record KnownPage(long id, String kind, Long revisionId, String timestamp) {}

  private IngestResult ingestRevision(Handle h, PageRevision page) {
    Dossier dossier = org.bilateral.model.CountryCodes.toStates(page.dossier());
    String first = code(dossier.pair().get(0));
    String second = code(dossier.pair().get(1));
    String[] pair = Country.canonical(first, second);
    Instant at = instant(page.timestamp());
    String timestamp = at.toString();
    String checksum = sha256(page.text());
    Optional<KnownPage> known = h.createQuery(
            "SELECT id, source_kind, revision_id, revision_timestamp FROM documents WHERE path = :key")
        .bind("key", page.key())
        .map((rs, ctx) -> {
          long revision = rs.getLong(3);
          return new KnownPage(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : revision, rs.getString(4));
        })
        .findFirst();
    long id;
    IngestResult.Status status;
    if (known.isEmpty()) {
      status = IngestResult.Status.ADDED;
      id = h.createQuery("INSERT INTO documents (name, path, title, checksum, read_at, pair_a, pair_b, title_a,"
              + " title_b, source_kind, revision_id, revision_timestamp) VALUES (:name, :path, :title, :checksum,"
              + " :readAt, :pairA, :pairB, :titleA, :titleB, 'dump', :revision, :timestamp) RETURNING id")
          .bind("name", page.name()).bind("path", page.key()).bind("title", dossier.title())
          .bind("checksum", checksum).bind("readAt", now()).bind("pairA", pair[0]).bind("pairB", pair[1])
          .bind("titleA", first).bind("titleB", second)
          .bind("revision", page.revisionId()).bind("timestamp", timestamp)
          .mapTo(Long.class).one();
    } else {
      KnownPage k = known.get();
      id = k.id();
      if (!"dump".equals(k.kind()) || k.revisionId() == null)
        throw new IllegalArgumentException(page.key() + " is stored as a file, not as a page of a dump");
      int order = at.compareTo(instant(k.timestamp()));
      if (order == 0) order = Long.compare(page.revisionId(), k.revisionId());
      boolean stored = h.createQuery("SELECT COUNT(*) FROM document_revisions WHERE document_id = :d AND revision_id = :r")
          .bind("d", id).bind("r", page.revisionId()).mapTo(Integer.class).one() > 0;
      if (order <= 0 || stored) {
        return new IngestResult(order == 0 || stored ? IngestResult.Status.UNCHANGED : IngestResult.Status.OLDER,
            id, currentFactCount(h, id));
      }
      status = IngestResult.Status.REPLACED;
      h.createUpdate("UPDATE facts SET current = 0 WHERE document_id = :d AND current = 1").bind("d", id).execute();
      h.createUpdate("UPDATE documents SET name = :name, title = :title, checksum = :checksum, read_at = :readAt,"
              + " pair_a = :pairA, pair_b = :pairB, title_a = :titleA, title_b = :titleB, revision_id = :revision,"
              + " revision_timestamp = :timestamp WHERE id = :id")
          .bind("id", id)
          .bind("name", page.name()).bind("title", dossier.title()).bind("checksum", checksum).bind("readAt", now())
          .bind("pairA", pair[0]).bind("pairB", pair[1]).bind("titleA", first).bind("titleB", second)
          .bind("revision", page.revisionId()).bind("timestamp", timestamp)
          .execute();
    }
    h.createUpdate("INSERT INTO document_revisions (document_id, revision_id, revision_timestamp, checksum, read_at)"
            + " VALUES (:d, :r, :t, :c, :readAt)")
        .bind("d", id).bind("r", page.revisionId()).bind("t", timestamp).bind("c", checksum).bind("readAt", now())
        .execute();
    // facts of revisions are kept apart, unmerged, and never in conflict (see FactWriter)
    int count = insertFacts(new FactWriter(h), id, pair, page.revisionId(), dossier);
    return new IngestResult(status, id, count);
  }

  private int insertFacts(FactWriter writer, long documentId, String[] pair, Long revision, Dossier dossier) {
    int count = 0;
    for (Fact fact : dossier.facts()) {
      writer.write(documentId, pair, revision, fact, null);
      afterEachFact.accept(++count);
    }
    return count;
  }

  /** The current facts a document states, its own and those of others it was merged into. */
  private static int currentFactCount(Handle h, long documentId) {
    return h.createQuery("SELECT COUNT(DISTINCT s.fact_id) FROM fact_sources s JOIN facts f ON f.id = s.fact_id"
            + " WHERE s.origin_document_id = :d AND f.current = 1")
        .bind("d", documentId).mapTo(Integer.class).one();
  }

  /**
   * Stores the facts of one data-set file in one transaction: a failure anywhere leaves the
   * database as it was. The same file again (same checksum) writes nothing; a changed one first
   * takes back everything its previous version stated. Facts another source already states gain
   * this file's source instead of being stored twice.
   */
  public ImportResult importFile(ImportFile file) {
    return run(() -> jdbi.inTransaction(h -> {
      Optional<Known> known = h.createQuery("SELECT id, checksum FROM imports WHERE dataset = :ds AND file = :file")
          .bind("ds", file.dataset()).bind("file", file.file())
          .map((rs, ctx) -> new Known(rs.getLong(1), rs.getString(2))).findFirst();
      if (known.isPresent() && known.get().checksum().equals(file.checksum())) {
        long importId = known.get().id();
        int facts = h.createQuery("SELECT COUNT(DISTINCT s.fact_id) FROM fact_sources s JOIN documents d"
                + " ON d.id = s.origin_document_id WHERE d.import_id = :i").bind("i", importId).mapTo(Integer.class).one();
        int pairs = h.createQuery("SELECT COUNT(*) FROM documents WHERE import_id = :i").bind("i", importId)
            .mapTo(Integer.class).one();
        return new ImportResult(IngestResult.Status.UNCHANGED, file.dataset(), file.file(), file.records(),
            file.skipped(), facts, 0, 0, pairs);
      }
      FactWriter writer = new FactWriter(h);
      long importId;
      IngestResult.Status status;
      if (known.isPresent()) {
        importId = known.get().id();
        status = IngestResult.Status.REPLACED;
        for (long doc : h.createQuery("SELECT id FROM documents WHERE import_id = :i").bind("i", importId)
            .mapTo(Long.class).list()) {
          writer.withdraw(doc);
        }
        h.createUpdate("DELETE FROM documents WHERE import_id = :i").bind("i", importId).execute();
        h.createUpdate("UPDATE imports SET checksum = :c, imported_at = :at, records = :r, skipped = :s,"
                + " listed_open_on = :open WHERE id = :i")
            .bind("c", file.checksum()).bind("at", now()).bind("r", file.records()).bind("s", file.skipped())
            .bind("open", iso(file.listedOpenOn())).bind("i", importId).execute();
      } else {
        status = IngestResult.Status.ADDED;
        importId = h.createQuery("INSERT INTO imports (dataset, file, checksum, imported_at, records, skipped,"
                + " listed_open_on) VALUES (:ds, :file, :c, :at, :r, :s, :open) RETURNING id")
            .bind("ds", file.dataset()).bind("file", file.file()).bind("c", file.checksum()).bind("at", now())
            .bind("r", file.records()).bind("s", file.skipped()).bind("open", iso(file.listedOpenOn()))
            .mapTo(Long.class).one();
      }
      Map<String, Long> documents = new LinkedHashMap<>();
      int count = 0;
      int merged = 0;
      for (ImportedFact f : file.facts()) {
        String[] pair = Country.canonical(code(f.a()), code(f.b()));
        if (pair[0].equals(pair[1])) throw new IllegalArgumentException("a pair needs two countries: " + f.a());
        long doc = documents.computeIfAbsent(pair[0] + "-" + pair[1], k -> h.createQuery(
                "INSERT INTO documents (name, path, title, checksum, read_at, pair_a, pair_b, title_a, title_b,"
                    + " import_id) VALUES (:name, :path, NULL, :checksum, :readAt, :a, :b, :a, :b, :i) RETURNING id")
            .bind("name", file.file()).bind("path", "import:" + file.dataset() + "/" + file.file() + "#" + k)
            .bind("checksum", file.checksum()).bind("readAt", now()).bind("a", pair[0]).bind("b", pair[1])
            .bind("i", importId).mapTo(Long.class).one());
        if (writer.write(doc, pair, null, f.fact(), file.listedOpenOn()) == FactWriter.Outcome.MERGED) merged++;
        afterEachFact.accept(++count);
      }
      int conflicts = writer.recheckConflicts();
      return new ImportResult(status, file.dataset(), file.file(), file.records(), file.skipped(), count, merged,
          conflicts, documents.size());
    }));
  }

  /** The conflicts recorded for a pair, or for every pair when {@code a} and {@code b} are null. */
  public List<StoredConflict> conflicts(String a, String b) {
    String[] pair = a == null ? null : Country.canonical(code(a), code(b));
    return run(() -> jdbi.withHandle(h -> {
      record Row(long first, long second, String reason, String a2, String b2) {}
      var query = h.createQuery("SELECT c.fact_a, c.fact_b, c.reason, f.pair_a, f.pair_b FROM conflicts c"
          + " JOIN facts f ON f.id = c.fact_a JOIN facts g ON g.id = c.fact_b WHERE f.current = 1 AND g.current = 1"
          + (pair == null ? "" : " AND f.pair_a = :a AND f.pair_b = :b") + " ORDER BY f.pair_a, f.pair_b, c.fact_a, c.fact_b");
      if (pair != null) query.bind("a", pair[0]).bind("b", pair[1]);
      List<Row> rows = query.map((rs, ctx) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
          rs.getString(5))).list();
      Map<Long, StoredFact> facts = new LinkedHashMap<>();
      for (StoredFact f : storedFacts(h, "f.id IN (SELECT fact_a FROM conflicts UNION SELECT fact_b FROM conflicts)"
          + (pair == null ? "" : " AND f.pair_a = :a AND f.pair_b = :b"), pair)) {
        facts.put(f.id(), f);
      }
      List<StoredConflict> out = new ArrayList<>(rows.size());
      for (Row r : rows) out.add(new StoredConflict(r.a2(), r.b2(), r.reason(), facts.get(r.first()), facts.get(r.second())));
      return out;
    }));
  }

  /** The current facts of one kind in which {@code code} is one of the pair, or of every pair when it is null. */
  public List<StoredFact> factsOfKind(Fact.Kind kind, String code) {
    String c = code == null ? null : code(code);
    return run(() -> jdbi.withHandle(h -> {
      String condition = "f.current = 1 AND f.kind = '" + kindCode(kind) + "'"
          + (c == null ? "" : " AND (f.pair_a = :a OR f.pair_b = :b)");
      return storedFacts(h, condition, c == null ? null : new String[] {c, c});
    }));
  }

  /** The imported files, oldest first: data set, file, records, skipped records. */
  public List<StoredImport> imports() {
    return run(() -> jdbi.withHandle(h -> h.createQuery("SELECT dataset, file, records, skipped, imported_at,"
            + " (SELECT COUNT(*) FROM documents d WHERE d.import_id = i.id) FROM imports i ORDER BY id")
        .map((rs, ctx) -> new StoredImport(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
            rs.getString(5), rs.getInt(6)))
        .list()));
  }

  private static Instant instant(String timestamp) {
    try {
      return Instant.parse(timestamp);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO 8601 instant: " + timestamp, e);
    }
  }

  /** Every fact of a pair (in either order), with its sources, in the order stored. */
  public List<Fact> facts(String a, String b) {
    return storedFacts(a, b).stream().map(StoredFact::fact).toList();
  }

  /** Like {@link #facts} with the fact and document ids. Only current facts: not the history of pages. */
  public List<StoredFact> storedFacts(String a, String b) {
    return storedFacts(a, b, "f.current = 1", null);
  }

  /**
   * The facts read from one revision of a page of the pair, current or not (empty when the store
   * has no such revision for the pair).
   */
  public List<Fact> factsAtRevision(String a, String b, long revisionId) {
    return storedFacts(a, b, "f.revision = :r", revisionId).stream().map(StoredFact::fact).toList();
  }

  /** The stored revisions of the pages of a pair, oldest first, each with its fact count. */
  public List<StoredRevision> revisions(String a, String b) {
    String[] pair = Country.canonical(code(a), code(b));
    return run(() -> jdbi.withHandle(h -> h.createQuery(
            "SELECT d.id, d.name, r.revision_id, r.revision_timestamp,"
                + " (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id AND f.revision = r.revision_id),"
                + " CASE WHEN d.revision_id = r.revision_id THEN 1 ELSE 0 END"
                + " FROM document_revisions r JOIN documents d ON d.id = r.document_id"
                + " WHERE d.pair_a = :a AND d.pair_b = :b ORDER BY r.revision_timestamp, r.revision_id")
        .bind("a", pair[0]).bind("b", pair[1])
        .map((rs, ctx) -> new StoredRevision(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
            rs.getInt(5), rs.getInt(6) == 1))
        .list()));
  }

  private List<StoredFact> storedFacts(String a, String b, String condition, Long revision) {
    String[] pair = Country.canonical(code(a), code(b));
    // one statement, so that a concurrent re-ingest cannot pair facts with another version's sources
    return run(() -> jdbi.withHandle(h -> {
      var query = h.createQuery(FACTS_WITH_SOURCES + " WHERE f.pair_a = :a AND f.pair_b = :b AND " + condition
              + " ORDER BY f.id, s.seq")
          .bind("a", pair[0]).bind("b", pair[1]);
      if (revision != null) query.bind("r", revision.longValue());
      return collect(query);
    }));
  }

  private static final String FACTS_WITH_SOURCES = "SELECT f.id, f.document_id, f.kind, f.payload, s.document,"
      + " s.start_offset, s.end_offset, s.sentence, s.reference, f.pair_a, f.pair_b FROM facts f"
      + " LEFT JOIN fact_sources s ON s.fact_id = f.id";

  /** Facts matching {@code condition} (which may use :a and :b, bound to {@code pair}) with their sources. */
  private List<StoredFact> storedFacts(Handle h, String condition, String[] pair) {
    var query = h.createQuery(FACTS_WITH_SOURCES + " WHERE " + condition + " ORDER BY f.id, s.seq");
    if (pair != null) query.bind("a", pair[0]).bind("b", pair[1]);
    return collect(query);
  }

  private List<StoredFact> collect(org.jdbi.v3.core.statement.Query query) {
    {
      Map<Long, Row> rows = new LinkedHashMap<>();
      query
          .map((rs, ctx) -> {
            long id = rs.getLong(1);
            Row row = rows.get(id);
            if (row == null) {
              row = new Row(id, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(10), rs.getString(11),
                  new ArrayList<>());
              rows.put(id, row);
            }
            if (rs.getString(5) != null)
              row.sources().add(new Source(rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9)));
            return row;
          })
          .forEach(row -> {});
      List<StoredFact> out = new ArrayList<>(rows.size());
      for (Row row : rows.values()) {
        Fact fact = readFact(row.id(), row.kind(), row.payload());
        out.add(new StoredFact(row.id(), row.documentId(), row.a(), row.b(),
            row.sources().isEmpty() ? fact : fact.withSources(row.sources())));
      }
      return out;
    }
  }

  private record Row(long id, long documentId, String kind, String payload, String a, String b, List<Source> sources) {}

  /** The documents read for a pair (in either order), oldest first. */
  public List<StoredDocument> documents(String a, String b) {
    String[] pair = Country.canonical(code(a), code(b));
    return run(() -> jdbi.withHandle(h -> h.createQuery(
            "SELECT id, name, path, title, checksum, read_at, title_a, title_b FROM documents"
                + " WHERE pair_a = :a AND pair_b = :b ORDER BY id")
        .bind("a", pair[0]).bind("b", pair[1])
        .map((rs, ctx) -> new StoredDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), List.of(rs.getString(7), rs.getString(8))))
        .list()));
  }

  /** Every pair that has a document or a fact, in canonical order, with counts. */
  public List<StoredPair> pairs() {
    return run(() -> jdbi.withHandle(h -> h.createQuery(
            "SELECT p.pair_a, p.pair_b,"
                + " (SELECT COUNT(*) FROM facts f WHERE f.pair_a = p.pair_a AND f.pair_b = p.pair_b AND f.current = 1),"
                + " (SELECT COUNT(*) FROM documents d WHERE d.pair_a = p.pair_a AND d.pair_b = p.pair_b)"
                + " FROM (SELECT pair_a, pair_b FROM documents UNION SELECT pair_a, pair_b FROM facts) p"
                + " ORDER BY p.pair_a, p.pair_b")
        .map((rs, ctx) -> new StoredPair(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
        .list()));
  }

  @Override
  public void close() { closed = true; }

  /** Test hook: called with the running count after each fact an ingest writes. */
  void afterEachFact(IntConsumer hook) { this.afterEachFact = hook == null ? n -> {} : hook; }

  private record Known(long id, String checksum) {}

  private static Optional<Known> find(Handle h, String path, String name) {
    var query = path != null
        ? h.createQuery("SELECT id, checksum FROM documents WHERE path = :key").bind("key", path)
        : h.createQuery("SELECT id, checksum FROM documents WHERE path IS NULL AND name = :key ORDER BY id LIMIT 1")
            .bind("key", name);
    return query.map((rs, ctx) -> new Known(rs.getLong(1), rs.getString(2))).findFirst();
  }

  private Fact readFact(long id, String kind, String payload) {
    try {
      return DossierJson.readFact(Fact.Kind.valueOf(kind.toUpperCase()), JSON.readTree(payload));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw StoreException.internal(where, "fact " + id + " cannot be read back (" + e.getMessage() + ")", e);
    }
  }

  private <T> T run(Supplier<T> work) {
    if (closed) throw new IllegalStateException(where + ": store is closed");
    try {
      return work.get();
    } catch (JdbiException e) {
      throw SqliteErrors.translate(where, e);
    }
  }

  private static String kindCode(Fact.Kind kind) { return kind.name().toLowerCase(); }

  private static String iso(PartialDate d) { return d == null ? null : d.toString(); }

  private static String now() { return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(); }

  private static String code(String c) {
    if (c == null || !CODE.matcher(c).matches())
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + c);
    return c;
  }

  private static String fileName(String path) {
    if (path == null) return null;
    Path p = Path.of(path).getFileName();
    return p == null ? null : p.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
