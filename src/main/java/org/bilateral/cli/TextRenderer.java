package org.bilateral.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.query.AsOf;
import org.bilateral.query.Contradiction;
import org.bilateral.query.HistoryEntry;
import org.bilateral.query.MissionAt;
import org.bilateral.query.PairCount;
import org.bilateral.query.RelationsAt;
import org.bilateral.query.TimelineEntry;

/**
 * Plain-text views of query results for a terminal: a fixed-width date column so that dates line
 * up, and a short source reference on every line so that any statement can be checked.
 */
final class TextRenderer {
  private static final Map<Fact.Kind, String> SECTIONS = new EnumMap<>(Map.of(
      Fact.Kind.RELATIONS, "Relations", Fact.Kind.MEMBERSHIP, "Memberships", Fact.Kind.MISSION, "Missions",
      Fact.Kind.ACCREDITATION, "Accreditations", Fact.Kind.VISIT, "Visits", Fact.Kind.AGREEMENT, "Agreements",
      Fact.Kind.MEETING, "Meetings", Fact.Kind.TRADE, "Trade", Fact.Kind.EXPORTS, "Exports",
      Fact.Kind.EVENT, "Events"));
  private static final int DATE_WIDTH = 10; // 1955-01-19
  private static final String INDENT = "  ";
  private static final String QUOTE_INDENT = INDENT + " ".repeat(DATE_WIDTH + 2);

  private final PrintWriter out;

  TextRenderer(PrintWriter out) {
    this.out = out;
  }

  /** Every fact of the dossier by section (in the dossier format's order), dated facts first in date order. */
  void dossier(String heading, Dossier d, boolean sources) {
    dossier(heading, d, sources, Map.of());
  }

  /** Like the above, marking the facts that another fact of the pair contradicts, with what contradicts them. */
  void dossier(String heading, Dossier d, boolean sources, Map<Fact, List<Contradiction>> conflicted) {
    out.println(heading);
    out.println(count(d.facts().size(), "fact") + (d.documentName() == null ? "" : " from " + d.documentName()));
    for (Fact.Kind kind : Fact.Kind.values()) {
      List<Fact> facts = d.facts().stream().filter(f -> f.kind() == kind)
          .sorted(Comparator.comparing(Fact::validFrom, Comparator.nullsLast(Comparator.naturalOrder())))
          .toList();
      if (facts.isEmpty()) continue;
      out.println();
      out.println(SECTIONS.get(kind));
      for (Fact f : facts) {
        fact(f.validFrom(), describe(f) + (sources ? located(f) : ""), f.sources(), sources);
        for (Contradiction c : conflicted.getOrDefault(f, List.of())) {
          out.println(QUOTE_INDENT + "CONFLICT: " + c.reason() + "; the other side: " + describeDated(c.other())
              + "  [" + refs(c.other().sources()) + "]  (see 'bilateral check')");
        }
      }
    }
    if (!conflicted.isEmpty()) {
      out.println();
      out.println(count(conflicted.size(), "fact") + " in conflict with another source");
    }
  }

  /** A fact's date and description on one line, for listings outside a dossier. */
  static String describeDated(Fact f) {
    return (f.validFrom() == null ? "" : f.validFrom() + "  ") + describe(f);
  }

  /** The state on a date: relations, the missions open then, and the accreditations. */
  void asOf(String heading, AsOf a, List<RelationsChange> allChanges, boolean sources) {
    out.println(heading + ", as of " + a.date());
    out.println();
    out.println("Relations: " + relations(a.relations(), allChanges, a.date()));
    if (sources && a.relations().basis() != null) quotes(a.relations().basis().sources());

    out.println();
    List<MissionAt> open = a.openMissions();
    out.println("Missions open" + (open.isEmpty() ? ": none known" : ""));
    for (MissionAt m : open) {
      String note = m.mission().opened() == null ? " (opening date unknown)"
          : m.uncertain() ? " (opened during " + a.date() + ")" : "";
      // the plain description: a closing after the asked date is not part of the state on that date
      fact(m.mission().opened(), m.mission().describe() + note, m.mission().sources(), sources);
    }
    List<MissionAt> closing = a.missions().stream().filter(m -> !m.open()).toList();
    if (!closing.isEmpty()) {
      out.println();
      out.println("Missions closed during " + a.date());
      for (MissionAt m : closing) fact(m.mission().closed(), m.mission().describe(), m.mission().sources(), sources);
    }

    out.println();
    out.println("Accreditations" + (a.accreditations().isEmpty() ? ": none known" : " (undated)"));
    a.accreditations().forEach(x -> fact(null, x.describe(), x.sources(), sources));
  }

