package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Trade;

/**
 * Two-way trade totals: a US-dollar amount that follows a two-way trade phrase in the same clause,
 * with nothing between them that makes it a target, a ceiling, investment, or one direction only.
 */
final class TradeReader implements FactReader {
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    Matcher cue = rules.phrases("trade", "total").matcher(s.text);
    if (!cue.find()) return;
    int cueStart = cue.start();
    for (Money.Amount a : Money.find(s.text)) {
      if (!a.usd() || a.start() < cueStart) continue;
      int[] clause = s.clauseAt(a.start());
      String lead = s.text.substring(Math.max(clause[0], Math.min(cueStart, a.start())), a.start());
      if (rules.phrases("trade", "not_total").matcher(lead).find()) continue;
      String before = s.text.substring(clause[0], a.start());
      if (rules.phrases("trade", "not_total").matcher(lastWords(before, 3)).find()) continue;
      PartialDate date = yearFor(s, a);
      if (date == null) continue;
      r.add(new Trade(date.year(), a.value(), List.of(s.source())));
      cueStart = a.end(); // "from $1.3 billion in 2002 to about $20 billion in 2020": each amount its own year
    }
  }

  /** The year of an amount: "in 2023" right after it, else the clause's date, else the last date read. */
  private static PartialDate yearFor(SentenceView s, Money.Amount a) {
    for (DateMention d : s.dates) {
      if (d.start() >= a.end() && d.start() - a.end() <= 12 && d.date() != null) return d.date();
    }
    PartialDate d = s.dateFor(a.start());
    return d != null ? d : s.anchor;
  }

  private static String lastWords(String text, int n) {
    String[] w = text.trim().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
  }
}
