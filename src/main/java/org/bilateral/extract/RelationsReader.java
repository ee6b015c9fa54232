package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.RelationsChange.Change;

/** Relations established, severed, restored: a trigger phrase, the pair (or no other country), a date. */
final class RelationsReader implements FactReader {
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    // A sentence about the pair's relations with somebody else is not about the pair.
    if (s.namesThirdCountry() && !s.namesBoth()) return;
    for (Change change : List.of(Change.RESTORED, Change.SEVERED, Change.ESTABLISHED)) {
      Matcher m = rules.phrases("relations", change.name().toLowerCase()).matcher(s.text);
      while (m.find()) {
        if (negated(s, m.start())) continue;
        PartialDate date = s.dateFor(m.end());
        if (date == null) continue;
        if (change == Change.ESTABLISHED && overlapsRestored(s, m.start())) continue;
        r.add(new RelationsChange(change, date, List.of(s.source())));
      }
    }
  }

  private boolean negated(SentenceView s, int pos) {
    String before = s.before(pos);
    String[] words = before.trim().split("\\s+");
    String window = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
    return rules.phrases("relations", "negation").matcher(window).find();
  }

  /** "re-established" also contains "established": the restored rule has already read it. */
  private boolean overlapsRestored(SentenceView s, int pos) {
    Pattern restored = rules.phrases("relations", "restored");
    Matcher m = restored.matcher(s.text);
    while (m.find()) if (pos >= m.start() && pos < m.end()) return true;
    return pos >= 3 && s.text.substring(pos - 3, pos).toLowerCase().matches(".*re-?");
  }
}
