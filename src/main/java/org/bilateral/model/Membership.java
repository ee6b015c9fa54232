package org.bilateral.model;

import java.util.List;

/** An organisation that both countries belong to, by its usual code (UN, WTO, OIC...). */
public record Membership(String organisation, List<Source> sources) implements Fact {
  public Membership { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.MEMBERSHIP; }
  @Override public PartialDate validFrom() { return null; }
  @Override public Membership withSources(List<Source> s) { return new Membership(organisation, s); }
  @Override public String describe() { return "both members of " + organisation; }
}
