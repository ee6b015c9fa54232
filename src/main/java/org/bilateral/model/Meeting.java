package org.bilateral.model;

import java.util.List;

/** A round of a standing bilateral body; {@code ordinal} is null for an unnumbered session. */
public record Meeting(String name, Integer ordinal, PartialDate date, String city, List<Source> sources)
    implements Fact {
  public Meeting { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.MEETING; }
  @Override public PartialDate validFrom() { return date; }
  @Override public Meeting withSources(List<Source> s) { return new Meeting(name, ordinal, date, city, s); }
  @Override public String describe() {
    return (ordinal == null ? "" : "round " + ordinal + " of ") + name + (city == null ? "" : " in " + city);
  }
}
