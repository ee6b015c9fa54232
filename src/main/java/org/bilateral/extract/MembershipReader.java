package org.bilateral.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.bilateral.gazetteer.Mention;
import org.bilateral.gazetteer.Organisation;
import org.bilateral.model.Membership;

/** "Both nations are members of the UN and the WTO": every organisation named after the cue. */
final class MembershipReader implements FactReader {
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    if (s.organisations.isEmpty() || !s.namesBoth()) return;
    Matcher cue = rules.phrases("memberships", "shared").matcher(s.text);
    if (!cue.find()) return;
    int from = cue.end();
    Matcher not = rules.phrases("memberships", "not_member").matcher(s.text);
    int stop = not.find(from) ? not.start() : s.text.length();
    for (Mention<Organisation> o : s.organisations) {
      if (o.start() >= from && o.start() < stop) r.add(new Membership(o.entity().code(), List.of(s.source())));
    }
  }
}