  /** Every dated edge in order: date, its precision, description, source. */
  void timeline(String heading, List<TimelineEntry> entries) {
    out.println(heading);
    if (entries.isEmpty()) {
      out.println("no dated facts");
      return;
    }
    for (TimelineEntry e : entries) {
      out.printf("%-" + DATE_WIDTH + "s  %-5s  %s  [%s]%n", e.date(), e.precision().name().toLowerCase(),
          e.description(), e.sourceRef());
    }
  }

  /** The stored revisions of a pair's pages, oldest first, the current ones marked. */
  void history(String heading, List<HistoryEntry> entries) {
    out.println(heading);
    if (entries.isEmpty()) {
      out.println("no revisions stored (only documents read from files, which keep no history)");
      return;
    }
    out.println(count(entries.size(), "revision"));
    for (HistoryEntry e : entries) {
      out.printf("%s%-20s  revision %-12d %-10s %s%s%n", INDENT, e.timestamp(), e.revisionId(), count(e.facts(), "fact"),
          e.document(), e.current() ? "  (current)" : "");
    }
  }

  void pairs(List<PairCount> pairs, Function<String, String> names) {
    if (pairs.isEmpty()) {
      out.println("no pairs stored");
      return;
    }
    for (PairCount p : pairs) {
      out.printf("%s %s  %-40s %s, %s%n", p.a(), p.b(), names.apply(p.a()) + "–" + names.apply(p.b()),
          count(p.facts(), "fact"), count(p.documents(), "document"));
    }
  }

  static String relations(RelationsAt r, List<RelationsChange> all, PartialDate asked) {
    // uncertain: the change falls within the asked period, so it holds by its end but not throughout
    String since = r.since() == null ? "" : " " + r.since() + (r.uncertain() ? " (within " + asked + ")" : "");
    return switch (r.status()) {
      case NOT_YET_ESTABLISHED -> "not yet established" + all.stream()
          .filter(c -> c.change() == RelationsChange.Change.ESTABLISHED && c.date() != null)
          .map(RelationsChange::date).min(Comparator.naturalOrder())
          .map(d -> " (established " + d + ")").orElse("");
      case ESTABLISHED -> "established" + since;
      case SEVERED -> "severed" + since;
      case RESTORED -> "restored" + since;
      case UNKNOWN -> "unknown" + (r.uncertain() ? " (the stored changes are undated)" : " (no change of relations stored)");
    };
  }

  private void fact(PartialDate date, String description, List<Source> sourceList, boolean quote) {
    String refs = refs(sourceList);
    out.printf("%s%-" + DATE_WIDTH + "s  %s  [%s]%n", INDENT, date == null ? "" : date, description, refs);
    if (quote) quotes(sourceList);
  }

  /** {@code a.txt@31,363, b.txt@12}: one name per document, since most facts come from one. */
  static String refs(List<Source> sourceList) {
    Map<String, List<String>> starts = new LinkedHashMap<>();
    for (Source s : sourceList) {
      List<String> at = starts.computeIfAbsent(s.document(), k -> new ArrayList<>());
      if (!at.contains(String.valueOf(s.start()))) at.add(String.valueOf(s.start()));
    }
    return starts.entrySet().stream().map(e -> e.getKey() + "@" + String.join(",", e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private void quotes(List<Source> sourceList) {
    for (Source s : sourceList) {
      out.println(QUOTE_INDENT + "\"" + Errors.oneLine(s.sentence()) + "\""
          + (sourceList.size() > 1 ? " (" + s.shortRef() + ")" : ""));
    }
  }

  /** Where a source locates a mission (" at 34.53516, 69.16522"), or nothing. */
  static String located(Fact f) {
    return f instanceof Mission m && m.coordinates() != null ? " at " + m.coordinates() : "";
  }

  /** The model's one-liner, plus what it leaves out and a listing needs: a mission's closing. */
  private static String describe(Fact f) {
    if (f instanceof Mission m && m.closed() != null) return m.describe() + ", closed " + m.closed();
    return f.describe();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
