package org.bilateral.model;

import java.util.List;

/** Two-way trade in a calendar year, in US dollars. */
public record Trade(int year, double totalUsd, List<Source> sources) implements Fact {
  public Trade { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.TRADE; }
  @Override public PartialDate validFrom() { return PartialDate.ofYear(year); }
  @Override public Trade withSources(List<Source> s) { return new Trade(year, totalUsd, s); }
  @Override public String describe() { return String.format(java.util.Locale.ROOT, "two-way trade US$%,.0f", totalUsd); }
}
