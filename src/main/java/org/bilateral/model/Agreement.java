package org.bilateral.model;

import java.util.List;

/** A bilateral instrument, by its title, dated by its signing (or the only date given). */
public record Agreement(String title, PartialDate date, List<Source> sources) implements Fact {
  public Agreement { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.AGREEMENT; }
  @Override public PartialDate validFrom() { return date; }
  @Override public Agreement withSources(List<Source> s) { return new Agreement(title, date, s); }
  @Override public String describe() { return title; }
}
