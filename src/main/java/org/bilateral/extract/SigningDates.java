package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.Agreement;
import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;

/**
 * Dates an agreement from a later sentence that speaks of it without its title: "Japan and Mexico
 * established relations in 1888 by signing a Treaty of Amity and Commerce. ... The treaty was not
 * negotiated in either capital. It was signed in Washington on November 30, 1888." The definite
 * "the treaty" (or "it", right after a sentence about the treaty) is the last agreement of that
 * kind read before, if its date is that of the signing or coarser; it then takes the finer date,
 * and relations established "by signing" it in the same sentence take it too.
 */
final class SigningDates {
  /** "The treaty was signed", "The agreement, negotiated since 2004, was signed". */
  private static final Pattern THE_NOUN_SIGNED = Lead.compileExact(
      "^(?:The|This|That)\\s+(treaty|agreement|convention|protocol|memorandum)\\b([^.;]{0,80}?)\\b(?:was|were)\\s+signed\\b");
  private static final Pattern IT_SIGNED = Pattern.compile("^It\\s+(?:was|had\\s+been)\\s+signed\\b");
  private static final Pattern THE_NOUN = Pattern.compile("^(?:The|This|That)\\s+(treaty|agreement|convention|protocol|memorandum)\\b");
  private static final Pattern BY_SIGNING = Pattern.compile("(?i)\\b(?:by|with|through|upon|on)\\s+(?:the\\s+)?signing\\b");

  private SigningDates() {}

  static void refine(List<Fact> facts, List<SentenceView> views) {
    for (int i = 0; i < views.size(); i++) {
      SentenceView s = views.get(i);
      String noun = null;
      int at = -1;
      Matcher m = THE_NOUN_SIGNED.matcher(s.text);
      if (m.find()) {
        noun = m.group(1);
        at = m.end();
      } else if (i > 0 && (m = IT_SIGNED.matcher(s.text)).find()) {
        Matcher before = THE_NOUN.matcher(views.get(i - 1).text);
        if (before.find()) {
          noun = before.group(1);
          at = m.end();
        }
      }
      if (noun == null) continue;
      PartialDate d = s.ownDate(at);
      if (d == null || d.month() == 0) continue;
      Agreement target = lastBefore(facts, noun, s.source().start());
      if (target == null || (target.date() != null && !coarserOrSame(target.date(), d))) continue;
      List<Source> sources = new ArrayList<>(target.sources());
      sources.add(s.source());
      facts.set(facts.indexOf(target), new Agreement(target.title(), d, sources));
      byTheSigning(facts, target, d, s.source());
    }
  }

  /** The agreement of that kind whose first source comes last before the position. */
  private static Agreement lastBefore(List<Fact> facts, String noun, int before) {
    Agreement best = null;
    for (Fact f : facts) {
      if (!(f instanceof Agreement a) || !a.title().toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) continue;
      int start = a.sources().get(0).start();
      if (start < before && (best == null || start > best.sources().get(0).start())) best = a;
    }
    return best;
  }

  private static boolean coarserOrSame(PartialDate known, PartialDate told) {
    if (known.year() != told.year()) return false;
    if (known.month() == 0) return true;
    if (known.month() != told.month()) return false;
    return known.day() == 0 || known.day() == told.day();
  }

  /** Relations established "by signing" the agreement, in the sentence that named it, share its date. */
  private static void byTheSigning(List<Fact> facts, Agreement old, PartialDate d, Source told) {
    Source named = old.sources().get(0);
    if (!BY_SIGNING.matcher(named.sentence()).find()) return;
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i) instanceof RelationsChange c && c.change() == RelationsChange.Change.ESTABLISHED
          && c.sources().get(0).start() == named.start() && c.date() != null && coarserOrSame(c.date(), d)) {
        List<Source> sources = new ArrayList<>(c.sources());
        sources.add(told);
        facts.set(i, new RelationsChange(c.change(), d, sources));
      }
    }
  }
}
