package org.bilateral.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The curated table of historical states (historical-states.tsv), by code, name and Historian slug. */
public final class HistoricalStates {
  /** One row of the table. */
  public record State(String code, String iso3166part3, String name, List<String> names, List<String> slugs,
      List<String> successors, String period) {
    public Place place() { return new Place(code, name, true, successors); }
  }

  private final Map<String, State> byCode = new LinkedHashMap<>();
  private final Map<String, State> byName = new HashMap<>();
  private final Map<String, State> bySlug = new HashMap<>();

  HistoricalStates() {
    for (String[] f : Tsv.read("historical-states.tsv")) {
      State s = new State(f[0], f[1].isBlank() ? null : f[1], f[2], Tsv.list(f[3]), Tsv.list(f[4]),
          Tsv.list(f[5]), f.length > 6 ? f[6] : "");
      if (byCode.put(s.code(), s) != null) throw new IllegalStateException("historical-states.tsv: " + s.code() + " twice");
      byName.put(Names.key(s.name()), s);
      byName.put(Names.key(s.code()), s);
      if (s.iso3166part3() != null) byName.put(Names.key(s.iso3166part3()), s);
      s.names().forEach(n -> byName.put(Names.key(n), s));
      s.slugs().forEach(n -> bySlug.put(n, s));
    }
  }

  public List<State> all() { return Collections.unmodifiableList(new ArrayList<>(byCode.values())); }

  public Optional<State> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }

  Optional<State> byName(String name) { return Optional.ofNullable(byName.get(Names.key(name))); }

  Optional<State> bySlug(String slug) { return Optional.ofNullable(bySlug.get(slug)); }
}
