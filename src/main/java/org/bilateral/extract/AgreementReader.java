package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.Agreement;
import org.bilateral.model.PartialDate;

/**
 * Titled bilateral instruments. A title begins with a capitalised instrument word and ends at a
 * date in parentheses, the next title of a list, a verb ("was signed"), or the end of the sentence.
 */
final class AgreementReader implements FactReader {
  private static final Pattern PAREN_DATE = Pattern.compile("^\\s*\\(([^()]{0,40}?\\d{4}[^()]{0,10})\\)");
  private static final Pattern LIST_JOIN = Pattern.compile("(?:;\\s*|,\\s*(?:and\\s+)?|\\s+and\\s+)(?:an?\\s+|the\\s+)?$");
  private final Rules rules = Rules.get();
  private final Pattern instrument;

  AgreementReader() {
    List<String> words = rules.list("agreements", "instrument");
    // case-sensitive on purpose: "an Agreement on ..." is a title, "a free trade agreement" is not
    instrument = Pattern.compile("(?<![\\w-])(?:(?:[A-Z][\\w-]*\\s+){0,4})(?:" + String.join("|", words) + ")(?![\\w-])");
  }

  @Override
  public void read(SentenceView s, Reading r) {
    if (s.namesThirdCountry() && !s.namesBoth()) return;
    List<int[]> starts = new ArrayList<>();
    Matcher m = instrument.matcher(s.text);
    while (m.find()) {
      int start = titleStart(s.text, m.start());
      if (!starts.isEmpty() && start < starts.get(starts.size() - 1)[1]) continue;
      starts.add(new int[] {start, m.end()});
    }
    List<int[]> titles = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i)[0];
      int limit = i + 1 < starts.size() ? starts.get(i + 1)[0] : s.text.length();
      int end = titleEnd(s.text, starts.get(i)[1], limit);
      titles.add(new int[] {start, end});
    }
    for (int i = 0; i < titles.size(); i++) {
      int start = titles.get(i)[0], end = titles.get(i)[1];
      String title = s.text.substring(start, end).trim().replaceAll("[\\s,;:.]+$", "");
      if (title.split("\\s+").length < 2 && !title.matches("(?i)mou")) continue;
      int[] clause = s.clauseAt(start);
      String context = s.text.substring(clause[0], start) + " " + title + " " + s.text.substring(end, Math.min(clause[1], end + 40));
      if (rules.phrases("agreements", "not_signed").matcher(context).find()) continue;
      PartialDate date = null;
      Matcher p = PAREN_DATE.matcher(s.text.substring(end));
      if (p.find()) {
        List<DateMention> d = Dates.find(p.group(1), 0, s.anchor);
        if (!d.isEmpty()) date = d.get(0).date();
      } else if (titles.size() == 1) {
        date = s.dateFor(end);
      }
      r.add(new Agreement(title, date, List.of(s.source())));
    }
  }

  /** "Treaty", "Framework Agreement", "the Agreement": capitalised words just before belong to the title. */
  private static int titleStart(String text, int start) {
    String head = text.substring(start);
    Matcher lead = Pattern.compile("^(?:(?:The|An?|This)\\s+)").matcher(head);
    return lead.find() ? start + lead.end() : start;
  }

  private int titleEnd(String text, int from, int limit) {
    String rest = text.substring(from, limit);
    int end = rest.length();
    Matcher paren = Pattern.compile("\\s*\\(").matcher(rest);
    if (paren.find()) end = Math.min(end, paren.start());
    // title_end phrases start with white space, so the word-edge guard of phrases() must not apply
    Matcher plain = Pattern.compile(String.join("|", rules.list("agreements", "title_end"))).matcher(rest);
    if (plain.find()) end = Math.min(end, plain.start());
    Matcher semi = Pattern.compile(";|\\.(?:\\s|$)").matcher(rest);
    if (semi.find()) end = Math.min(end, semi.start());
    String t = rest.substring(0, end);
    Matcher join = LIST_JOIN.matcher(t);
    if (join.find()) end = join.start();
    return from + end;
  }
}
