package org.bilateral.ingest;

import java.util.Optional;
import org.bilateral.extract.Extractor;
import org.bilateral.extract.Pair;

/**
 * Which wiki pages are relations articles: a title "A–B relations" (en dash or hyphen) whose two
 * sides are countries, by the same test the extractor applies to a document's title.
 */
public final class RelationsTitle {
  private static final String SUFFIX = " relations";

  private RelationsTitle() {}

  /** The pair the title names, or empty when it is not a relations article's title. */
  public static Optional<Pair> pair(String title) {
    if (title == null) return Optional.empty();
    String t = title.strip();
    // Most titles of a dump are not relations articles: a cheap look at the words comes before the
    // gazetteer. The extractor's own title test is wider ("A and B relations", "A–B"), so the
    // ending and the dash are required here.
    if (t.length() <= SUFFIX.length() || !t.regionMatches(true, t.length() - SUFFIX.length(), SUFFIX, 0, SUFFIX.length()))
      return Optional.empty();
    String core = t.substring(0, t.length() - SUFFIX.length());
    if (core.indexOf('–') < 0 && core.indexOf('-') < 0) return Optional.empty();
    return Extractor.pairOfTitle(t);
  }

  public static boolean test(String title) { return pair(title).isPresent(); }
}
