package org.bilateral.merge;

/** What a newly read fact is to one already stored with the same merge key. */
public record Verdict(Outcome outcome, String reason) {
  public enum Outcome {
    /** The same fact: the new source is attached to the stored one. */
    SAME,
    /** The same fact stated differently (a date, a closing): both are kept and marked. */
    CONFLICT,
    /** Another fact that happens to share the key (a second severance, another city). */
    DIFFERENT
  }

  static final Verdict SAME = new Verdict(Outcome.SAME, null);
  static final Verdict DIFFERENT = new Verdict(Outcome.DIFFERENT, null);

  static Verdict conflict(String reason) { return new Verdict(Outcome.CONFLICT, reason); }
}
