package org.bilateral.merge;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Agreement;
import org.bilateral.model.Event;
import org.bilateral.model.Exports;
import org.bilateral.model.Fact;
import org.bilateral.model.Meeting;
import org.bilateral.model.Membership;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Trade;
import org.bilateral.model.Visit;
import org.bilateral.resolve.Names;

/**
 * When two sources state the same fact, and when they disagree about it.
 *
 * <p>The merge key holds the fields that name a fact (a mission's owner, host and type; an
 * accreditation's from, to and via country; a visit's direction and year); facts of one pair and
 * kind with equal keys are then compared field by field. Only disagreements that cannot both be
 * true are conflicts: two establishment dates, two opening or closing dates of one mission, a
 * mission closed in one source and listed as open later by another, two trade totals for a year.
 * A second severance or an embassy in another city is simply another fact. Whether a disagreement
 * stands once the whole record is known (a closing between two openings makes them a reopening)
 * is {@link Disagreements}' question; this class decides merging, one stored fact at a time.
 */
public final class FactMatch {
  private FactMatch() {}

  /** The fields that name the fact, as one string; equal keys make two facts candidates for merging. */
  public static String key(Fact f) {
    if (f instanceof RelationsChange r) return r.change().name().toLowerCase(Locale.ROOT);
    if (f instanceof Membership m) return Names.key(m.organisation());
    if (f instanceof Mission m) return m.owner() + "|" + m.host() + "|" + m.type().code();
    if (f instanceof Accreditation a) return a.from() + "|" + a.to() + "|" + a.viaCountry();
    if (f instanceof Visit v) return v.from() + "|" + v.to() + "|" + (v.date() == null ? "?" : v.date().year());
    if (f instanceof Agreement a) return Names.key(a.title());
    if (f instanceof Meeting m) return Names.key(m.name()) + "|" + (m.ordinal() == null ? "" : m.ordinal());
    if (f instanceof Trade t) return String.valueOf(t.year());
    if (f instanceof Exports e)
      return e.from() + "|" + e.to() + "|" + e.year() + "|" + new TreeSet<>(e.products().stream().map(Names::key).toList());
    Event e = (Event) f;
    return e.eventKind().code() + "|" + (e.date() == null ? "?" : e.date().year());
  }

  /**
   * Compares a stored fact with a new one of the same key.
   *
   * @param storedListedOpenOn the latest date on which a source of the stored fact lists it as open
   *     (a mission in a snapshot data set), or null
   * @param newListedOpenOn the same for the new fact's source
   */
  public static Verdict compare(Fact stored, Fact incoming, PartialDate storedListedOpenOn, PartialDate newListedOpenOn) {
    if (stored.kind() != incoming.kind() || !key(stored).equals(key(incoming))) return Verdict.DIFFERENT;
    if (stored instanceof RelationsChange r) {
      RelationsChange n = (RelationsChange) incoming;
      if (compatible(r.date(), n.date())) return Verdict.SAME;
      // one founding per pair; severances and restorations can recur
      return r.change() == RelationsChange.Change.ESTABLISHED
          ? Verdict.conflict("relations established " + r.date() + " or " + n.date())
          : Verdict.DIFFERENT;
    }
    if (stored instanceof Mission m) return mission(m, (Mission) incoming, storedListedOpenOn, newListedOpenOn);
    if (stored instanceof Accreditation a)
      return sameCity(a.viaCity(), ((Accreditation) incoming).viaCity()) ? Verdict.SAME : Verdict.DIFFERENT;
    if (stored instanceof Visit v) {
      Visit n = (Visit) incoming;
      return samePerson(v.person(), n.person()) && compatible(v.date(), n.date()) ? Verdict.SAME : Verdict.DIFFERENT;
    }
    if (stored instanceof Agreement a) return compatible(a.date(), ((Agreement) incoming).date()) ? Verdict.SAME : Verdict.DIFFERENT;
    if (stored instanceof Meeting m) return compatible(m.date(), ((Meeting) incoming).date()) ? Verdict.SAME : Verdict.DIFFERENT;
    if (stored instanceof Trade t) {
      Trade n = (Trade) incoming;
      double scale = Math.max(Math.abs(t.totalUsd()), Math.abs(n.totalUsd()));
      return scale == 0 || Math.abs(t.totalUsd() - n.totalUsd()) <= 0.005 * scale ? Verdict.SAME
          : Verdict.conflict(String.format(Locale.ROOT, "trade in %d US$%,.0f or US$%,.0f", t.year(), t.totalUsd(), n.totalUsd()));
    }
    if (stored instanceof Event e) return compatible(e.date(), ((Event) incoming).date()) ? Verdict.SAME : Verdict.DIFFERENT;
    return Verdict.SAME; // memberships and export lists: the key says it all
  }

