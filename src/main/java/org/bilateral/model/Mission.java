package org.bilateral.model;

import java.util.List;

/**
 * A mission that {@code owner} keeps in {@code host}'s {@code city}, open from {@code opened} until
 * {@code closed}; {@code coordinates} where a source locates it (data sets do, articles do not).
 */
public record Mission(String owner, String host, MissionType type, String city, PartialDate opened,
    PartialDate closed, List<Source> sources, Coordinates coordinates) implements Fact {
  public Mission { sources = Fact.requireSources(sources); }

  /** A mission without coordinates, as articles state it. */
  public Mission(String owner, String host, MissionType type, String city, PartialDate opened, PartialDate closed,
      List<Source> sources) {
    this(owner, host, type, city, opened, closed, sources, null);
  }

  @Override public Kind kind() { return Kind.MISSION; }
  @Override public PartialDate validFrom() { return opened; }
  @Override public PartialDate validTo() { return closed; }
  @Override public Mission withSources(List<Source> s) { return new Mission(owner, host, type, city, opened, closed, s, coordinates); }
  public Mission withOpened(PartialDate d) { return new Mission(owner, host, type, city, d, closed, sources, coordinates); }
  public Mission withClosed(PartialDate d) { return new Mission(owner, host, type, city, opened, d, sources, coordinates); }
  public Mission withCoordinates(Coordinates c) { return new Mission(owner, host, type, city, opened, closed, sources, c); }
  @Override public String describe() {
    return owner + " " + type.label() + (city == null ? "" : " in " + city);
  }
}
