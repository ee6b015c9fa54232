package org.bilateral.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts other codes on the countries of a dossier. The interchange format codes a historical state
 * as its successor ("Soviet Union–India relations" is RUS–IND, with a note); the record keeps the
 * state as itself (SUN–IND), so a dossier is renamed on its way into the store and back.
 */
public final class CountryCodes {
  private CountryCodes() {}

  /**
   * The dossier with every code in {@code codes} (old to new) replaced, in the pair and in every
   * fact, and {@code states} as its note of which member is a historical state.
   */
  public static Dossier rename(Dossier d, Map<String, String> codes, Map<String, String> states) {
    if (codes.isEmpty()) return d;
    List<String> pair = d.pair().stream().map(c -> codes.getOrDefault(c, c)).toList();
    List<Fact> facts = new ArrayList<>();
    for (Fact f : d.facts()) facts.add(rename(f, codes));
    return new Dossier(d.title(), d.documentName(), pair, facts, states);
  }

  /** A dossier read in the format's codes, as the record keeps it: each historical state as itself. */
  public static Dossier toStates(Dossier d) {
    return rename(d, d.states(), Map.of());
  }

  /** The fact with every code in {@code codes} (old to new) replaced. */
  public static Fact rename(Fact f, Map<String, String> codes) {
    if (f instanceof Mission m) {
      return new Mission(c(codes, m.owner()), c(codes, m.host()), m.type(), m.city(), m.opened(), m.closed(), m.sources(),
          m.coordinates());
    }
    if (f instanceof Accreditation a) {
      return new Accreditation(c(codes, a.from()), c(codes, a.to()), a.viaCountry(), a.viaCity(), a.sources());
    }
    if (f instanceof Visit v) return new Visit(c(codes, v.from()), c(codes, v.to()), v.person(), v.office(), v.date(), v.sources());
    if (f instanceof Exports e) return new Exports(c(codes, e.from()), c(codes, e.to()), e.year(), e.products(), e.sources());
    if (f instanceof Event e) {
      return new Event(e.date(), e.countries().stream().map(x -> c(codes, x)).toList(), e.eventKind(), e.label(), e.sources());
    }
    return f; // relations, memberships, agreements, meetings and trade name no country
  }

  private static String c(Map<String, String> codes, String code) {
    return code == null ? null : codes.getOrDefault(code, code);
  }
}
