package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.Event;
import org.bilateral.model.Event.EventKind;
import org.bilateral.model.PartialDate;

/** Independence of either country, recognition between them, wars: dated events of the pair. */
final class EventReader implements FactReader {
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    if (rules.phrases("events", "not_event").matcher(s.text).find()) return;
    independence(s, r);
    recognition(s, r);
  }

  private void independence(SentenceView s, Reading r) {
    Matcher m = rules.phrases("events", "independence").matcher(s.text);
    if (!m.find()) return;
    // Whose independence: the pair member named nearest before the phrase (the subject, or "X's").
    Mention<Country> who = null;
    for (Mention<Country> c : s.countriesIn(s.clauseAt(m.start())[0], m.start() + 3)) {
      if (s.pair.contains(c.entity().iso3())) who = c;
    }
    if (who == null) return;
    PartialDate date = s.dateFor(m.end());
    if (date == null) return;
    r.add(new Event(date, List.of(who.entity().iso3()), EventKind.INDEPENDENCE, null, List.of(s.source())));
  }

  private void recognition(SentenceView s, Reading r) {
    Matcher m = rules.phrases("events", "recognition").matcher(s.text);
    if (!m.find()) return;
    List<String> countries = new ArrayList<>();
    for (Mention<Country> c : s.countries) {
      String iso = c.entity().iso3();
      if (s.pair.contains(iso) && !countries.contains(iso)) countries.add(iso);
    }
    if (countries.isEmpty() && !s.namesBoth()) return;
    if (countries.isEmpty()) countries = s.pair.asList();
    PartialDate date = s.dateFor(m.end());
    if (date == null) return;
    r.add(new Event(date, countries, EventKind.RECOGNITION, null, List.of(s.source())));
  }
}
