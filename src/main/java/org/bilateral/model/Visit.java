package org.bilateral.model;

import java.util.List;

/** {@code person}, holding {@code office} in the {@code from} country, visited {@code to}. */
public record Visit(String from, String to, String person, String office, PartialDate date, List<Source> sources)
    implements Fact {
  public Visit { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.VISIT; }
  @Override public PartialDate validFrom() { return date; }
  @Override public Visit withSources(List<Source> s) { return new Visit(from, to, person, office, date, s); }
  /** The same trip, dated as another sentence tells it. */
  public Visit dated(PartialDate d, List<Source> s) { return new Visit(from, to, person, office, d, s); }
  @Override public String describe() {
    return (office == null ? "" : office + " ") + person + " (" + from + ") visited " + to;
  }
}
