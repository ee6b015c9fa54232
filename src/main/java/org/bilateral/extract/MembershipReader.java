package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Mention;
import org.bilateral.gazetteer.Organisation;
import org.bilateral.model.Membership;

/** "Both nations are members of the UN and the WTO": every organisation named after the cue. */
final class MembershipReader implements FactReader {
  private static final Pattern FOUNDED = Pattern.compile(
      "(?i)(?:jointly\\s+)?(?:formed|founded|co-founded|created|set\\s+up)");
  private final Rules rules = Rules.get();
  private static final Pattern LIST_END = Pattern.compile(
      ";|,?\\s+(?:while|whereas|but|although|though|unlike)\\b|,\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+(?:is|was|also|has|had|became|joined|belongs|remains)\\b");

  @Override
  public void read(SentenceView s, Reading r) {
    if (s.organisations.isEmpty()) return;
    // a brief's key-fact line, "Shared memberships: United Nations; African Union; …", names neither country
    Matcher cue = rules.phrases("memberships", "shared_label").matcher(s.text);
    boolean labelled = cue.lookingAt();
    if (!labelled) {
      if (!s.namesBoth()) return;
      // "… cooperate within the UN, the OSCE and GUAM, of all of which both are members": the list before the cue
      Matcher after = rules.phrases("memberships", "shared_after").matcher(s.text);
      if (after.find()) {
        int clause = s.clauseAt(after.start())[0];
        for (Mention<Organisation> o : s.organisations) {
          if (o.start() >= clause && o.end() <= after.start()) r.add(new Membership(o.entity().code(), List.of(s.source())));
        }
        return;
      }
      cue = rules.phrases("memberships", "shared").matcher(s.text);
      if (!cue.find()) return;
      // ("have applied for membership of the European Union": the cue is the application's)
      if (rules.phrases("memberships", "not_member").matcher(s.text).region(Math.max(0, cue.start() - 30), cue.end()).find()) return;
    }
    int from = cue.end();
    int stop = s.text.length();
    // "Both are members of the UN and the WTO; Egypt also belongs to the Arab League": the shared list
    // ends where a clause about one of them begins (a brief's label line lists its items with semicolons)
    if (!labelled) {
      Matcher end = LIST_END.matcher(s.text).region(from, s.text.length());
      if (end.find()) stop = end.start();
    }
    // "the G4 group of aspirants to permanent seats on the Security Council, and the UN": a cue of
    // no membership rules out what it governs, up to the next item of the list
    List<int[]> ruledOut = new java.util.ArrayList<>();
    Matcher not = rules.phrases("memberships", "not_member").matcher(s.text);
    not.region(from, s.text.length()).useTransparentBounds(true);
    while (not.find()) {
      int end = s.text.indexOf(", ", not.end());
      ruledOut.add(new int[] {not.start(), end < 0 ? s.text.length() : end});
    }
    if (FOUNDED.matcher(cue.group()).lookingAt()) {
      // founders are members only when both countries are among them, and only of what that clause names
      long before = s.countriesIn(0, cue.start()).stream().map(c -> c.entity().iso3()).filter(s.pair::contains).distinct().count();
      if (before < 2) return;
      stop = Math.min(stop, s.clauseAt(cue.start())[1]);
      int and = s.text.indexOf(", and ", from);
      if (and >= 0) stop = Math.min(stop, and);
    }
    for (Mention<Organisation> o : s.organisations) {
      if (o.start() < from || o.start() >= stop) continue;
      if (ruledOut.stream().anyMatch(x -> o.start() >= x[0] && o.start() < x[1])) continue;
      r.add(new Membership(o.entity().code(), List.of(s.source())));
    }
  }
}
