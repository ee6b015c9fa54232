package org.bilateral.model;

import java.util.List;

/** A mission that {@code owner} keeps in {@code host}'s {@code city}, open from {@code opened} until {@code closed}. */
public record Mission(String owner, String host, MissionType type, String city, PartialDate opened,
    PartialDate closed, List<Source> sources) implements Fact {
  public Mission { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.MISSION; }
  @Override public PartialDate validFrom() { return opened; }
  @Override public PartialDate validTo() { return closed; }
  @Override public Mission withSources(List<Source> s) { return new Mission(owner, host, type, city, opened, closed, s); }
  public Mission withOpened(PartialDate d) { return new Mission(owner, host, type, city, d, closed, sources); }
  public Mission withClosed(PartialDate d) { return new Mission(owner, host, type, city, opened, d, sources); }
  @Override public String describe() {
    return owner + " " + type.label() + (city == null ? "" : " in " + city);
  }
}
