package org.bilateral.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Country;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Visit;
import org.bilateral.store.Store;
import org.bilateral.store.StoredConflict;
import org.bilateral.store.StoredFact;
import org.bilateral.store.StoredPair;

/**
 * Where the sources disagree and what the record lacks, across pairs: conflicts recorded when
 * facts were stored, gaps found on asking (so they follow every later import), the missions of a
 * country and counts per country. These questions span pairs, which {@link Query} does not.
 */
public final class Reconciliation {
  private final Store store;

  public Reconciliation(Store store) { this.store = Objects.requireNonNull(store, "store"); }

  /** The conflicts of a pair, or of every pair when {@code a} is null. */
  public List<Conflict> conflicts(String a, String b) {
    return store.conflicts(a, b).stream().map(Reconciliation::conflict).toList();
  }

  /** The facts of the pair that are in conflict with another, each with what contradicts it. */
  public Map<Fact, List<Contradiction>> conflicted(String a, String b) {
    Map<Fact, List<Contradiction>> out = new LinkedHashMap<>();
    for (StoredConflict c : store.conflicts(a, b)) {
      out.computeIfAbsent(c.first().fact(), k -> new ArrayList<>()).add(new Contradiction(c.reason(), c.second().fact()));
      out.computeIfAbsent(c.second().fact(), k -> new ArrayList<>()).add(new Contradiction(c.reason(), c.first().fact()));
    }
    return out;
  }

  /** The gaps of a pair, or of every pair when {@code a} is null. */
  public List<Gap> gaps(String a, String b) {
    String[] pair = a == null ? null : Country.canonical(a, b);
    List<Gap> out = new ArrayList<>();
    // accreditations through a mission nobody states
    Set<String> missions = new HashSet<>();
    for (StoredFact f : store.factsOfKind(Fact.Kind.MISSION, null)) {
      Mission m = (Mission) f.fact();
      if (m.closed() == null && (m.type() == MissionType.EMBASSY || m.type() == MissionType.HIGH_COMMISSION
          || m.type() == MissionType.LEGATION)) {
        missions.add(m.owner() + "|" + m.host());
      }
    }
    for (StoredFact f : store.factsOfKind(Fact.Kind.ACCREDITATION, pair == null ? null : pair[0])) {
      Accreditation x = (Accreditation) f.fact();
      if (!inPair(pair, x.from(), x.to()) || x.viaCountry() == null) continue;
      if (!missions.contains(x.from() + "|" + x.viaCountry())) {
        out.add(new Gap(List.of(Country.canonical(x.from(), x.to())), Gap.Kind.UNKNOWN_VIA_MISSION,
            x.describe() + ": no source knows a " + x.from() + " embassy in " + x.viaCountry(), x));
      }
    }
    // visits before relations were established
    Map<String, PartialDate> established = new LinkedHashMap<>();
    for (StoredFact f : store.factsOfKind(Fact.Kind.RELATIONS, pair == null ? null : pair[0])) {
      RelationsChange c = (RelationsChange) f.fact();
      if (c.change() != RelationsChange.Change.ESTABLISHED || c.date() == null) continue;
      established.merge(key(f), c.date(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    for (StoredFact f : store.factsOfKind(Fact.Kind.VISIT, pair == null ? null : pair[0])) {
      Visit v = (Visit) f.fact();
      if (!inPair(pair, v.from(), v.to()) || v.date() == null) continue;
      PartialDate est = established.get(key(f));
      if (est != null && v.date().surelyBefore(est)) {
        out.add(new Gap(List.of(Country.canonical(v.from(), v.to())), Gap.Kind.VISIT_BEFORE_RELATIONS,
            v.describe() + " on " + v.date() + ", before relations were established on " + est, v));
      }
    }
    out.sort(Comparator.comparing((Gap g) -> g.pair().get(0)).thenComparing(g -> g.pair().get(1)));
    return out;
  }

  /** The missions {@code country} keeps abroad and those it hosts; all of them, or those open by {@code asOf}. */
  public CountryMissions missions(String country, PartialDate asOf) {
    List<MissionAt> abroad = new ArrayList<>();
    List<MissionAt> hosted = new ArrayList<>();
    for (StoredFact f : store.factsOfKind(Fact.Kind.MISSION, country)) {
      Mission m = (Mission) f.fact();
      MissionAt at = asOf == null ? new MissionAt(m, m.closed() == null, false) : Query.missionAt(m, asOf);
      if (at == null || (asOf != null && !at.open())) continue;
      (m.owner().equals(country) ? abroad : hosted).add(at);
    }
    Comparator<MissionAt> order = Comparator.comparing((MissionAt x) -> x.mission().host())
        .thenComparing(x -> x.mission().owner()).thenComparing(x -> x.mission().type());
    abroad.sort(order);
    hosted.sort(Comparator.comparing((MissionAt x) -> x.mission().owner()).thenComparing(x -> x.mission().type()));
    return new CountryMissions(country, abroad, hosted);
  }

  /** Every country in a stored pair, with its pairs and facts, most facts first. */
  public List<CountryCount> countries() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (StoredPair p : store.pairs()) {
      for (String c : new String[] {p.a(), p.b()}) {
        int[] n = counts.computeIfAbsent(c, k -> new int[2]);
        n[0]++;
        n[1] += p.facts();
      }
    }
    List<CountryCount> out = new ArrayList<>();
    counts.forEach((c, n) -> out.add(new CountryCount(c, n[0], n[1])));
    out.sort(Comparator.comparingInt(CountryCount::facts).reversed().thenComparing(CountryCount::country));
    return out;
  }

  private static boolean inPair(String[] pair, String x, String y) {
    if (pair == null) return true;
    String[] c = Country.canonical(x, y);
    return c[0].equals(pair[0]) && c[1].equals(pair[1]);
  }

  private static String key(StoredFact f) { return f.pairA() + "|" + f.pairB(); }

  private static Conflict conflict(StoredConflict c) {
    return new Conflict(List.of(c.pairA(), c.pairB()), c.reason(), c.first().fact(), c.second().fact());
  }
}