  private static Verdict mission(Mission m, Mission n, PartialDate storedOpenOn, PartialDate newOpenOn) {
    if (!sameCity(m.city(), n.city())) return Verdict.DIFFERENT;
    // closed before the other opened: two periods of the mission, never one fact
    if (m.closed() != null && n.opened() != null && m.closed().surelyBefore(n.opened())) return Verdict.DIFFERENT;
    if (n.closed() != null && m.opened() != null && n.closed().surelyBefore(m.opened())) return Verdict.DIFFERENT;
    String what = m.owner() + " " + m.type().label() + (m.city() != null ? " in " + m.city() : n.city() != null ? " in " + n.city() : "");
    if (!compatible(m.opened(), n.opened())) return Verdict.conflict(what + " opened " + m.opened() + " or " + n.opened());
    if (!compatible(m.closed(), n.closed())) return Verdict.conflict(what + " closed " + m.closed() + " or " + n.closed());
    if (m.closed() != null && n.closed() == null && newOpenOn != null && m.closed().surelyBefore(newOpenOn))
      return Verdict.conflict(what + " closed " + m.closed() + ", or listed as open on " + newOpenOn);
    if (n.closed() != null && m.closed() == null && storedOpenOn != null && n.closed().surelyBefore(storedOpenOn))
      return Verdict.conflict(what + " listed as open on " + storedOpenOn + ", or closed " + n.closed());
    return Verdict.SAME;
  }

  /**
   * The fact both sources support, with the more precise value of each field: the stored one's
   * sources, its fields where the new one has nothing better. Only called on facts judged SAME.
   */
  public static Fact combine(Fact stored, Fact incoming) {
    if (stored instanceof RelationsChange r)
      return new RelationsChange(r.change(), finer(r.date(), ((RelationsChange) incoming).date()), r.sources());
    if (stored instanceof Mission m) {
      Mission n = (Mission) incoming;
      return new Mission(m.owner(), m.host(), m.type(), m.city() != null ? m.city() : n.city(),
          finer(m.opened(), n.opened()), finer(m.closed(), n.closed()), m.sources(),
          m.coordinates() != null ? m.coordinates() : n.coordinates());
    }
    if (stored instanceof Accreditation a) {
      Accreditation n = (Accreditation) incoming;
      return new Accreditation(a.from(), a.to(), a.viaCountry(), a.viaCity() != null ? a.viaCity() : n.viaCity(), a.sources());
    }
    if (stored instanceof Visit v) {
      Visit n = (Visit) incoming;
      // the longer name is usually the fuller one ("Pervez Musharraf" over "Musharraf")
      String person = n.person() != null && (v.person() == null || n.person().length() > v.person().length()) ? n.person() : v.person();
      return new Visit(v.from(), v.to(), person, v.office() != null ? v.office() : n.office(), finer(v.date(), n.date()), v.sources());
    }
    if (stored instanceof Agreement a) return new Agreement(a.title(), finer(a.date(), ((Agreement) incoming).date()), a.sources());
    if (stored instanceof Meeting m) {
      Meeting n = (Meeting) incoming;
      return new Meeting(m.name(), m.ordinal(), finer(m.date(), n.date()), m.city() != null ? m.city() : n.city(), m.sources());
    }
    if (stored instanceof Event e)
      return new Event(finer(e.date(), ((Event) incoming).date()), e.countries(), e.eventKind(),
          e.label() != null ? e.label() : ((Event) incoming).label(), e.sources());
    return stored;
  }

  /** Null agrees with anything (the source does not say); else the two must be able to denote one day. */
  static boolean compatible(PartialDate a, PartialDate b) {
    return a == null || b == null || a.overlaps(b);
  }

  static PartialDate finer(PartialDate a, PartialDate b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.precision().compareTo(a.precision()) > 0 && b.overlaps(a) ? b : a;
  }

  static boolean sameCity(String a, String b) {
    return a == null || b == null || Names.key(a).equals(Names.key(b));
  }

  /** One name shares a word of three letters or more with the other ("Musharraf", "Pervez Musharraf"). */
  static boolean samePerson(String a, String b) {
    if (a == null || b == null) return true;
    Set<String> words = new HashSet<>(words(a));
    return words(b).stream().anyMatch(words::contains);
  }

  private static List<String> words(String name) {
    return Arrays.stream(Names.key(name).split(" ")).filter(w -> w.length() >= 3).toList();
  }
}
