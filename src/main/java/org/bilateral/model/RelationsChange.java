package org.bilateral.model;

import java.util.List;

/** Diplomatic relations established, severed or restored on a date. */
public record RelationsChange(Change change, PartialDate date, List<Source> sources) implements Fact {
  public enum Change { ESTABLISHED, SEVERED, RESTORED }

  public RelationsChange { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.RELATIONS; }
  @Override public PartialDate validFrom() { return date; }
  @Override public RelationsChange withSources(List<Source> s) { return new RelationsChange(change, date, s); }
  @Override public String describe() { return "relations " + change.name().toLowerCase(); }
}
