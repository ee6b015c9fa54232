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
  /** Whether the sentence before spoke of relations: "They were broken off in 1864" needs it to mean them. */
  private boolean relationsBefore;

  @Override
  public void read(SentenceView s, Reading r) {
    String lower = s.lower();
    boolean antecedent = relationsBefore;
    relationsBefore = lower.contains("relations") || lower.contains("ties");
    for (Change change : List.of(Change.RESTORED, Change.SEVERED, Change.ESTABLISHED)) {
      if (!rules.mayMatch("relations", change.name().toLowerCase(), lower)) continue;
      Anchored found = rules.find("relations", change.name().toLowerCase(), s.text, lower);
      while (found.find()) {
        Matcher m = found.match();
        if (withThirdCountry(s, m)) continue;
        // "…; severed 21 August 1989": a bare participle is a change of relations only in their key-fact line
        if (BARE_PARTICIPLE.matcher(m.group()).matches() && !KEY_FACT_LINE.matcher(s.text).lookingAt()) continue;
        // "Trade talks stalled. They were broken off in 2005": a pronoun stands for relations only after them
        if (PRONOUN.matcher(m.group()).lookingAt() && !antecedent && !lower.substring(0, m.start()).contains("relations")) continue;
        boolean until = rules.foundIn("relations", "until", m.group());
        if (!until && negated(s, m.start())) continue;
        // "since diplomatic relations began": a reference back, dated only if the words themselves say when
        boolean reference = SentenceView.REFERENCE.matcher(s.text.substring(Math.max(0, m.start() - 12), m.start())).find();
        // "not restored until 1965": the date after "until" is when it happened
        PartialDate date = until ? s.firstDateAfter(m.end()) : reference ? s.ownDate(m.end()) : s.dateFor(m.end());
        // "declared war on 8 August 1945, ending relations": the act told before the comma dates it
        if (ENDING.matcher(m.group()).lookingAt()) date = s.lastDateBefore(m.start());
        if (date == null) continue;
        if (change == Change.ESTABLISHED && overlapsRestored(s, m.start())) continue;
        r.add(new RelationsChange(change, date, List.of(s.source())));
      }
    }
    normalised(s, r, lower);
  }

  private static final Pattern BARE_PARTICIPLE = Pattern.compile("(?i)(?:severed|broken(?:\\s+off)?|suspended|restored|resumed|re-?established)");
  private static final Pattern KEY_FACT_LINE = Pattern.compile("(?i)\\s*(?:[-*•]\\s*)?(?:diplomatic\\s+)?relations\\s*:");
  private static final Pattern PRONOUN = Pattern.compile("(?i)(?:they|these|both)\\b");
  private static final Pattern ENDING = Pattern.compile("(?i)(?:thereby\\s+)?(?:ending|which\\s+ended)\\b");

  /**
   * "Relations were normalised in 1952": a restoration when the text has told of a break before;
   * otherwise relations that were only cool were made normal, which is no change of state.
   */
  private void normalised(SentenceView s, Reading r, String lower) {
    if (!rules.mayMatch("relations", "normalised", lower)) return;
    boolean severed = r.facts.stream().anyMatch(f -> f instanceof RelationsChange c && c.change() == Change.SEVERED);
    if (!severed) return;
    Anchored found = rules.find("relations", "normalised", s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      if (withThirdCountry(s, m) || negated(s, m.start())) continue;
      PartialDate date = s.dateFor(m.end());
      if (date != null) r.add(new RelationsChange(Change.RESTORED, date, List.of(s.source())));
    }
  }

  /**
   * Relations of a member with somebody else: "established relations with Peru", or a clause whose
   * only countries are third countries.
   */
  private static boolean withThirdCountry(SentenceView s, Matcher m) {
    java.util.regex.Matcher with = Regex.of("^\\s+with\\s+(?:the\\s+)?").matcher(s.text.substring(m.end()));
    if (with.find()) {
      int at = m.end() + with.end();
      for (var c : s.countries) {
        if (c.start() != at) continue;
        if (!s.pair.contains(c.entity().iso3())) return true;
        // "Saudi Arabia, the UAE, Bahrain and Egypt severed relations with Qatar": other states broke with a member
        String partner = s.pair.other(c.entity().iso3());
        var subjects = s.countriesIn(s.clauseAt(m.start())[0], m.start()).stream().filter(x -> !SentenceView.isAdjective(x)).toList();
        return !subjects.isEmpty() && subjects.stream().noneMatch(x -> x.entity().iso3().equals(partner));
      }
    }
    // "Peru and Chile established relations": a third country as the subject, right before the verb
    int[] clause = s.clauseAt(m.start());
    var before = s.countriesIn(clause[0], m.start());
    if (before.isEmpty()) return false;
    var subject = before.get(before.size() - 1);
    String between = s.text.substring(subject.end(), m.start());
    return !s.pair.contains(subject.entity().iso3()) && !between.contains(",") && Regex.split(between, "\\s+").length <= 4
        && before.stream().noneMatch(c -> s.pair.contains(c.entity().iso3()));
  }

  private boolean negated(SentenceView s, int pos) {
    String before = s.before(pos);
    String[] words = Regex.split(before.trim(), "\\s+");
    String window = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
    return rules.foundIn("relations", "negation", window);
  }

  /** "re-established" also contains "established": the restored rule has already read it. */
  private boolean overlapsRestored(SentenceView s, int pos) {
    Pattern restored = rules.phrases("relations", "restored");
    Matcher m = restored.matcher(s.text);
    while (m.find()) if (pos >= m.start() && pos < m.end()) return true;
    return pos >= 3 && Regex.matches(s.text.substring(pos - 3, pos).toLowerCase(), ".*re-?");
  }
}
