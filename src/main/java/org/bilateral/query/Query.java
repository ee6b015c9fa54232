package org.bilateral.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.store.Store;
import org.bilateral.store.StoredDocument;
import org.bilateral.store.StoredRevision;

/**
 * The questions the CLI and the HTTP API ask of the store: a pair's dossier, its state on a date,
 * its timeline, and the stored pairs. Views are computed from the stored facts on each call rather
 * than kept as copies, so they cannot drift from the facts.
 *
 * <p>A date asks about the end of its period: a fact that starts (or a mission that closes) at d is
 * counted at q when d.start() is not after q.end(). "As of 2009" thus sees everything dated 2009.
 */
public final class Query {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private final Store store;

  public Query(Store store) { this.store = Objects.requireNonNull(store, "store"); }

  /**
   * Every stored fact of the pair, in the order stored, as a dossier whose pair is in the caller's
   * order. The title and document name are the stored document's when there is exactly one.
   */
  public Dossier dossier(String a, String b) {
    String x = code(a);
    String y = code(b);
    List<StoredDocument> documents = store.documents(x, y);
    List<Fact> facts = store.facts(x, y);
    StoredDocument only = documents.size() == 1 ? documents.get(0) : null;
    String title = only != null && only.title() != null ? only.title() : x + "–" + y;
    return new Dossier(title, only == null ? null : only.name(), List.of(x, y), facts);
  }

  /**
   * The facts read from one stored revision of a page about the pair, current or superseded, as a
   * dossier titled and named after that page; empty when the pair has no such revision.
   */
  public Optional<Dossier> dossierAtRevision(String a, String b, long revisionId) {
    String x = code(a);
    String y = code(b);
    Optional<StoredRevision> revision = store.revisions(x, y).stream()
        .filter(r -> r.revisionId() == revisionId).findFirst();
    if (revision.isEmpty()) return Optional.empty();
    String name = revision.get().document();
    return Optional.of(new Dossier(name, name, List.of(x, y), store.factsAtRevision(x, y, revisionId)));
  }

  /** The stored revisions of the pages about the pair, oldest first. Documents read from files have none. */
  public List<HistoryEntry> history(String a, String b) {
    return store.revisions(code(a), code(b)).stream()
        .map(r -> new HistoryEntry(r.document(), r.revisionId(), r.timestamp(), r.facts(), r.current()))
        .toList();
  }

  /** The pair's relations, missions and accreditations by the end of {@code date}. */
  public AsOf asOf(String a, String b, PartialDate date) {
    Objects.requireNonNull(date, "date");
    String x = code(a);
    String y = code(b);
    List<Fact> facts = store.facts(x, y);
    List<RelationsChange> changes = ofType(facts, RelationsChange.class);
    RelationsAt relations = relationsAt(changes, date);
    // An undated mission or accreditation is stated as current; before relations existed, or
    // while they were broken, it cannot have been in place, so it is not listed then.
    boolean undatedCount = relations.status() != RelationsAt.Status.NOT_YET_ESTABLISHED
        && relations.status() != RelationsAt.Status.SEVERED;
    List<MissionAt> missions = new ArrayList<>();
    for (Mission m : ofType(facts, Mission.class)) {
      if (m.opened() == null && !undatedCount) continue;
      MissionAt at = missionAt(m, date);
      if (at != null) missions.add(at);
    }
    List<Accreditation> accreditations = undatedCount ? ofType(facts, Accreditation.class) : List.of();
    return new AsOf(List.of(x, y), date, relations, missions, accreditations);
  }

  /** Every dated edge of the pair's facts in date order; ties keep the stored order. Undated facts are left out. */
  public List<TimelineEntry> timeline(String a, String b) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Fact f : store.facts(code(a), code(b))) {
      boolean mission = f instanceof Mission;
      if (f.validFrom() != null) {
        entries.add(new TimelineEntry(f.validFrom(), TimelineEntry.Edge.START, f.kind(),
            mission ? f.describe() + " opened" : f.describe(), f.source(), f));
      }
      if (f.validTo() != null) {
        entries.add(new TimelineEntry(f.validTo(), TimelineEntry.Edge.END, f.kind(),
            mission ? f.describe() + " closed" : f.describe() + " ended", f.source(), f));
      }
    }
    entries.sort(Comparator.comparing(TimelineEntry::date)); // List.sort is stable
    return entries;
  }

  /** The stored pairs in canonical order, with fact and document counts. */
  public List<PairCount> pairs() {
    return store.pairs().stream().map(p -> new PairCount(p.a(), p.b(), p.facts(), p.documents())).toList();
  }

  static RelationsAt relationsAt(List<RelationsChange> changes, PartialDate q) {
    List<RelationsChange> dated = changes.stream().filter(c -> c.date() != null)
        .sorted(Comparator.comparing(RelationsChange::date)).toList();
    List<RelationsChange> inForce = dated.stream().filter(c -> countedBy(c.date(), q)).toList();
    if (inForce.isEmpty()) {
      // before the first known change we only know relations did not exist if that change founded them
      if (!dated.isEmpty() && dated.get(0).change() == RelationsChange.Change.ESTABLISHED)
        return new RelationsAt(RelationsAt.Status.NOT_YET_ESTABLISHED, null, false, null);
      return new RelationsAt(RelationsAt.Status.UNKNOWN, null, !changes.isEmpty(), null);
    }
    RelationsChange decider = inForce.get(inForce.size() - 1);
    boolean competing = inForce.stream().anyMatch(c -> c != decider && c.date().overlaps(decider.date()));
    boolean uncertain = decider.date().overlaps(q) || competing;
    RelationsAt.Status status = switch (decider.change()) {
      case ESTABLISHED -> RelationsAt.Status.ESTABLISHED;
      case SEVERED -> RelationsAt.Status.SEVERED;
      case RESTORED -> RelationsAt.Status.RESTORED;
    };
    return new RelationsAt(status, decider.date(), uncertain, decider);
  }

  /** The mission's state at q, or null when it is not worth listing (not yet opened, or closed before q). */
  static MissionAt missionAt(Mission m, PartialDate q) {
    if (m.opened() != null && !countedBy(m.opened(), q)) return null;
    boolean closed = m.closed() != null && countedBy(m.closed(), q);
    boolean closedWithin = closed && m.closed().overlaps(q);
    if (closed && !closedWithin) return null;
    boolean uncertain = m.opened() == null || m.opened().overlaps(q) || closedWithin;
    return new MissionAt(m, !closed, uncertain);
  }

  private static boolean countedBy(PartialDate d, PartialDate q) { return !d.start().isAfter(q.end()); }

  private static <T extends Fact> List<T> ofType(List<Fact> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static String code(String c) {
    String code = c == null ? "" : c.trim().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + c);
    return code;
  }
}
