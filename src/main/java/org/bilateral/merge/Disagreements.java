package org.bilateral.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Trade;

/**
 * The conflicts among all the stored facts of one pair. They are found over the whole set rather
 * than fact by fact as each is written: whether two opening dates disagree depends on a closing
 * that may be stated later or by a third source, and a fact rebuilt after a source is withdrawn
 * may agree with what it contradicted before.
 */
public final class Disagreements {
  private Disagreements() {}

  /** Every pair of facts that cannot both hold, each once, in the order of their ids. */
  public static List<Disagreement> among(List<Stated> facts) {
    List<Stated> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparingLong(Stated::id));
    Periods periods = new Periods(sorted);
    Map<String, List<Stated>> byKey = new LinkedHashMap<>();
    for (Stated s : sorted) {
      Fact f = s.fact();
      if (f instanceof RelationsChange || f instanceof Mission || f instanceof Trade)
        byKey.computeIfAbsent(f.kind() + "|" + FactMatch.key(f), k -> new ArrayList<>()).add(s);
    }
    List<Disagreement> out = new ArrayList<>();
    for (List<Stated> group : byKey.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Stated a = group.get(i);
          Stated b = group.get(j);
          List<String> reasons = reasons(a, b, periods);
          if (!reasons.isEmpty()) out.add(new Disagreement(a.id(), b.id(), String.join("; ", reasons)));
        }
      }
    }
    out.sort(Comparator.comparingLong(Disagreement::first).thenComparingLong(Disagreement::second));
    return out;
  }

  private static List<String> reasons(Stated a, Stated b, Periods periods) {
    if (a.fact() instanceof RelationsChange r) {
      RelationsChange n = (RelationsChange) b.fact();
      if (r.change() != RelationsChange.Change.ESTABLISHED || FactMatch.compatible(r.date(), n.date())) return List.of();
      PartialDate earlier = min(r.date(), n.date());
      PartialDate later = earlier == r.date() ? n.date() : r.date();
      return periods.relationsRenewedBetween(earlier, later) ? List.of()
          : List.of("relations established " + r.date() + " or " + n.date());
    }
    if (a.fact() instanceof Mission m) return mission(m, (Mission) b.fact(), a.listedOpenOn(), b.listedOpenOn(), periods);
    Verdict v = FactMatch.compare(a.fact(), b.fact(), a.listedOpenOn(), b.listedOpenOn());
    return v.outcome() == Verdict.Outcome.CONFLICT ? List.of(v.reason()) : List.of();
  }

  /**
   * Two statements of one mission disagree on its opening, its closing, or on whether it was open
   * on the day a snapshot lists it; each disagreement stands unless the record shows a closing
   * (or a severance) between two openings, or a reopening after a closing.
   */
  private static List<String> mission(Mission m, Mission n, PartialDate mListed, PartialDate nListed, Periods periods) {
    if (!FactMatch.sameCity(m.city(), n.city())) return List.of();
    String what = m.owner() + " " + m.type().label() + (m.city() != null ? " in " + m.city() : n.city() != null ? " in " + n.city() : "");
    List<String> out = new ArrayList<>();
    if (!FactMatch.compatible(m.opened(), n.opened())) {
      PartialDate earlier = min(m.opened(), n.opened());
      PartialDate later = earlier == m.opened() ? n.opened() : m.opened();
      if (!periods.closedBetween(m, n, earlier, later)) out.add(what + " opened " + m.opened() + " or " + n.opened());
    }
    if (!FactMatch.compatible(m.closed(), n.closed())) {
      PartialDate earlier = min(m.closed(), n.closed());
      PartialDate later = earlier == m.closed() ? n.closed() : m.closed();
      if (!periods.openedBetween(m, n, earlier, later)) out.add(what + " closed " + m.closed() + " or " + n.closed());
    }
    if (m.closed() != null && n.closed() == null && nListed != null && m.closed().surelyBefore(nListed)
        && !periods.openedBetween(m, n, m.closed(), nListed))
      out.add(what + " closed " + m.closed() + ", or listed as open on " + nListed);
    if (n.closed() != null && m.closed() == null && mListed != null && n.closed().surelyBefore(mListed)
        && !periods.openedBetween(m, n, n.closed(), mListed))
      out.add(what + " listed as open on " + mListed + ", or closed " + n.closed());
    return out;
  }

  private static PartialDate min(PartialDate x, PartialDate y) { return x.compareTo(y) <= 0 ? x : y; }
}
