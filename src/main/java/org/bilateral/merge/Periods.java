package org.bilateral.merge;

import java.util.List;
import org.bilateral.model.Event;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;

/**
 * Successive periods of one relationship or one mission. Relations broken and later established
 * again, a state succeeded by another, a mission closed and reopened: two establishment dates or two
 * opening dates are then two periods, not two sources disagreeing about one date. A period ends
 * with a severance or a closing and starts again with an establishment, a restoration or an opening.
 */
final class Periods {
  private final List<Stated> all;

  Periods(List<Stated> all) { this.all = all; }

  /** True when the pair's relations were severed, or a state recognised anew, between two establishments. */
  boolean relationsRenewedBetween(PartialDate earlier, PartialDate later) {
    for (Stated s : all) {
      if (s.fact() instanceof RelationsChange r && r.change() == RelationsChange.Change.SEVERED
          && between(r.date(), earlier, later)) return true;
      // a recognition after relations were established is of a new state or government (the German
      // Empire after Prussia, independent Guatemala after the Central American Federation)
      if (s.fact() instanceof Event e && e.eventKind() == Event.EventKind.RECOGNITION && e.date() != null
          && earlier.surelyBefore(e.date()) && between(e.date(), earlier, later)) return true;
    }
    return false;
  }

  /** True when the mission (or the pair's relations) was closed between two openings of it. */
  boolean closedBetween(Mission a, Mission b, PartialDate earlier, PartialDate later) {
    for (Stated s : all) {
      if (s.fact() instanceof Mission m && sameMission(m, a, b) && between(m.closed(), earlier, later)) return true;
      if (severance(s.fact()) && between(s.fact().validFrom(), earlier, later)) return true;
    }
    return false;
  }

  /** True when the mission was (re)opened, or relations restored, between two dates (closings, a listing). */
  boolean openedBetween(Mission a, Mission b, PartialDate earlier, PartialDate later) {
    for (Stated s : all) {
      if (s.fact() instanceof Mission m && sameMission(m, a, b) && between(m.opened(), earlier, later)) return true;
      if (s.fact() instanceof RelationsChange r && r.change() != RelationsChange.Change.SEVERED
          && between(r.date(), earlier, later)) return true;
    }
    return false;
  }

  private static boolean severance(Fact f) {
    return f instanceof RelationsChange r && r.change() == RelationsChange.Change.SEVERED;
  }

  private static boolean sameMission(Mission m, Mission a, Mission b) {
    return FactMatch.key(m).equals(FactMatch.key(a)) && FactMatch.sameCity(m.city(), a.city())
        && FactMatch.sameCity(m.city(), b.city());
  }

  /**
   * True when {@code x} can fall after {@code earlier} and before {@code later}, and is not so
   * coarse that it could as well fall before both or after both ("1960" between two dates of 1960
   * tells nothing).
   */
  static boolean between(PartialDate x, PartialDate earlier, PartialDate later) {
    if (x == null || earlier == null || later == null) return false;
    if (x.surelyBefore(earlier) || later.surelyBefore(x)) return false;
    return !(x.overlaps(earlier) && x.overlaps(later));
  }
}
