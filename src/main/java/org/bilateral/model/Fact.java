package org.bilateral.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One dated, sourced statement about the relations of a pair. Every fact keeps the sentences it was
 * read from; the validity says when it held, so that the state of a relationship on any date is a
 * query over facts rather than a copy.
 */
public sealed interface Fact
    permits RelationsChange, Membership, Mission, Accreditation, Visit, Agreement, Meeting, Trade,
        Exports, Event {

  /** The kinds, named as the dossier's fields. */
  enum Kind {
    RELATIONS("relations"), MEMBERSHIP("memberships"), MISSION("missions"),
    ACCREDITATION("accreditations"), VISIT("visits"), AGREEMENT("agreements"),
    MEETING("meetings"), TRADE("trade"), EXPORTS("exports"), EVENT("events");

    private final String field;

    Kind(String field) { this.field = field; }

    public String field() { return field; }
  }

  Kind kind();

  /** Never empty: a fact without a source is a bug. */
  List<Source> sources();

  /** The same fact with other sources (used when two places state it). */
  Fact withSources(List<Source> sources);

  /** When the fact starts to hold, or null when undated. */
  PartialDate validFrom();

  /** When it stops holding; null while it still holds or when it is a point in time. */
  default PartialDate validTo() { return null; }

  /** A one-line description for listings. */
  String describe();

  default Source source() { return sources().get(0); }

  /** This fact with the sources of {@code other} added, keeping order and dropping repeats. */
  default Fact mergeSources(Fact other) {
    LinkedHashSet<Source> all = new LinkedHashSet<>(sources());
    all.addAll(other.sources());
    return withSources(new ArrayList<>(all));
  }

  static List<Source> requireSources(List<Source> sources) {
    if (sources == null || sources.isEmpty()) throw new IllegalArgumentException("a fact needs a source");
    return List.copyOf(sources);
  }
}
