package org.bilateral.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilateral.merge.Disagreement;
import org.bilateral.merge.Disagreements;
import org.bilateral.merge.FactMatch;
import org.bilateral.merge.Stated;
import org.bilateral.merge.Verdict;
import org.bilateral.model.DossierJson;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes facts inside a caller's transaction, merging each into a fact that another source already
 * stated (its sources are attached there) or storing it anew; the conflicts of the pairs it
 * touched are then recorded anew ({@link #recheckConflicts}). Facts of dump revisions are stored apart, unmerged: their
 * history is replaced by revision, and a merged source would be lost with a superseded revision.
 */
final class FactWriter {
  enum Outcome { INSERTED, MERGED }

  private static final ObjectMapper JSON = new ObjectMapper();

  // the latest date on which a data set that lists open missions has a source of fact f
  private static final String LISTED_OPEN_ON = "(SELECT MAX(i.listed_open_on) FROM fact_sources s"
      + " JOIN documents d ON d.id = s.origin_document_id JOIN imports i ON i.id = d.import_id WHERE s.fact_id = f.id)";

  private final Handle h;
  // canonical pairs ("AAA|BBB") whose facts changed, to recheck before the transaction ends
  private final Set<String> touched = new LinkedHashSet<>();

  FactWriter(Handle h) { this.h = h; }

  private record Candidate(long id, Fact fact, PartialDate listedOpenOn) {}

  Outcome write(long documentId, String[] pair, Long revision, Fact fact, PartialDate listedOpenOn) {
    String key = FactMatch.key(fact);
    String claim = DossierJson.writeFact(fact).toString();
    if (revision == null) {
      touched.add(pair[0] + "|" + pair[1]);
      List<Candidate> candidates = h.createQuery("SELECT f.id, f.payload, " + LISTED_OPEN_ON + " FROM facts f"
              + " WHERE f.pair_a = :a AND f.pair_b = :b AND f.kind = :k"
              + " AND f.merge_key = :key AND f.current = 1 AND f.revision IS NULL ORDER BY f.id")
          .bind("a", pair[0]).bind("b", pair[1]).bind("k", kindCode(fact.kind())).bind("key", key)
          .map((rs, ctx) -> new Candidate(rs.getLong(1), read(fact.kind(), rs.getString(2)),
              PartialDate.parseOrNull(rs.getString(3))))
          .list();
      for (Candidate c : candidates) {
        if (FactMatch.compare(c.fact(), fact, c.listedOpenOn(), listedOpenOn).outcome() == Verdict.Outcome.SAME) {
          attach(c.id(), documentId, fact.sources(), claim);
          Fact combined = FactMatch.combine(c.fact(), fact);
          if (!combined.equals(c.fact())) update(c.id(), combined);
          return Outcome.MERGED;
        }
      }
    }
    long factId = h.createQuery("INSERT INTO facts (document_id, kind, pair_a, pair_b, valid_from, valid_to, payload,"
            + " revision, merge_key, latitude, longitude) VALUES (:doc, :kind, :a, :b, :from, :to, :payload, :revision,"
            + " :key, :lat, :lon) RETURNING id")
        .bind("doc", documentId).bind("kind", kindCode(fact.kind())).bind("revision", revision)
        .bind("a", pair[0]).bind("b", pair[1])
        .bind("from", iso(fact.validFrom())).bind("to", iso(fact.validTo()))
        .bind("payload", claim).bind("key", key)
        .bind("lat", latitude(fact)).bind("lon", longitude(fact))
        .mapTo(Long.class).one();
    attach(factId, documentId, fact.sources(), claim);
    return Outcome.INSERTED;
  }

  /**
   * Records anew the conflicts of every pair this writer wrote to or took from, over all their
   * current facts, and returns how many those pairs have. Called before the transaction commits,
   * so that stored conflicts always match the stored facts (a rebuilt fact may no longer
   * disagree; a closing stated later may make two openings a reopening).
   */
  int recheckConflicts() {
    int count = 0;
    for (String p : touched) {
      String[] pair = p.split("\\|");
      h.createUpdate("DELETE FROM conflicts WHERE fact_a IN (SELECT id FROM facts WHERE pair_a = :a AND pair_b = :b)"
              + " OR fact_b IN (SELECT id FROM facts WHERE pair_a = :a AND pair_b = :b)")
          .bind("a", pair[0]).bind("b", pair[1]).execute();
      List<Stated> facts = h.createQuery("SELECT f.id, f.kind, f.payload, " + LISTED_OPEN_ON + " FROM facts f"
              + " WHERE f.pair_a = :a AND f.pair_b = :b AND f.current = 1 AND f.revision IS NULL"
              + " AND f.kind IN ('relations', 'mission', 'trade', 'event') ORDER BY f.id")
          .bind("a", pair[0]).bind("b", pair[1])
          .map((rs, ctx) -> new Stated(rs.getLong(1), read(Fact.Kind.valueOf(rs.getString(2).toUpperCase()),
              rs.getString(3)), PartialDate.parseOrNull(rs.getString(4))))
          .list();
      PreparedBatch batch = h.prepareBatch("INSERT INTO conflicts (fact_a, fact_b, reason) VALUES (:a, :b, :reason)");
      List<Disagreement> found = Disagreements.among(facts);
      for (Disagreement d : found) batch.bind("a", d.first()).bind("b", d.second()).bind("reason", d.reason()).add();
      if (!found.isEmpty()) batch.execute();
      count += found.size();
    }
    touched.clear();
    return count;
  }

  /**
   * Takes back everything a document stated: its sources leave every fact, and its facts that no
   * other source states are deleted. A fact that others still state stays, owned by the document of
   * its first remaining source and rebuilt from the remaining sources' claims, so re-reading one
   * document never drops what another attached.
   */
  void withdraw(long documentId) {
    // facts this document stated into, whoever owns them: each is rebuilt from what remains
    List<Long> others = h.createQuery("SELECT DISTINCT fact_id FROM fact_sources WHERE origin_document_id = :d"
            + " AND fact_id IN (SELECT id FROM facts WHERE document_id <> :d)")
        .bind("d", documentId).mapTo(Long.class).list();
    h.createUpdate("DELETE FROM fact_sources WHERE origin_document_id = :d").bind("d", documentId).execute();
    List<Long> shared = new java.util.ArrayList<>(h.createQuery("SELECT f.id FROM facts f WHERE f.document_id = :d"
            + " AND EXISTS (SELECT 1 FROM fact_sources s WHERE s.fact_id = f.id)")
        .bind("d", documentId).mapTo(Long.class).list());
    shared.addAll(others);
    markPairs(h.createQuery("SELECT DISTINCT pair_a, pair_b FROM facts WHERE document_id = :d"
            + " OR id IN (<ids>)").bind("d", documentId).bindList("ids", shared.isEmpty() ? List.of(-1L) : shared));
    for (long id : shared) {
      record Claim(long origin, String kind, String claim) {}
      List<Claim> claims = h.createQuery("SELECT s.origin_document_id, f.kind, s.claim FROM fact_sources s"
              + " JOIN facts f ON f.id = s.fact_id WHERE s.fact_id = :f ORDER BY s.seq")
          .bind("f", id).map((rs, ctx) -> new Claim(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
      if (claims.isEmpty()) {
        h.createUpdate("DELETE FROM facts WHERE id = :id").bind("id", id).execute();
        continue;
      }
      Fact rebuilt = null;
      for (Claim c : claims) {
        if (c.claim() == null) continue;
        Fact f = read(Fact.Kind.valueOf(c.kind().toUpperCase()), c.claim());
        rebuilt = rebuilt == null ? f : FactMatch.combine(rebuilt, f);
      }
      h.createUpdate("UPDATE facts SET document_id = :owner WHERE id = :id")
          .bind("owner", claims.get(0).origin()).bind("id", id).execute();
      if (rebuilt != null) update(id, rebuilt);
    }
    h.createUpdate("DELETE FROM facts WHERE document_id = :d").bind("d", documentId).execute();
  }

  private void markPairs(org.jdbi.v3.core.statement.Query pairs) {
    pairs.map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2)).forEach(this.touched::add);
  }

  private void attach(long factId, long documentId, List<Source> sources, String claim) {
    int seq = h.createQuery("SELECT COALESCE(MAX(seq) + 1, 0) FROM fact_sources WHERE fact_id = :f")
        .bind("f", factId).mapTo(Integer.class).one();
    PreparedBatch batch = h.prepareBatch("INSERT INTO fact_sources (fact_id, seq, document, start_offset, end_offset,"
        + " sentence, reference, origin_document_id, claim) VALUES (:fact, :seq, :document, :start, :end, :sentence,"
        + " :reference, :origin, :claim)");
    for (Source s : sources) {
      batch.bind("fact", factId).bind("seq", seq++).bind("document", s.document())
          .bind("start", s.start()).bind("end", s.end()).bind("sentence", s.sentence())
          .bind("reference", s.reference()).bind("origin", documentId).bind("claim", claim).add();
    }
    batch.execute();
  }

  private void update(long id, Fact f) {
    h.createUpdate("UPDATE facts SET payload = :payload, valid_from = :from, valid_to = :to, merge_key = :key,"
            + " latitude = :lat, longitude = :lon WHERE id = :id")
        .bind("payload", DossierJson.writeFact(f).toString()).bind("from", iso(f.validFrom())).bind("to", iso(f.validTo()))
        .bind("key", FactMatch.key(f)).bind("lat", latitude(f)).bind("lon", longitude(f)).bind("id", id).execute();
  }

  static Fact read(Fact.Kind kind, String payload) {
    try {
      return DossierJson.readFact(kind, JSON.readTree(payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored fact cannot be read back: " + e.getOriginalMessage(), e);
    }
  }

  private static Double latitude(Fact f) {
    return f instanceof Mission m && m.coordinates() != null ? m.coordinates().latitude() : null;
  }

  private static Double longitude(Fact f) {
    return f instanceof Mission m && m.coordinates() != null ? m.coordinates().longitude() : null;
  }

  static String kindCode(Fact.Kind kind) { return kind.name().toLowerCase(); }

  private static String iso(PartialDate d) { return d == null ? null : d.toString(); }
}
