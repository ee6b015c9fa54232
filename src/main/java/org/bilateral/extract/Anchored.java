package org.bilateral.extract;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find} would give, found by starting the engine only at the positions
 * a test allows: a date starts at a digit or a capital, an office at a capitalised office word. The
 * test must hold wherever the pattern can match (it may hold at more); the pattern must not match
 * the empty string. Look-behinds and word edges still see the text before each start.
 */
final class Anchored {
  private final Matcher matcher;
  private final CharSequence text;
  private final IntPredicate start;
  private int next;

  /** With a null test, the matches are found as {@link Matcher#find} finds them. */
  Anchored(Pattern pattern, CharSequence text, IntPredicate start) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.start = start;
  }

  /** Moves to the next match; false when there is none. */
  boolean find() {
    if (start == null) return matcher.find(); // no test: every position, as find() tries them
    int n = text.length();
    for (int i = next; i < n; i++) {
      if (!start.test(i)) continue;
      matcher.region(i, n);
      if (matcher.lookingAt()) {
        // like find(), go on after the match, or one character further after an empty one
        next = Math.max(matcher.end(), i + 1);
        return true;
      }
    }
    next = n;
    return false;
  }

  /** The current match. */
  Matcher match() { return matcher; }

  /** Whether a word starts at {@code i}: no letter or digit just before it. */
  static boolean wordStart(CharSequence t, int i) {
    return i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
  }
}
