package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.model.Fact;
import org.bilateral.model.Meeting;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.bilateral.model.Visit;

/**
 * Dates a visit told only as the trip to a round of a standing body ("Prime Minister Hani Al-Mulki travelled to
 * Cairo for the 27th session") by the round's date, once the record has joined that sentence's round with the same
 * round dated elsewhere (a table of the body's sessions: "27th || 14 January 2017 || Cairo"). It runs on merged
 * facts: only then does the round know both sentences. A visit told with the round's month or year takes its day.
 */
final class SessionDates {
  private SessionDates() {}

  /** The facts with such visits dated; the same list when there is none. */
  static List<Fact> refine(List<Fact> merged) {
    List<Fact> out = null;
    for (int i = 0; i < merged.size(); i++) {
      if (!(merged.get(i) instanceof Visit v) || v.date() != null && v.date().day() != 0) continue;
      Source told = v.sources().get(0);
      for (Fact f : merged) {
        if (f instanceof Meeting m && finer(m.date(), v.date()) && m.sources().stream().anyMatch(s -> sameSentence(s, told))) {
          if (out == null) out = new ArrayList<>(merged);
          out.set(i, v.dated(m.date(), v.sources()));
          break;
        }
      }
    }
    return out == null ? merged : out;
  }

  /** A round's date that says more than the visit's and agrees with it ("4 August 2022" for "August 2022"). */
  private static boolean finer(PartialDate round, PartialDate visit) {
    if (round == null) return false;
    if (visit == null) return true;
    return round.year() == visit.year() && (visit.month() == 0 ? round.month() != 0 : round.month() == visit.month() && round.day() != 0);
  }

  private static boolean sameSentence(Source a, Source b) {
    return a.start() == b.start() && a.end() == b.end() && a.document().equals(b.document());
  }
}
