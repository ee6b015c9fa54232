package org.bilateral.model;

import java.util.List;

/** A dated fact that no other kind holds: independence, recognition, war, dispute, other. */
public record Event(PartialDate date, List<String> countries, EventKind eventKind, String label,
    List<Source> sources) implements Fact {
  public enum EventKind {
    INDEPENDENCE, RECOGNITION, WAR, DISPUTE, OTHER;

    public String code() { return name().toLowerCase(); }

    public static EventKind fromCode(String code) { return valueOf(code.toUpperCase()); }
  }

  public Event {
    countries = List.copyOf(countries);
    sources = Fact.requireSources(sources);
  }

  @Override public Kind kind() { return Kind.EVENT; }
  @Override public PartialDate validFrom() { return date; }
  @Override public Event withSources(List<Source> s) { return new Event(date, countries, eventKind, label, s); }
  @Override public String describe() {
    return label != null ? label : eventKind.code() + " (" + String.join(", ", countries) + ")";
  }
}
