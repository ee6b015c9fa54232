package org.bilateral.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.Meeting;
import org.bilateral.model.PartialDate;

/**
 * Rounds of standing bilateral bodies: "the second meeting for consultations mechanism on matters
 * of common interest", "the 9th session of the Joint Economic Commission", "the 9th Joint Economic
 * Commission". The round must have an ordinal or a capitalised body name, and have taken place.
 */
final class MeetingReader implements FactReader {
  private static final Map<String, String> ORDINALS = Rules.get().lexicon("meetings", "ordinal");
  private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)|(" + String.join("|", ORDINALS.keySet()) + ")";
  private final Rules rules = Rules.get();
  private final Pattern roundOf;
  private final Pattern ordinalBody;

  MeetingReader() {
    String round = String.join("|", rules.list("meetings", "round"));
    String body = String.join("|", rules.list("meetings", "body"));
    // "the 6th meeting for/of (the) NAME": the name runs to "in CITY", "held", a comma or the end
    roundOf = Pattern.compile("(?i:\\b(?:" + ORDINAL + ")\\s+(?:" + round + ")\\s+(?:of|for|on)\\s+(?:the\\s+)?)(?<name>.+?)"
        + "(?=\\s+(?:held|took|was|were|in|at|between|which|co-chaired|chaired)\\b|[,;:.(]|$)");
    // "the 9th Joint Economic Commission": a capitalised body name right after the ordinal
    ordinalBody = Pattern.compile("(?i:\\b(?:" + ORDINAL + ")\\s+)(?<name>(?:[A-Z][\\w–-]*\\s+){0,5}(?:" + body + ")\\b(?:\\s+(?:on|of|for)\\s+(?:[A-Z][\\w-]*\\s*)+)?)");
  }

  @Override
  public void read(SentenceView s, Reading r) {
    if (rules.phrases("meetings", "not_meeting").matcher(s.text).find()) return;
    if (!read(s, r, roundOf)) read(s, r, ordinalBody);
  }

  private boolean read(SentenceView s, Reading r, Pattern p) {
    Matcher m = p.matcher(s.text);
    boolean any = false;
    while (m.find()) {
      Integer ordinal = m.group(1) != null ? Integer.valueOf(m.group(1)) : Integer.valueOf(ORDINALS.get(m.group(2).toLowerCase()));
      String name = m.group("name").trim();
      if (name.isEmpty()) continue;
      PartialDate date = s.dateFor(m.end());
      String city = null;
      List<Places.Place> places = Places.listAfter(s.text, m.end());
      if (!places.isEmpty() && places.get(0).country() != null) {
        // a round held in a third country is still a round, but one this reading cannot place in the pair
        if (!s.pair.contains(places.get(0).country())) continue;
        city = places.get(0).name();
      }
      r.add(new Meeting(name, ordinal, date, city, List.of(s.source())));
      any = true;
    }
    return any;
  }
}
