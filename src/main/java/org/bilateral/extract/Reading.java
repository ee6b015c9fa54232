package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;

/** What the rules build up while reading one document: the facts, and what later sentences refer back to. */
final class Reading {
  final List<Fact> facts = new ArrayList<>();
  /** The missions of the last sentences, newest last, for "the embassy closed" and "in its place". */
  final List<Mission> recentMissions = new ArrayList<>();
  /** The people named so far with their offices. */
  final PersonIndex people = new PersonIndex();

  void add(Fact f) {
    facts.add(f);
    if (f instanceof Mission m) recentMissions.add(m);
  }

  /** Replaces a fact already read (a mission that a later clause closed). */
  void replace(Fact old, Fact now) {
    int i = facts.indexOf(old);
    if (i >= 0) facts.set(i, now);
    if (old instanceof Mission o) {
      int j = recentMissions.indexOf(o);
      if (j >= 0) recentMissions.set(j, (Mission) now);
    }
  }
}
