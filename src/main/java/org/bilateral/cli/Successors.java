package org.bilateral.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.model.CountryCodes;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.query.Contradiction;
import org.bilateral.resolve.Place;
import org.bilateral.resolve.Resolver;

/**
 * The codes a dossier is written with: the record keeps a historical state as itself (SUN), the
 * dossier format codes it as its successor with a note (RUS, "historical_states": SUN), so JSON
 * printed for a historical pair is renamed on the way out.
 */
final class Successors {
  private final Map<String, String> toSuccessor = new LinkedHashMap<>();
  private final Map<String, String> states = new LinkedHashMap<>();

  static Successors of(String... pair) {
    Successors s = new Successors();
    for (String code : pair) {
      Place p = Resolver.get().byCode(code).orElse(null);
      if (p == null || !p.historical() || p.successors().isEmpty()) continue;
      // the first successor named is the continuing state, the one the format uses (the USSR is RUS)
      String successor = p.successors().get(0);
      s.toSuccessor.put(code, successor);
      s.states.put(successor, code);
    }
    return s;
  }

  Dossier dossier(Dossier d) {
    return CountryCodes.rename(d, toSuccessor, states);
  }

  Map<Fact, List<Contradiction>> conflicts(Map<Fact, List<Contradiction>> conflicted) {
    if (toSuccessor.isEmpty()) return conflicted;
    Map<Fact, List<Contradiction>> out = new HashMap<>();
    conflicted.forEach((f, list) -> out.put(CountryCodes.rename(f, toSuccessor),
        list.stream().map(c -> new Contradiction(c.reason(), CountryCodes.rename(c.other(), toSuccessor))).toList()));
    return out;
  }
}
