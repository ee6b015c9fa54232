package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.Mention;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Visit;

/**
 * Visits, from prose ("Pakistani President Pervez Musharraf paid an official visit to Mexico"); lists
 * and tables of visits are read by {@link VisitLists}. A visit needs a named person with an office, a
 * destination in the pair, and a visitor from the other member; plans and invitations are not visits.
 */
final class VisitReader implements FactReader {
  private static final Pattern PRONOUN = Pattern.compile("(?i)he|she");
  private static final Pattern RELATIVE = Pattern.compile(",?\\s+who(?:\\s+(?:had|has|then|later|also|first))*\\s*$");
  /** "During Musharraf's next": a possessive before the verb, not "Pakistan's President Omar Qadir". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s)(?:\\s+\\p{Ll}\\w*){0,3}\\s*$");
  /** "During Musharraf's next visit": a preposition opening the sentence is not part of a name. */
  private static final Pattern LEADING = Pattern.compile("^(?:During|After|Before|Following|Since|Under|When|While|As|At|On|In|With)\\s+");
  /** "X had visited", "X later also visited": words between the visitor and the verb. */
  private static final Pattern ADVERBS = Pattern.compile("(?:\\s+(?:first|later|then|also|again|subsequently|finally|eventually|once|twice|himself|herself|personally|briefly|had|has|have|already|previously|still|even|soon))+\\s*$");
  private static final Pattern OFFICE_OF_COUNTRY = Pattern.compile(
      "(?:the\\s+|then\\s+)*(?:(\\p{Lu}[\\p{L} ]*?)(?:'s|’s)\\s+|(\\p{Lu}\\p{L}+)\\s+)(?:then\\s+)?(\\p{L}+(?:[\\s-]\\p{L}+){0,5})");
  private static final Pattern WITH_HOST = Lead.compileExact("\\bwith\\s+(?:his\\s+|her\\s+|their\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]+)");

  /** The country of the host named "with" in the clause of a weak verb, when the text has placed him in the destination's country. */
  private String hostCountry(SentenceView s, Reading r, Trigger t) {
    String to = destination(s, t.end);
    int[] clause = s.clauseAt(t.start);
    Matcher w = WITH_HOST.matcher(s.text);
    w.region(t.start, clause[1]);
    if (to == null) {
      // "held talks in Rome with …": the place is inside the trigger
      Matcher in = IN_ANY.matcher(s.text);
      in.region(t.start, clause[1]);
      if (in.find()) to = destination(s, in.end());
    }
    if (to == null || !s.pair.contains(to) || !w.find()) return null;
    Persons.Person p = Persons.before(w.group(1));
    if (p == null || p.name().isBlank()) return null;
    Persons.Person host = p.country() != null ? p : r.people.lookupWithCountry(p.name());
    return host != null && to.equals(host.country()) ? to : null;
  }

  // ("travelled to Buenos Aires, and on 2 August 1991 he and President Menem signed …": the same stay)
  private static final Pattern WHERE_THEN = Pattern.compile("^[^,;.]{0,40},\\s+(?:where\\b|and\\s+(?:on|in)\\s+[^,;.]{4,30}?\\s+(?:he|she|they)\\b)");
  private static final Pattern ARRIVING_AFTER = Pattern.compile("[^;.]{0,100}?,\\s+(?:arriving|landing)\\s+(?:in|at)\\s+[^,;.]{2,40}?\\s+(?=(?:on|in)\\s)");
  private static final Pattern THEN_OFFICE = Pattern.compile("(?:by\\s+then|then|now|by\\s+now|already)\\s+(?:the\\s+)?(\\p{Ll}[\\p{L} -]{2,40})");
  private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s+(?:who|which|whose)\\b[^,;]*,\\s*$");
  /** The demonym inside an office told in lower case: "chairman of the Libyan Presidential Council". */
  private static final Pattern OFFICE_DEMONYM = Pattern.compile("\\bthe\\s+(\\p{Lu}\\p{L}+)\\s+(?=\\p{Lu})");
  private static final Pattern APPOSITIVE = Pattern.compile("(.+?),\\s*([^,]+),\\s*$");
  private static final Pattern OFFICE_OF_MEMBER = Pattern.compile("(.+)\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");
  private static final Pattern AS_HELD = Pattern.compile("as\\s+(?:the\\s+)?(\\p{L}[\\p{L} -]{2,60})");
  private final Rules rules = Rules.get();

  @Override
  public void read(SentenceView s, Reading r) {
    sentence = s.index;
    int before = r.facts.size();
    readSentence(s, r);
    for (int i = before; i < r.facts.size(); i++) told.putIfAbsent(r.facts.get(i), new int[] {s.index, -1});
  }

  /*
   * Where each visit was told, as {sentence, position of its verb in it (-1: not known)}: "returned the
   * visit" answers only a visit told in this sentence or the one before, and "X followed" only one
   * told before it.
   */
  private final java.util.Map<Object, int[]> told = new java.util.IdentityHashMap<>();
  private int sentence;

  private static boolean formerHolder(String lead, String name) {
    int at = lead.lastIndexOf(name.substring(name.lastIndexOf(' ') + 1));
    return at > 0 && FORMER_BEFORE.matcher(lead.substring(Math.max(0, at - 60), at)).find();
  }

  private static final Pattern OFTEN_AFTER = Pattern.compile("\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?\\s+(?:frequently|often|regularly|repeatedly)\\s*(?:[.;]|$|,\\s+(?:and|but|while|whereas)\\b)");
  private static final Pattern FORMER_BEFORE = Pattern.compile("\\b(?:[Ff]ormer|[Ee]x-|[Ee]rstwhile|[Rr]etired)\\s*(?:[\\p{Lu}][\\p{L}-]*\\s+){1,6}$");

  /** The last visit read, if it was told in this sentence or the one before; an older one is no antecedent. */
  private Visit recentVisit(SentenceView s, Reading r) {
    Visit last = lastVisit(r);
    if (last == null) return null;
    int[] at = told.get(last); // null: told in the sentence at hand, its verb not yet known
    return at == null || at[0] >= s.index - 1 ? last : null;
  }

  private void readSentence(SentenceView s, Reading r) {
    if (pending != null && s.index == pending.at() + 1) madeNext(s, r);
    String[] direction = VisitLists.direction(s);
    // ("- Prime Minister X: 27-29 Dec 2018. Five months later he returned …": a list entry's later sentence is prose)
    if (direction != null && !s.continuesItem()) {
      VisitLists.entry(s, r, direction);
      return;
    }
    if (VisitLists.briefEntry(s, r) || VisitLists.visitsListEntry(s, r) || VisitLists.datedLine(s, r)) return;
    prose(s, r);
    visitOf(s, r);
    if (s.lower().contains("visitors")) visitorsIncluded(s, r);
    if (s.text.indexOf(':') > 0 && s.lower().contains(" to ")) inlineList(s, r);
    if (s.lower().contains("followed") || s.lower().contains("the same") || s.lower().contains("the custom")) followed(s, r);
    if (s.lower().contains("signed")) signedIn(s, r);
  }

  private static final Pattern POSSESSIVE_COUNTRY = Pattern.compile("(\\p{Lu}[\\p{L} ]{1,30}?)(?:'s|’s)\\s+");
  private static final Pattern SIGNED_BY = Pattern.compile("\\bby\\s+(?=(?:the\\s+)?\\p{Lu})");
  private static final Pattern COUNTERPART = Pattern.compile("\\bwith\\s+(?:his|her|their)\\s+(\\p{Lu}\\p{L}+)\\s+counterparts?\\b");
  private static final Pattern SIGNED_IN = Pattern.compile("\\bsigned\\b[^.;]{0,120}?\\s(?:in|at)\\s+(?=\\p{Lu})");

  /**
   * "Pakistani Prime Minister X and Mexican President Y signed the treaty in Mexico City on …": a
   * signatory whose country the text gives, signing in the other member's city, was there.
   */
  private void signedIn(SentenceView s, Reading r) {
    Matcher m = SIGNED_IN.matcher(s.text);
    if (!m.find()) return;
    String to = destination(s, m.end());
    if (to == null || !s.pair.contains(to)) return;
    int[] clause = s.clauseAt(m.start());
    String subject = s.text.substring(clause[0], m.start());
    for (DateMention d : s.dates) if (d.end() <= m.start() && d.start() >= clause[0]) subject = s.text.substring(d.end(), m.start());
    PartialDate date = s.dateFor(m.end());
    // "signed a Joint Declaration with his Cuban counterpart in Havana": the signer is the other's
    Matcher counterpart = COUNTERPART.matcher(m.group());
    String notOf = counterpart.find() ? Gazetteer.get().country(counterpart.group(1)).map(c -> c.iso3()).orElse(null) : null;
    String counterpartSide = notOf != null && s.pair.contains(notOf) ? s.pair.other(notOf) : null;
    // "… was signed in Kampala on 26 May 2017 by Tanzania's energy minister X and his Ugandan counterpart Y": the signers after "by"
    Matcher by = SIGNED_BY.matcher(s.text).region(m.end(), s.clauseAt(m.end())[1]);
    if (Regex.find(s.text.substring(Math.max(0, m.start() - 12), m.start()), "\\b(?:was|were)\\s+$") && by.find()) {
      String signers = s.text.substring(by.end());
      Matcher stop = Regex.of("[,;.](?:\\s|$)").matcher(signers);
      if (stop.find()) signers = signers.substring(0, stop.start());
      subject = Regex.replaceAll(signers, "\\b(?:his|her|their)\\s+", "");
    }
    for (String part : Regex.split(subject.trim(), ",\\s+and\\s+|\\s+and\\s+|,\\s+")) {
      String words = Regex.replaceFirst(part.trim(), "^(?:the|and)\\s+", "");
      // "Tanzania's energy minister Sospeter Muhongo": the possessive says whose, whatever the office's case
      String whose = null;
      Matcher possessive = POSSESSIVE_COUNTRY.matcher(words);
      if (possessive.lookingAt()) {
        whose = Gazetteer.get().country(possessive.group(1)).map(c -> c.iso3()).orElse(null);
        if (whose != null) words = words.substring(possessive.end());
      }
      Persons.Person p = Persons.before(words);
      if (p == null || p.name().isBlank()) continue;
      // ("energy minister Sospeter Muhongo": an office in lower case after a possessive is still one)
      if (whose != null && p.office() == null && words.endsWith(p.name())) {
        String before = words.substring(0, words.length() - p.name().length()).trim();
        if (!before.isEmpty() && Persons.looksLikeOffice(capitalise(before))) p = new Persons.Person(p.country(), before, p.name());
      }
      Persons.Person known = r.people.lookupWithCountry(p.name());
      String from = whose != null ? whose : p.country() != null ? p.country() : known != null ? known.country() : counterpartSide;
      String office = p.office() != null ? p.office() : known != null ? known.office() : null;
      if (from == null || office == null || from.equals(to) || !s.pair.contains(from)) continue;
      r.add(new Visit(from, to, known != null && known.name().length() > p.name().length() ? known.name() : p.name(), office, date, List.of(s.source())));
    }
  }

  private static final Pattern FOLLOWED = Pattern.compile(
      "\\b(?:followed(?:\\s+suit)?|did\\s+the\\s+same|kept\\s+(?:up\\s+)?the\\s+(?:custom|tradition))(?=\\s+(?:in|on)\\s|\\s*[.,;]|$)");
  private static final Pattern FIRST_TO_COME = Pattern.compile("\\bfirst\\s+(\\p{Lu}\\p{L}+)\\s+(?:[\\p{L}-]+\\s+){1,4}?to\\s+(?:come|go|travel|visit)(?:\\s+to)?(?=\\s+\\p{Lu})");
  private static final Pattern TRIP_IN_SENTENCE = Pattern.compile("\\b(?:travell?ed|went|came|flew)\\s+(?=to\\s+(?:the\\s+)?\\p{Lu})");
  private static final Pattern TRAVEL_BEFORE = Pattern.compile("\\b(?:went|visited|came|travell?ed|flew|paid|made|arrived|attended)\\b");
  private static final Pattern SUCCESSOR = Pattern.compile("^(?:and\\s+)?(?:(?:his|her|their)\\s+)?successor,?\\s+", Pattern.CASE_INSENSITIVE);

  /**
   * "President Mitterrand followed in November 1981", "his successor Zapatero did the same in April
   * 2004": a visitor who went where the last visit told went, from the same side. A successor holds
   * the office of the one he followed; anyone else needs an office of his own.
   */
  private void followed(SentenceView s, Reading r) {
    Matcher m = FOLLOWED.matcher(s.text);
    while (m.find()) {
      String before = s.text.substring(s.clauseAt(m.start())[0], m.start());
      int cut = Math.max(Math.max(before.lastIndexOf(", "), before.lastIndexOf(": ")), before.lastIndexOf("; "));
      String subject = (cut < 0 ? before : before.substring(cut + 2)).trim();
      // "President Jiang Zemin, the first Chinese head of state to come to India, followed": the name before the aside
      Matcher aside = APPOSITIVE.matcher(before);
      String asideFrom = null, asideTo = null;
      if (subject.isEmpty() && aside.matches()) {
        String head = aside.group(1);
        int c = Math.max(Math.max(head.lastIndexOf(", "), head.lastIndexOf(": ")), head.lastIndexOf("; "));
        subject = (c < 0 ? head : head.substring(c + 2)).trim();
        // ("the first Chinese head of state to come to India": the aside says from where and to where)
        Matcher first = FIRST_TO_COME.matcher(aside.group(2));
        if (first.find()) {
          asideFrom = Gazetteer.get().country(first.group(1)).map(x -> x.iso3()).orElse(null);
          asideTo = destination(s, s.clauseAt(m.start())[0] + aside.start(2) + first.end());
        }
      }
      Matcher succ = SUCCESSOR.matcher(subject);
      boolean successor = succ.find();
      if (successor) subject = subject.substring(succ.end());
      subject = Regex.replaceFirst(subject, "^and\\s+", "");
      Persons.Person p = Persons.before(subject);
      Visit last = lastVisitBefore(r, m.start());
      // "A delegation of Egyptian public figures travelled to Ethiopia that spring, and Prime Minister Essam Sharaf
      // followed in May 2011": a trip told earlier in the sentence with no one named is where he followed
      if (p != null && p.office() != null && !p.name().isBlank() && (last == null || told.get(last) != null && told.get(last)[0] < s.index)) {
        Matcher trip = TRIP_IN_SENTENCE.matcher(s.text).region(0, m.start());
        String to = null;
        while (trip.find()) to = destination(s, trip.end());
        if (to != null && s.pair.contains(to)) {
          Persons.Person known = r.people.lookupWithCountry(p.name());
          String from = p.country() != null ? p.country() : known != null ? known.country() : s.pair.other(to);
          PartialDate date = s.ownDate(m.end());
          if (date != null && s.pair.contains(from) && !from.equals(to)) {
            r.add(new Visit(from, to, p.name(), p.office(), date, List.of(s.source())));
            continue;
          }
        }
      }
      // a visit told further back is no antecedent: "X followed in early 2023" after a trip this reading missed
      // (a visit merged into one read long before keeps its first place: a verb of travel earlier in this sentence counts too)
      int[] toldAt = last == null ? null : told.get(last);
      if (toldAt != null && toldAt[0] < s.index - 1 && !TRAVEL_BEFORE.matcher(s.text.substring(0, m.start())).find()) continue;
      if (p == null || p.name().isBlank() || last == null || last.person().endsWith(p.name())) continue;
      // the whole subject must be the name: "the crisis followed" names no one
      if (!Regex.matches(subject, "(?:\\p{Lu}[\\p{L}.'’-]*\\s*)+") && p.office() == null) continue;
      Persons.Person known = r.people.lookupWithCountry(p.name());
      String office = p.office() != null ? p.office() : known != null ? known.office() : successor ? last.office() : null;
      if (asideFrom != null && asideTo != null && s.pair.contains(asideFrom) && s.pair.contains(asideTo) && !asideFrom.equals(asideTo)) {
        PartialDate date = s.ownDate(m.end());
        if (office != null && date != null) r.add(new Visit(asideFrom, asideTo, p.name(), office, date, List.of(s.source())));
        continue;
      }
      String from = p.country() != null ? p.country() : known != null ? known.country() : last.from();
      if (office == null || !from.equals(last.from())) continue;
      PartialDate date = s.ownDate(m.end());
      if (date == null) continue;
      r.add(new Visit(last.from(), last.to(), p.name(), office, date, List.of(s.source())));
    }
  }

  /** "the state visit of Indian President Pratibha Patil to Mexico in 2008": the visitor between "of" and "to". */
  private static final Pattern VISIT_OF = Lead.compileExact(
      "\\b(?:state\\s+|official\\s+|working\\s+|first\\s+|historic\\s+)*visit\\s+(?:of|by)\\s+(?:the\\s+)?(\\p{Lu}[^,;.()]{2,80}?)\\s+(?=to\\s+(?:the\\s+)?\\p{Lu})");

  /** "during a visit to Jakarta by Prime Minister X": the place, then the visitor after "by". */
  private static final Pattern VISIT_TO_BY = Lead.compileExact(
      "\\b(?:state\\s+|official\\s+|working\\s+|first\\s+|historic\\s+)*visit\\s+to\\s+(?:the\\s+)?\\p{Lu}[^,;.()]{1,40}?\\s+by\\s+(?:the\\s+)?(\\p{Lu}[^,;.()]{2,80}?)(?=\\s*[,;.(]|\\s+(?:on|in|at|from|during|and|was|were|planned|scheduled|set|due|expected|first)\\b|$)");

  /** "During a visit to Tokyo on 13 March 2007, Prime Minister X signed …": the visitor is the subject after the comma. */
  private static final Pattern VISIT_TO_THEN_SUBJECT = Lead.compileExact(
      "\\b(?:[Dd]uring|[Oo]n|[Ww]hile\\s+on)\\s+(?:an?|his|her|their|the)\\s+(?:(?:state|official|working|first|historic|brief|two-day|three-day|four-day)\\s+)*(?:visit|trip)\\s+to\\s+(?:the\\s+)?\\p{Lu}[^,;.()]{1,60}?,\\s+"
          // ("…, he and Prime Minister Hosokawa signed …": the person the sentence before was about)
          + "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,7}?\\p{Lu}[\\p{L}.'’-]*|he|she)(?=\\s+\\p{Ll})");

  private static final Pattern RESIDENT_OFFICE = Pattern.compile("(?i)\\b(?:ambassador|envoy|consul|charg[ée]|high\\s+commissioner|attach[ée])");
  private static final Pattern SUBJECT_IN_PLACE_FOR = Lead.compileExact(
      "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,7}?\\p{Lu}[\\p{L}.'’-]*(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?),\\s+(?:then\\s+|already\\s+)?in\\s+(?=(?:the\\s+)?\\p{Lu}[^,;.()]{1,40}?(?:\\s+for\\s+[^,;.]{3,80})?,\\s+\\p{Ll})");

  /** "President X, on a state visit to Islamabad in March 2007, signed …": the visitor before the aside. */
  private static final Pattern SUBJECT_ON_VISIT = Lead.compileExact(
      "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,7}?\\p{Lu}[\\p{L}.'’-]*),\\s+(?:then\\s+|at\\s+the\\s+time\\s+)?(?:on|during|while\\s+on)\\s+(?:an?|his|her|their)\\s+(?:(?:state|official|working|first|historic|brief|two-day|three-day|four-day)\\s+)*(?:visit|trip)\\s+to\\s+(?=(?:the\\s+)?\\p{Lu})");

  /** "Attending the AU summit in Addis Ababa in February 2024, Hassan Sheikh said …": the subject after the comma was there. */
  private static final Pattern ATTENDING_THEN_SUBJECT = Lead.compileExact(
      "(?:^|(?<=[.;]\\s))(?:While\\s+)?(?:[Aa]ttending|[Vv]isiting)\\s+([^,;]{1,80}?)(?:\\s+(?:on|in)\\s+[^,;]{4,20}?)?,\\s+"
          + "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,7}?\\p{Lu}[\\p{L}.'’-]*)(?=\\s+\\p{Ll})");

  private void visitOf(SentenceView s, Reading r) {
    // the patterns run only where their words are: most sentences hold neither
    if (s.lower().contains("attending") || s.lower().contains("visiting")) {
      Matcher m = ATTENDING_THEN_SUBJECT.matcher(s.text);
      while (m.find()) {
        // the place: the words after "Visiting", or after the last "in" of what was attended
        String what = m.group(1);
        int in = what.lastIndexOf(" in ");
        int placeAt = m.start(1) + (Regex.find(m.group(), "^(?:While\\s+)?[Vv]isiting") ? 0 : in < 0 ? -1 : in + 4);
        if (placeAt < m.start(1)) continue;
        nounVisit(s, r, m, placeAt, 2, true);
      }
    }
    if (s.lower().contains("visit to") || s.lower().contains("trip to")) {
      Matcher m = VISIT_TO_THEN_SUBJECT.matcher(s.text);
      while (m.find()) nounVisit(s, r, m, s.text.indexOf(" to ", m.start()) + 4, 1, true);
      m = SUBJECT_ON_VISIT.matcher(s.text);
      while (m.find()) nounVisit(s, r, m, m.end(), 1, true);
    }
    // "President Islam Karimov, in Dushanbe for a regional summit, signed …": an aside that places the subject there
    if (s.text.contains(", in ")) {
      Matcher m = SUBJECT_IN_PLACE_FOR.matcher(s.text);
      // (not an envoy, who lives there: "Ambassador X, in Islamabad, said …")
      while (m.find()) if (!RESIDENT_OFFICE.matcher(m.group(1)).find()) nounVisit(s, r, m, m.end(), 1, true);
    }
    if (s.lower().contains("visit") && s.lower().contains(" by ")) {
      Matcher m = VISIT_TO_BY.matcher(s.text);
      while (m.find()) nounVisit(s, r, m, m.start() + m.group().indexOf(" to ") + 3);
    }
    if (s.lower().contains("visit of") || s.lower().contains("visit by")) {
      Matcher m = VISIT_OF.matcher(s.text);
      while (m.find()) nounVisit(s, r, m, m.end());
    }
  }

  /**
   * "Later visitors included President Jiang Zemin (July 1999), President Hu Jintao (June 2003) and
   * Premier Wen Jiabao (June 2010)": each a visit, to the place named ("visitors to Mongolia"), or
   * else the way the visit told just before went.
   */
  private void visitorsIncluded(SentenceView s, Reading r) {
    Matcher m = VISITORS_INCLUDED.matcher(s.text);
    if (!m.find()) return;
    String from = null, to = null;
    if (m.group(1) != null) {
      to = destination(s, m.start(1));
      if (to != null && s.pair.contains(to)) from = s.pair.other(to);
    } else {
      Visit last = recentVisit(s, r);
      if (last != null) {
        from = last.from();
        to = last.to();
      }
    }
    if (from == null || to == null || !s.pair.contains(to)) return;
    listedVisits(s, r, from, to, m.end());
  }

  /** The entries "Office Name (dates)" from {@code at} on, each a visit for each of its dates. */
  private static void listedVisits(SentenceView s, Reading r, String from, String to, int at) {
    Matcher item = INCLUDED_ITEM.matcher(s.text);
    item.region(at, s.text.length());
    while (item.find()) {
      Persons.Person p = Persons.before(item.group(1).trim());
      if (p == null || p.office() == null || p.name().isBlank()) continue;
      if (p.country() != null && !p.country().equals(from)) continue;
      for (DateMention d : Dates.find(item.group(2), 0, s.anchor)) {
        if (d.date() != null) r.add(new Visit(from, to, p.name(), p.office(), d.date(), List.of(s.source())));
      }
    }
  }

  /**
   * A list told on one line after its own caption: "From Ecuador to the United States: President Galo
   * Plaza (1951); President Lucio Gutiérrez (2003)". The caption gives the direction, each entry its dates.
   */
  private void inlineList(SentenceView s, Reading r) {
    Matcher m = INLINE_CAPTION.matcher(s.text);
    if (!m.lookingAt()) return;
    String from = s.country(m.group(1).trim()).map(c -> c.iso3()).orElse(null);
    String to = s.country(m.group(2).trim()).map(c -> c.iso3()).orElse(null);
    if (from == null || to == null || from.equals(to) || !s.pair.contains(from) || !s.pair.contains(to)) return;
    listedVisits(s, r, from, to, m.end());
  }

  private static final Pattern INLINE_CAPTION = Pattern.compile(
      "\\s*(?:[-*•]\\s*)?(?:(?:high-level\\s+|official\\s+)?visits?\\s+)?(?i:from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]{1,40}?)\\s+to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]{1,40}?)\\s*:\\s*");

  private static final Pattern VISITORS_INCLUDED = Pattern.compile(
      "\\b(?:[Ll]ater|[Oo]ther|[Ss]ubsequent|[Rr]ecent|[Ff]urther|[Hh]igh-level)?\\s*[Vv]isitors(?:\\s+to\\s+(\\p{Lu}[\\p{L} ]{1,30}?))?\\s+(?:have\\s+)?includ(?:ed|e)\\s+");
  private static final Pattern INCLUDED_ITEM = Pattern.compile(
      "(?:^|\\G|[,;]\\s*|\\s+and\\s+)((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,7}?\\p{Lu}[\\p{L}.'’-]*)\\s*\\(([^()]*\\d{4}[^()]*)\\)");

  /** A visit told as a noun: the visitor is the match's group 1, the destination is named at {@code placeAt}. */
  private void nounVisit(SentenceView s, Reading r, Matcher m, int placeAt) {
    nounVisit(s, r, m, placeAt, 1, false);
  }

  /**
   * As above, the visitor in group {@code visitor}. A visit told as an aside ("X, then on a visit to
   * Tripoli, announced that the two would merge") is a plan only if the aside says so.
   */
  private void nounVisit(SentenceView s, Reading r, Matcher m, int placeAt, int visitor, boolean aside) {
    int[] clause = s.clauseAt(m.start());
    // (the aside and the verb right after it: "During a visit to Lahore, President Fox will open …" is a plan)
    String said = aside ? s.text.substring(m.start(), Math.min(s.text.length(), m.end() + 20)) : s.text.substring(clause[0], clause[1]);
    if (rules.foundIn("visits", "not_happened", said)) return;
    boolean plan = rules.foundIn("visits", "not_visit", said);
    Persons.Person p = PRONOUN.matcher(m.group(visitor)).matches() ? r.people.lastBefore(s.index) : Persons.before(m.group(visitor));
    // "a visit to Buenos Aires by the Minister of State for the Americas, Sir Alan Duncan,": the name in apposition
    if (p == null || p.name().isBlank() || Persons.looksLikeOffice(m.group(visitor))) {
      Matcher named = APPOSED_NAME.matcher(s.text).region(m.end(), s.text.length());
      if (named.lookingAt()) {
        Persons.Person whole = Persons.before(m.group(visitor).trim() + named.group(1) + " " + named.group(2));
        // (the name must be the apposition's: "President X to MX, Monterrey" has its name, and a place after it)
        if (whole != null && whole.office() != null && !whole.name().isBlank() && named.group(2).endsWith(whole.name())) p = whole;
      }
    }
    // "a visit by Sarney to Buenos Aires": a name alone, whose office the text gave before
    if (p != null && p.office() == null && !p.name().isBlank()) {
      Persons.Person known = r.people.lookup(p.name());
      if (known != null && known.office() != null) p = known;
    }
    if (p == null || p.office() == null || p.name().isBlank()) return;
    Persons.Person who = withKnownCountry(r, p);
    String to = destination(s, placeAt);
    if (to == null || !s.pair.contains(to)) return;
    String from = who.country() != null ? who.country() : s.pair.other(to);
    if (from == null || from.equals(to) || !s.pair.contains(from)) return;
    if (plan) {
      plannedThenMade(s, r, new Visit(from, to, who.name(), who.office(), null, List.of(s.source())), m.end());
      return;
    }
    PartialDate date = s.dateFor(m.end());
    // "- August 1954: President Perón, in Asunción, handed back trophies captured in 1865": the aside is dated before it
    if (m.pattern() == SUBJECT_IN_PLACE_FOR && s.lastDateBefore(m.start()) != null) date = s.lastDateBefore(m.start());
    PartialDate made = madeLater(s, m.end());
    if (made != null) date = made;
    // "During a visit to Ulaanbaatar by Premier Li Peng, the treaty was signed on 29 April 1994": the
    // date of what was done during the visit
    if (date == null && DURING.matcher(s.text.substring(0, m.start())).find()) date = s.firstDateAfter(m.end());
    r.add(new Visit(from, to, who.name(), who.office(), date, List.of(s.source())));
  }

  private static final Pattern APPOSED_NAME = Pattern.compile(
      "([^,;.()]{0,60}?)\\s*,\\s+((?:(?:Sir|Dame|Lord|Dr\\.?)\\s+)?\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})\\s*(?=[,;.]|\\s+(?:and|who)\\b)");
  private static final Pattern DURING = Pattern.compile("(?i)\\bduring\\s+(?:an?|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}$");

  /** Notes the people a sentence names with their office, and those listed under a visits caption. */
  static void notePeople(SentenceView s, Reading r) {
    String[] direction = VisitLists.direction(s);
    if (direction != null) {
      Persons.Person who = Persons.entry(VisitLists.listEntry(s.text).who());
      if (who != null && !who.name().isBlank()) r.people.add(new Persons.Person(direction[0], who.office(), who.name()), s.index);
      return;
    }
    r.people.scan(s.text, s.index);
  }

  /**
   * A round of talks held in one country, "co-chaired by" or "with" named people: those whose
   * country the text has given (a demonym, a list of visits) and who came from the other country
   * were visitors. Hosts and people of unknown nationality are left out.
   */
  private void participants(SentenceView s, Reading r) {
    if (!Regex.matcher(MEETING_HELD, s.text, s.lower()).find()) return;
    Matcher in = Regex.of("\\b(?:held|met|took\\s+place|convened)\\s+(?:[^,;.]{0,30}?\\s+)?in\\s+(?=\\p{Lu})").matcher(s.text);
    if (!in.find()) return;
    List<Places.Place> places = Places.listAt(s.text, in.end());
    if (places.isEmpty()) return;
    Places.Place place = places.get(0);
    String host = place.country() != null ? place.country() : Places.countryOf(place.name(), s.pair.a(), s.pair.b());
    if (host == null || !s.pair.contains(host)) return;
    Matcher cue = PARTICIPANT_CUE.matcher(s.text);
    while (cue.find()) {
      String delegation = cue.group(1);
      String rest = s.text.substring(cue.end());
      Matcher stop = Regex.of(";|\\.(?:\\s|$)|,\\s+(?:when|where|which|who|and\\s+the\\s+two)\\b|\\s+(?:leading|heading|signed|met|held)\\b").matcher(rest);
      String list = stop.find() ? rest.substring(0, stop.start()) : rest;
      // "…, with Prime Minister António Costa leading the Portuguese delegation": the side after the name
      Matcher leading = LEADING_DELEGATION.matcher(rest.substring(list.length()));
      if (delegation == null && leading.lookingAt()) delegation = leading.group(1);
      for (String part : Regex.split(list, ",\\s+and\\s+|\\s+and\\s+(?=(?:the|a|an)\\s|\\p{Lu}\\p{L}*\\s+\\p{Lu})")) {
        Persons.Person p = Persons.entry(part.trim());
        if (p == null || p.name().isBlank()) continue;
        String country = delegation != null ? org.bilateral.gazetteer.Gazetteer.get().country(delegation).map(c -> c.iso3()).orElse(null) : null;
        Persons.Person known = r.people.lookupWithCountry(p.name());
        if (country == null && known != null) country = known.country();
        if (country == null || country.equals(host) || !s.pair.contains(country)) continue;
        String office = p.office() != null ? p.office() : known != null ? known.office() : null;
        if (office == null) continue;
        r.add(new Visit(country, host, known != null && known.name().length() > p.name().length() ? known.name() : p.name(),
            office, s.dateFor(in.end()), List.of(s.source())));
      }
    }
  }

  private static final Pattern LED_SIDE = Lead.compileExact("\\s+(?:led|headed)\\s+the\\s+(\\p{Lu}\\p{L}+)\\s+(?:delegation|side)\\b");
  private static final Pattern SUBJECT_START = Pattern.compile("(?:[,:;]\\s+|\\b(?:when|where|and|as)\\s+)(?=[^,:;]*$)");

  /**
   * "Its seventh meeting took place in Tirana on 17 July 2019: Deputy Minister X led the Italian delegation",
   * "Prime Minister Manuel Valls led the French side at the third in Algiers": a round held in one member's
   * city, where someone led the other member's side, was a visit of his. The place is the one named
   * after the words ("at the third in Algiers"), else the nearest before them.
   */
  private void ledSide(SentenceView s, Reading r) {
    Matcher led = LED_SIDE.matcher(s.text);
    while (led.find()) {
      String side = Gazetteer.get().country(led.group(1)).map(c -> c.iso3()).orElse(null);
      if (side == null || !s.pair.contains(side)) continue;
      int[] clause = s.clauseAt(led.start());
      Matcher in = IN_ANY.matcher(s.text).region(led.end(), clause[1]);
      List<Places.Place> places = in.find() ? Places.listAt(s.text, in.end()) : List.of();
      int placeAt = places.isEmpty() ? -1 : in.end();
      if (places.isEmpty()) {
        Matcher before = IN_ANY.matcher(s.text).region(0, led.start());
        while (before.find()) {
          List<Places.Place> found = Places.listAt(s.text, before.end());
          if (!found.isEmpty()) { places = found; placeAt = before.end(); }
        }
      }
      if (places.isEmpty()) continue;
      Places.Place place = places.get(0);
      String host = place.country() != null ? place.country() : Places.countryOf(place.name(), s.pair.a(), s.pair.b());
      if (host == null || host.equals(side) || !s.pair.contains(host)) continue;
      String subject = s.text.substring(0, led.start());
      Matcher cut = SUBJECT_START.matcher(subject);
      if (cut.find()) subject = subject.substring(cut.end());
      Persons.Person p = Persons.before(subject.trim());
      if (p == null || p.name().isBlank()) continue;
      Persons.Person known = r.people.lookupWithCountry(p.name());
      String office = p.office() != null ? p.office() : known != null ? known.office() : null;
      if (office == null) continue;
      // the date of the place named after the words, else of what follows them, else of the place before
      PartialDate date = s.dateFor(Math.max(placeAt, led.end()));
      if (date == null && placeAt < led.end()) date = s.dateFor(placeAt);
      r.add(new Visit(side, host, known != null && known.name().length() > p.name().length() ? known.name() : p.name(),
          office, date, List.of(s.source())));
    }
  }

  private static final Pattern LEADING_DELEGATION = Pattern.compile("\\s+(?:leading|heading)\\s+the\\s+(\\p{Lu}\\p{L}+)\\s+(?:delegation|side)\\b");
  private static final Pattern MEETING_HELD = Lead.compileExact("(?i)\\b(?:session|round|meeting|consultations|talks|JCC|commission|committee|council|dialogue)\\b");
  private static final Pattern PARTICIPANT_CUE = Lead.compileExact(
      "(?:the\\s+(\\p{Lu}\\p{L}+)\\s+(?:delegation|side)\\s+(?:was\\s+)?(?:headed|led)\\s+by|co-chaired\\s+by|chaired\\s+by|,\\s+with)\\s+");

  /** The last visit read as a plan, and the sentence that told it. */
  private record Plan(Visit visit, int at) {}

  private Plan pending;

  /**
   * A visit first planned and then made. The plan is no visit; what tells that it took place dates it, in
   * the same sentence ("…, planned for 22 October 2014, was postponed and took place on 10 November
   * 2014") or the next ("The visit finally took place on …", "Rama finally arrived on …"). A plan never
   * said to have happened stays out of the record.
   */
  private void plannedThenMade(SentenceView s, Reading r, Visit planned, int end) {
    PartialDate made = madeLater(s, end);
    if (made != null) r.add(planned.dated(made, planned.sources()));
    else pending = new Plan(planned, s.index);
  }

  /**
   * "…, was put off by the election and took place from 12 to 14 July 2017": the date after the words
   * saying the visit told before {@code end} took place, when the words between say it was planned or put
   * off and name no other visit.
   */
  private PartialDate madeLater(SentenceView s, int end) {
    if (!s.lower().contains("took place") && !s.lower().contains("went ahead")) return null;
    Matcher made = MADE_LATER.matcher(s.text).region(end, s.text.length());
    if (!made.lookingAt()) return null;
    String between = s.text.substring(end, made.start(1));
    if (!rules.foundIn("visits", "not_visit", between) && !PUT_OFF.matcher(between).find()) return null;
    return s.dateFor(made.end());
  }

  /** "The visit finally took place on 10 November 2014", "Rama eventually arrived on …": the plan told just before was made. */
  private void madeNext(SentenceView s, Reading r) {
    Visit planned = pending.visit();
    pending = null;
    Matcher made = MADE_NEXT.matcher(s.text);
    if (!made.lookingAt()) return;
    String who = made.group(1);
    // the visitor by name, his surname, or a pronoun
    if (who != null && !PRONOUN.matcher(who).matches() && !planned.person().equals(who) && !planned.person().endsWith(" " + who)) return;
    // ("arrived in Belgrade on …": a place named must be the plan's destination)
    String to = made.group(2) == null ? null : destination(s, made.start(2));
    if (to != null && !to.equals(planned.to())) return;
    PartialDate date = s.dateFor(made.end());
    if (date != null) r.add(planned.dated(date, List.of(planned.sources().get(0), s.source())));
  }

  private static final Pattern PUT_OFF = Pattern.compile("(?i)\\b(?:put\\s+off|delayed|deferred|rescheduled|moved)\\b");
  // (no other visit between the plan and the words: "…; a return visit planned for 2006 took place in 2007" is that visit's)
  private static final Pattern MADE_LATER = Pattern.compile(
      "(?i)(?:(?!\\b(?:visit|trip)\\b)[^.;]){0,160}?(?:,\\s*|\\s+)(?:and|but)\\s+(?:(?:finally|eventually|only|at\\s+last)\\s+)?((?:took\\s+place|went\\s+ahead))\\s+(?:only\\s+)?(?:on|in|from|between)\\s+");
  private static final Pattern MADE_NEXT = Pattern.compile(
      "\\s*(?:(?:The|His|Her|This|That|It)\\s+(?:(?:state|official|working|postponed|delayed)\\s+)?(?:visit|trip)?\\s*(?:(?:finally|eventually|only|at\\s+last)\\s+)?(?:took\\s+place|went\\s+ahead)"
          + "|(He|She|\\p{Lu}[\\p{L}'’-]+)\\s+(?:finally|eventually|at\\s+last)\\s+(?:arrived|came|went|travell?ed|flew|made\\s+the\\s+(?:trip|visit|journey)|paid\\s+the\\s+visit))"
          + "\\b(?:\\s+(?:in|to)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?))?(?:\\s+only)?\\s+(?:on|in|from)\\s+");

  private void prose(SentenceView s, Reading r) {
    participants(s, r);
    if (s.lower().contains(" side") || s.lower().contains("delegation")) ledSide(s, r);
    Persons.Person subject = null; // the latest visitor the sentence named, for "... and attended the summit"
    List<Trigger> triggers = new ArrayList<>();
    collect(s, "travel", false, triggers);
    collect(s, "presence", true, triggers);
    triggers.sort((x, y) -> Integer.compare(x.start, y.start));
    int lastEnd = -1;
    int untold = r.facts.size(), lastTrigger = -1;
    for (Trigger t : triggers) {
      tell(r, untold, lastTrigger);
      untold = r.facts.size();
      lastTrigger = t.start;
      if (t.start < lastEnd) continue; // one reading per stretch of text
      int[] clause = s.clauseAt(t.start);
      // a plan or an invitation stands before the verb ("was invited to visit", "plans to travel to")
      String lead = s.text.substring(clause[0], Math.min(clause[1], t.end + 12));
      if (rules.foundIn("visits", "not_happened", s.text.substring(clause[0], clause[1]))) continue;
      // a plan is no visit, but it is kept: words that tell it took place later date it (plannedThenMade)
      boolean plan = rules.foundIn("visits", "not_visit", lead);
      // "… has visited India frequently": visits without a time of their own (the year of another clause is not theirs)
      if (OFTEN_AFTER.matcher(s.text).region(t.end, Math.max(t.end, clause[1])).lookingAt()) continue;
      if (plan && (s.text.regionMatches(true, t.start, "sent", 0, 4) || HOST_VERB.matcher(s.text.substring(t.start, t.end)).matches())) continue;
      if (s.text.substring(t.start, t.end).toLowerCase(java.util.Locale.ROOT).startsWith("sent")) {
        sent(s, r, t);
        lastEnd = t.end;
        continue;
      }
      if (HOST_VERB.matcher(s.text.substring(t.start, t.end)).matches()) {
        guest(s, r, t);
        lastEnd = t.end;
        continue;
      }
      List<Persons.Person> group = visitors(s, r, clause[0], t.start);
      if (group.isEmpty()) group = firstToVisit(s, clause[0], t);
      if (group.isEmpty()) group = firstBy(s, clause, t);
      boolean gappedSubject = group.isEmpty() && subject != null && elided(s, clause[0], t.start);
      if (gappedSubject) group = List.of(subject);
      String delegation = delegationCountry(s, t);
      boolean any = false;
      for (Persons.Person one : group) {
        Persons.Person who = byWhom(s, t, one);
        if (who == null) continue;
        // "Former President Uhuru Kenyatta … travelled to Mekelle": no office, whatever the index knows of him
        if (formerHolder(s.text.substring(clause[0], t.start), who.name())) continue;
        if (delegation != null && who.country() == null) who = new Persons.Person(delegation, who.office(), who.name());
        // "X met Y in Ashgabat on …, attended the summit in Kazan …, and paid a state visit to Moscow": the
        // subject of the later verbs is X, even when the first place is a third country's
        // ("Oli was back in New Delhi in April 2018; Modi visited Janakpur … and attended the summit": the latest one named)
        if (!plan && (subject == null || !gappedSubject) && (who.country() == null || s.pair.contains(who.country()))) subject = who;
        // "Prime Minister Edi Rama held talks in Rome with Prime Minister Matteo Renzi": a host the text has
        // placed in the city's country makes the subject the guest
        if (t.weak && who.country() == null) {
          String guestOf = hostCountry(s, r, t);
          if (guestOf != null) who = new Persons.Person(s.pair.other(guestOf), who.office(), who.name());
        }
        // "Prime Minister Nehru was in Colombo in January 1950": an officeholder the text places in one member's
        // city, with nothing saying whose officeholder, is the other's; a host at home is not said to "be in" it
        if (t.weak && who.country() == null && who.office() != null && BEING_IN.matcher(s.text.substring(t.start, t.end)).matches()
            && !AT_HOME.matcher(s.text.substring(Math.min(t.end, clause[1]), clause[1])).find()) {
          String in = destination(s, t.end);
          if (in != null && s.pair.contains(in)) who = new Persons.Person(s.pair.other(in), who.office(), who.name());
        }
        String backTo = null;
        // "Frederiksen returned the visit three months later": the host of the visit told before went back
        if (who.country() == null && RECIPROCAL.matcher(s.text.substring(t.start, t.end)).find()) {
          Visit last = recentVisit(s, r);
          if (last != null && !last.person().equals(who.name()) && !last.person().endsWith(" " + who.name())) {
            who = new Persons.Person(last.to(), who.office(), who.name());
            backTo = last.from();
          }
        }
        if (t.weak && who.country() == null) continue;
        String to = destination(s, t.end);
        if (to == null && s.text.regionMatches(true, t.end - 5, "there", 0, 5)) to = placeBefore(s, t.start);
        // "chief guest at India's Republic Day parade": the country whose occasion it was (at home, no visit)
        if (to == null && t.implicitDestination) to = possessiveInside(s, t);
        if (to == null && who.country() != null && t.implicitDestination) to = s.pair.other(who.country());
        if (to == null) to = backTo; // "… and President Yang returned it in August 1991": to the first visitor's country
        if (to == null || !s.pair.contains(to)) continue;
        String from = who.country() != null ? who.country() : s.pair.other(to);
        if (from == null || from.equals(to) || !s.pair.contains(from)) continue; // a host official, or a third party
        if (plan) {
          plannedThenMade(s, r, new Visit(from, to, who.name(), who.office(), null, List.of(s.source())), t.end);
          continue;
        }
        boolean several = t.plural || s.datesJoinedAfter(t.end);
        List<PartialDate> dates = new ArrayList<>(several ? s.datesFor(t.end) : java.util.Collections.singletonList(s.dateFor(t.end)));
        // "during Imran Khan's April 2019 visit and applied from January 2020": a date inside the words of the visit is its own
        // ("attended the 2014 Winter Olympics in Sochi in February 2014": a year naming the occasion yields to a finer date of that year after it)
        for (DateMention d : s.dates) {
          if (d.start() < t.start || d.end() > t.end || d.date() == null) continue;
          PartialDate after = dates.isEmpty() ? null : dates.get(0);
          if (after == null || after.year() != d.date().year() || d.date().month() != 0 || after.month() == 0) dates = new ArrayList<>(List.of(d.date()));
        }
        // "…'s state visit, first planned for June 2017, was put off … and took place from 12 to 14 July 2017"
        PartialDate made = madeLater(s, t.end);
        if (made != null) dates = new ArrayList<>(List.of(made));
        // "the first Kenyan President to visit India since 1981": that year is not the visit's
        dates.removeIf(d -> d != null && s.isReferenceAfter(t.end, d));
        // "was in Lima to sign the Act of Execution of the 1929 treaty": the treaty's year; the trip's is told before
        if (dates.removeIf(d -> d != null && s.isAttributiveAfter(t.end, d)) && dates.isEmpty()) {
          PartialDate told = s.lastDateBefore(t.start);
          if (told != null) dates = new ArrayList<>(List.of(told));
        }
        // "paid a state visit to Khartoum in the 1960s and later hosted the talks … of 27 February 1972": a decade
        // right after the verb says when, only not to the year; a date told later is not the visit's
        if (decadeAfter(s, t.end)) dates = java.util.Collections.singletonList(null);
        // "On 22 April 2000, five hundred years after Cabral's landing, President Sampaio flew to Porto
        // Seguro": a date that opens the sentence dates its statement
        else if (dates.isEmpty() || dates.size() == 1 && dates.get(0) == null) {
          PartialDate opening = s.openingDate();
          // "travelled to Rabat, where he signed the treaty on 4 July 1991": the date of what was done there
          if (opening == null && WHERE_THEN.matcher(s.text.substring(t.end)).find()) opening = s.firstDateAfter(t.end);
          // "Xi chose Kazakhstan for his first trip abroad since the pandemic, landing in Nur-Sultan on 14 September 2022"
          Matcher arriving = ARRIVING_AFTER.matcher(s.text).region(t.end, s.text.length());
          if (opening == null && arriving.lookingAt()) opening = s.ownDate(arriving.end());
          dates = opening == null ? java.util.Collections.singletonList(null) : List.of(opening);
          // "travelled to Brazil three times in six months": a summary of trips told one by one elsewhere
          if (opening == null && t.plural) continue;
        }
        for (PartialDate date : dates) r.add(new Visit(from, to, who.name(), who.office(), date, List.of(s.source())));
        r.people.add(new Persons.Person(from, who.office(), who.name()), s.index);
        if (subject == null || subject.country() == null && subject.name().equals(who.name())) {
          subject = new Persons.Person(from, who.office(), who.name());
        }
        companions(s, r, from, to, dates.get(0));
        // "X paid a visit to China in 1955; Y came to Hanoi in 1956 and again in 1960": what follows the
        // next verb of travel is that verb's
        int limit = s.text.length();
        for (Trigger next : triggers) if (next.start >= t.end && !partOfAgain(s, next)) { limit = next.start; break; }
        gapped(s, r, from, to, t.end, limit);
        again(s, r, who, from, to, t.end, limit);
        alsoTo(s, r, who, from, to, t.end, limit, dates.get(0));
        any = true;
      }
      if (group.isEmpty() && !plan) {
        Persons.Person who = byWhom(s, t, null);
        if (who != null && who.country() != null) {
          String to = destination(s, t.end);
          if (to != null && s.pair.contains(to) && !to.equals(who.country()) && s.pair.contains(who.country())) {
            r.add(new Visit(who.country(), to, who.name(), who.office(), s.dateFor(t.end), List.of(s.source())));
            any = true;
          }
        }
      }
      if (any) lastEnd = t.end;
    }
    tell(r, untold, lastTrigger);
  }

  /** Whether the first date mention after {@code pos} in its clause is a decade or a century ("in the 1960s"), close after it. */
  private static boolean decadeAfter(SentenceView s, int pos) {
    int[] c = s.clauseAt(pos);
    for (DateMention d : s.dates) {
      if (d.start() < pos || d.end() > c[1]) continue;
      return d.date() == null && d.start() - pos < 50 && DECADE_WORDS.matcher(s.text.substring(d.start(), d.end())).find()
          && s.text.substring(pos, d.start()).indexOf(',') < 0;
    }
    return false;
  }

  private static final Pattern DECADE_WORDS = Pattern.compile("\\d0s\\b|(?i)centur");

  private void tell(Reading r, int from, int at) {
    for (int i = from; i < r.facts.size(); i++) told.put(r.facts.get(i), new int[] {sentence, at});
  }

  /** The last visit read before a position of the sentence at hand (or in an earlier sentence). */
  private Visit lastVisitBefore(Reading r, int pos) {
    for (int i = r.facts.size() - 1; i >= 0; i--) {
      if (!(r.facts.get(i) instanceof Visit v)) continue;
      int[] at = told.get(v);
      if (at == null || at[0] < sentence || at[1] < pos) return v;
    }
    return null;
  }

  /** "was in Mexico City to welcome the delegation", "… when Qadir arrived": the host, waiting at home. */
  private static final Pattern AT_HOME = Pattern.compile(
      "(?i)\\bto\\s+(?:receive|welcome|greet|host)\\b|\\bwhen\\s+[^,;]{0,60}?\\b(?:arrived|came|landed|visited)\\b");
  // ("President Anwar Sadat spent several days in Benghazi in August 1972", "stayed in")
  private static final Pattern BEING_IN = Pattern.compile("(?i)(?:was|were|had\\s+been|been)\\s+(?:back\\s+)?in|spent\\s+(?:\\w+\\s+){1,3}in|(?:stayed|stopped)\\s+in");
  /** "Putin's stay in Ankara … was the first by a Russian president": the visitor's country and office told after. */
  private static List<Persons.Person> firstBy(SentenceView s, int[] clause, Trigger t) {
    // (a trigger that runs past its clause's end, "led the X side at its 16th session in", leaves nothing after it)
    if (t.end >= clause[1]) return List.of();
    Matcher first = FIRST_BY.matcher(s.text).region(t.end, clause[1]);
    if (!first.find()) return List.of();
    String office = capitalise(first.group(2));
    String country = Gazetteer.get().country(first.group(1)).map(x -> x.iso3()).orElse(null);
    if (country == null || !s.pair.contains(country) || !Persons.looksLikeOffice(office)) return List.of();
    Persons.Person named = Persons.before(Regex.replaceFirst(s.text.substring(clause[0], t.start), "^[\\s,;:]+", ""));
    if (named == null || named.name().isBlank()) return List.of();
    return List.of(new Persons.Person(named.country() != null ? named.country() : country,
        named.office() != null ? named.office() : office, named.name()));
  }

  private static final Pattern FIRST_BY = Pattern.compile(
      "\\bthe\\s+first\\s+(?:such\\s+|official\\s+|state\\s+)?(?:visit\\s+|trip\\s+|one\\s+)?by\\s+an?\\s+(\\p{Lu}\\p{L}+)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:president|prime\\s+minister|king|queen|emperor|chancellor|premier|head\\s+of\\s+state|foreign\\s+minister|minister))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RECIPROCAL = Pattern.compile("(?i)returned\\s+(?:the\\s+(?:visit|gesture|compliment|courtesy)|it)|reciprocated");

  private static Visit lastVisit(Reading r) {
    for (int i = r.facts.size() - 1; i >= 0; i--) if (r.facts.get(i) instanceof Visit v) return v;
    return null;
  }

  /** A verb of travel found in a sentence, and how much it says by itself. */
  private record Trigger(int start, int end, boolean weak, boolean plural, boolean implicitDestination) {}

  /** A member of the pair named with "'s" inside the words of travel ("at India's Republic Day parade"), or null. */
  private static String possessiveInside(SentenceView s, Trigger t) {
    for (Mention<Country> c : s.countriesIn(t.start, t.end)) {
      if (s.pair.contains(c.entity().iso3()) && APOSTROPHE_S.matcher(s.text).region(c.end(), t.end).lookingAt()) return c.entity().iso3();
    }
    return null;
  }

  private static final Pattern APOSTROPHE_S = Pattern.compile("['’]s?\\s");

  private static final String TO_VISIT = "(?:visit|pay\\s+(?:a|an)\\s+(?:state\\s+|official\\s+)?visit\\s+to)";

  /** "became the first Indian Prime Minister to visit Kenya in 35 years": the office and country are in the trigger. */
  private static final Pattern FIRST_AS = Pattern.compile(
      "first\\s+(?:sitting\\s+|serving\\s+)?(\\p{Lu}[\\p{L}-]*)\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:ever\\s+)?to\\s+" + TO_VISIT + "$");
  /** "became the first president of democratic Hungary to pay a state visit to": the office, then its country. */
  private static final Pattern FIRST_OF = Pattern.compile(
      "first\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+of\\s+(?:(?:the|democratic|independent|modern|post-\\w+)\\s+)*(\\p{Lu}[\\p{L} -]{1,30}?)\\s+(?:ever\\s+)?to\\s+" + TO_VISIT + "$");

  private static List<Persons.Person> firstToVisit(SentenceView s, int clauseStart, Trigger t) {
    Matcher m = FIRST_AS.matcher(s.text.substring(t.start, t.end));
    // "the first Brazilian president to visit": the office may be written in lower case
    boolean demonymFirst = m.find();
    if (!demonymFirst) {
      m = FIRST_OF.matcher(s.text.substring(t.start, t.end));
      if (!m.find()) return List.of();
    }
    String office = capitalise(m.group(demonymFirst ? 2 : 1));
    if (!Persons.looksLikeOffice(office)) return List.of();
    String country = Gazetteer.get().country(m.group(demonymFirst ? 1 : 2).trim()).map(c -> c.iso3()).orElse(null);
    if (country == null || !s.pair.contains(country)) return List.of();
    String before = s.text.substring(clauseStart, t.start).trim();
    // the name is what stands before the verb, after any date or connective: "In 2016, Narendra Modi"
    Matcher name = TRAILING_NAME.matcher(before);
    if (!name.find()) return List.of();
    return List.of(new Persons.Person(country, office, name.group(1)));
  }

  private static final Pattern TRAILING_NAME = Pattern.compile(
      "(?:^|[,;]\\s*|\\b(?:and|then|when)\\s+|\\d\\s+)((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}\\p{Lu}[\\p{L}'’-]+)$");

  private static final Pattern SEVERAL_TIMES = Pattern.compile(
      "^\\s+(?:the\\s+)?\\p{Lu}[\\p{L} .-]{0,30}?\\s+(?:twice|(?:two|three|four|five|six|seven|several|many)\\s+times)\\b");

  private void collect(SentenceView s, String list, boolean weak, List<Trigger> out) {
    if (!rules.mayMatch("visits", list, s.lower())) return;
    Anchored found = rules.find("visits", list, s.text, s.lower());
    while (found.find()) {
      Matcher m = found.match();
      String g = m.group().toLowerCase(java.util.Locale.ROOT);
      // "paid visits to", or "visited India three times, in 1981, 1985 and 1989": one visit per date
      boolean plural = Regex.matches(g, "(?s).*\\bvisits\\b.*")
          || SEVERAL_TIMES.matcher(s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 60))).lookingAt();
      // "X's state visit", "attended the inauguration": the place may go unsaid, it is the other country
      // ("Xi returned on 14 April 2025": a visitor whose side is known went back to the other)
      boolean implicit = Regex.matches(g, "(?s).*(?:visits?|inauguration|funeral|summit|ceremony|swearing-in|coronation|enthronement|conference|reciprocated|returned|back|again|border|parade|celebrations?|festivities|national\\s+day|independence\\s+day|republic\\s+day)$");
      out.add(new Trigger(m.start(), m.end(), weak, plural, implicit));
    }
  }

  /** True when nothing but a conjunction stands between the last clause and the verb: "..., and attended". */
  private static boolean elided(SentenceView s, int clauseStart, int verbStart) {
    String before = s.text.substring(clauseStart, verbStart);
    int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(" and "));
    String tail = cut < 0 ? before : before.substring(cut);
    return Regex.replaceAll(tail, "[,\\s]|\\band\\b|\\bthen\\b|\\blater\\b|\\balso\\b", "").isEmpty();
  }

  private static final Pattern BY_WHOM = Pattern.compile("(?i)\\bby\\s+(?:an?|the)\\s+(\\p{L}+)\\s+((?:[\\w-]+\\s+){0,3}?[\\w-]+)\\s+to$");

  /** "made the first state visit by a Polish president to Mexico": the office and country stand in the phrase. */
  private static Persons.Person byWhom(SentenceView s, Trigger t, Persons.Person who) {
    Matcher m = BY_WHOM.matcher(s.text.substring(t.start, t.end));
    if (!m.find()) return who;
    var country = org.bilateral.gazetteer.Gazetteer.get().country(m.group(1));
    String office = capitalise(m.group(2));
    if (who == null) {
      String before = s.text.substring(s.clauseAt(t.start)[0], t.start);
      for (DateMention d : s.dates) if (d.end() <= t.start && d.end() > s.clauseAt(t.start)[0]) before = s.text.substring(d.end(), t.start);
      Persons.Person named = Persons.before(Regex.replaceAll(before, "^[\\s,;:]+", ""));
      if (named == null) return null;
      who = named;
    }
    return new Persons.Person(country.map(c -> c.iso3()).orElse(who.country()), who.office() != null ? who.office() : office, who.name());
  }

  private static final Pattern SMALL_WORD = Pattern.compile("of|for|the|and|on|to");

  private static String capitalise(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : Regex.split(words.trim(), "\\s+")) {
      // "head of state", "minister for foreign affairs": the small words stay small
      boolean small = b.length() > 0 && SMALL_WORD.matcher(w).matches();
      if (b.length() > 0) b.append(' ');
      b.append(small ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  private static final Pattern HOST_VERB = Pattern.compile("(?i)received|welcomed|hosted");
  private static final Pattern RETURNING = Pattern.compile(",\\s+returning\\s+(?:there\\s+)?(?:for|to|in|on)\\b");
  private static final Pattern AGAIN = Lead.compileExact(
      ",?\\s+and\\s+(?:(?:in|on)\\s+[^,;]{3,30}?\\s+(?=(?:he|she|they)\\s))?(?:(?:he|she|they)\\s+)?(?:again|came\\s+back|went\\s+back|returned|was\\s+back)(?:\\s+there)?"
      // "…, and in July 2010 he returned to chair a session": the date told before the verb
      + "(?:\\s+(?=(?:in|on)\\s)|\\s+to\\s+(?=(?:chair|co-chair|attend|sign|open|inaugurate|take\\s+part)\\b))");

  /**
   * "visited Turkey in 1967 and again in 1971", "toured Japan in May 1970 and came back in October
   * 1976", "returned there on 18 November 2023 and 9 April 2024": more visits of the same person.
   */
  /** "…, and she returned in September 2023": a verb of travel that tells the same person's next trip. */
  private static boolean partOfAgain(SentenceView s, Trigger t) {
    Matcher a = AGAIN.matcher(s.text);
    a.region(Math.max(0, t.start - 24), Math.min(s.text.length(), t.end + 12)).useTransparentBounds(true);
    while (a.find()) if (a.start() <= t.start && a.end() >= t.end) return true;
    return false;
  }

  private void again(SentenceView s, Reading r, Persons.Person who, String from, String to, int pos, int limit) {
    // "…, returning for the Belt and Road Forum in May 2017, the Boao Forum in April 2018 and again in
    // August 2019": each date of the returns is a visit of its own
    Matcher returning = RETURNING.matcher(s.text);
    returning.region(pos, limit).useTransparentBounds(true);
    if (returning.find()) {
      int end = s.text.indexOf(';', returning.end());
      if (end < 0 || end > limit) end = limit;
      for (DateMention d : s.dates) {
        if (d.start() >= returning.end() && d.end() <= end && d.date() != null) {
          r.add(new Visit(from, to, who.name(), who.office(), d.date(), List.of(s.source())));
        }
      }
      return;
    }
    Matcher a = AGAIN.matcher(s.text);
    a.region(pos, limit).useTransparentBounds(true);
    while (a.find()) {
      PartialDate inside = null;
      for (DateMention d : s.dates) if (d.start() >= a.start() && d.end() <= a.end() && d.date() != null) inside = d.date();
      if (inside != null) {
        r.add(new Visit(from, to, who.name(), who.office(), inside, List.of(s.source())));
        continue;
      }
      if (s.ownDate(a.end()) == null) continue;
      for (PartialDate d : s.datesFor(a.end())) {
        if (d != null) r.add(new Visit(from, to, who.name(), who.office(), d, List.of(s.source())));
      }
    }
  }

  /**
   * "President Rousseff had received Modi in Brasília", "he hosted President Buhari in Pretoria": the
   * guest named after the verb visited the country of the place; a guest of no known office, or of
   * the host's own country, is not a visitor.
   */
  private void guest(SentenceView s, Reading r, Trigger t) {
    Matcher in = Regex.of("\\s+(?:in|at)\\s+(?=\\p{Lu}|the\\s)").matcher(s.text);
    if (!in.find(t.end)) return;
    String name = s.text.substring(t.end, in.start()).trim();
    Persons.Person p = Persons.before(name);
    if (p == null || p.name().isBlank()) return;
    Persons.Person known = r.people.lookupWithCountry(p.name());
    if (known == null) known = r.people.lookup(p.name());
    String office = p.office() != null ? p.office() : known != null ? known.office() : null;
    String fullName = known != null && known.name().length() > p.name().length() ? known.name() : p.name();
    String to = destination(s, in.start());
    if (to == null || !s.pair.contains(to)) return;
    String from = p.country() != null ? p.country() : known != null && known.country() != null ? known.country() : s.pair.other(to);
    if (from == null || from.equals(to) || !s.pair.contains(from)) return;
    if (office == null && known == null) return;
    r.add(new Visit(from, to, fullName, office, s.dateFor(t.end), List.of(s.source())));
  }

  /** "President Yahya Khan visited China in November 1970, and President Zia-ul-Haq in May 1980." */
  private void gapped(SentenceView s, Reading r, String from, String to, int pos, int limit) {
    Matcher g = GAPPED.matcher(s.text);
    g.region(pos, limit).useTransparentBounds(true);
    while (g.find()) {
      Persons.Person p = Persons.before(g.group(1));
      if (p == null || p.office() == null) continue;
      PartialDate date = s.dateFor(g.end(1));
      r.add(new Visit(from, to, p.name(), p.office(), date, List.of(s.source())));
    }
  }

  /**
   * "travelled to the Arctic forum in Arkhangelsk in March 2017 and to Saint Petersburg in April 2019": the verb
   * gapped, the same visitor's next trip, to a place of the same country, dated on its own.
   */
  private void alsoTo(SentenceView s, Reading r, Persons.Person who, String from, String to, int pos, int limit, PartialDate first) {
    if (!s.text.contains(" and to ")) return;
    Matcher m = AND_TO.matcher(s.text);
    m.region(pos, limit);
    while (m.find()) {
      if (!to.equals(destination(s, m.end()))) continue;
      PartialDate date = s.ownDate(m.end());
      if (date != null && !date.equals(first)) r.add(new Visit(from, to, who.name(), who.office(), date, List.of(s.source())));
    }
  }

  private static final Pattern ANOTHER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+(?:d['’]|de\\s+|van\\s+|al-)?\\p{Lu}[\\p{Ll}'’]+)+");
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
      "(?:^|[,;]\\s*|\\s)(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s|[Ww]hile|[Oo]nce|[Uu]ntil)\\s+)?(?:[Hh]e|[Ss]he)(?:\\s+(?:first|later|then|also|again|finally|had|has))*\\s*$");
  private static final Pattern AND_TO = Pattern.compile("\\s+and\\s+(?:then\\s+|later\\s+|again\\s+)?to\\s+(?=(?:the\\s+)?\\p{Lu})");
  private static final Pattern GAPPED = Lead.compileExact(",\\s+and\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,7}?\\p{Lu}[\\p{L}.'’-]*)\\s+(?:in|on)\\s+(?=\\p{Lu}|\\d)(?![^.;]*\\b(?:visited|went|came|travelled|traveled|paid|made)\\b)");

  /**
   * "the King sent Minister X and the head of the intelligence service, Y, to Abuja": each person
   * sent is a visitor from the sending country.
   */
  private void sent(SentenceView s, Reading r, Trigger t) {
    Matcher to = Regex.of("\\s+to\\s+(?=\\p{Lu})").matcher(s.text);
    if (!to.find(t.end)) return;
    String dest = destination(s, to.end());
    if (dest == null || !s.pair.contains(dest)) return;
    String from = s.pair.other(dest);
    PartialDate date = s.dateFor(t.start);
    String list = Regex.replaceAll(s.text.substring(t.end, to.start()).trim(), ",\\s*$", "");
    for (String part : Regex.split(list, ",\\s+and\\s+|\\s+and\\s+(?=(?:the|a|an)\\s)")) {
      String item = Regex.replaceFirst(part, "^(?:the|a|an)\\s+", "").trim();
      Persons.Person p;
      int comma = item.lastIndexOf(", ");
      // "the head of the intelligence bureau, Aftab Sultan": after the comma stands the name, whatever its words
      if (comma > 0 && Regex.matches(item.substring(comma + 2), "(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,5}")) {
        p = new Persons.Person(null, item.substring(0, comma), item.substring(comma + 2).trim());
      } else {
        p = Persons.before(item);
      }
      if (p != null && p.office() == null && !p.name().isBlank()) {
        // "sent Jeff Radebe to Abuja as his special envoy"
        Matcher as = AS_OFFICE.matcher(s.text.substring(to.end()));
        if (as.find()) {
          // ("sent Count X to Paris as its first envoy": the first head of a mission goes to stay, on no visit)
          if (Regex.find(as.group(1), "(?i)^first\\b")) continue;
          p = new Persons.Person(p.country(), as.group(1).trim(), p.name());
        }
      }
      if (p == null || p.office() == null || p.name().isBlank()) continue;
      r.add(new Visit(from, dest, p.name(), p.office(), date, List.of(s.source())));
    }
  }

  /** "accompanied by Foreign Minister X", "Commerce Minister X accompanied him": the same trip. */
  private void companions(SentenceView s, Reading r, String from, String to, PartialDate date) {
    // "accompanied by X", "came to Dili with Foreign Minister X": X travelled too (an officeholder, not "with a proposal")
    Matcher by = Regex.of("(?:accompanied\\s+by|together\\s+with|along\\s+with"
        // (the place's own words, then "with": not "flew to Vientiane the same month for talks with" the host)
        + "|(?:came|went|travel(?:l)?ed|flew|arrived|returned)\\s+(?:to|in)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:de\\s+|of\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+with)\\s+(?:his|her|their)?\\s*").matcher(s.text);
    while (by.find()) {
      Persons.Person p = Persons.entry(leadingPerson(s.text.substring(by.end())));
      if (p != null && p.office() != null) r.add(new Visit(from, to, p.name(), p.office(), date, List.of(s.source())));
    }
    Matcher him = Regex.of("\\s+accompanied\\s+(?:him|her|them)\\b").matcher(s.text);
    while (him.find()) {
      int from0 = s.clauseAt(him.start())[0];
      Persons.Person p = Persons.before(s.text.substring(from0, him.start()).replaceAll("^[\\s,;:]+", ""));
      if (p != null && p.office() != null) r.add(new Visit(from, to, p.name(), p.office(), date, List.of(s.source())));
    }
  }

  private static String leadingPerson(String text) {
    Matcher end = Regex.of(",|;|\\.(?:\\s|$)|\\s+(?:and|who|on|in|at|to|for|made|visited|paid)\\s").matcher(text);
    return end.find() ? text.substring(0, end.start()) : text;
  }

  /**
   * The visitors just before the verb: one, or several joined by "and" ("Vice-President X and the
   * Speaker of the House, Y, visited ...").
   */
  private List<Persons.Person> visitors(SentenceView s, Reading r, int clauseStart, int verbStart) {
    Persons.Person one = visitor(s, r, clauseStart, verbStart);
    int from = clauseStart;
    for (DateMention d : s.dates) if (d.end() <= verbStart && d.end() > from) from = d.end();
    String before = s.text.substring(from, verbStart);
    Matcher and = COORDINATED.matcher(before);
    if (!and.find()) return one == null ? List.of() : List.of(one);
    // "General Secretary and President To Lam": two offices of one person, not an office and a person
    String firstWords = Regex.replaceFirst(before.substring(0, and.start()).trim(), "^(?:[Tt]he\\s+)", "");
    if (!firstWords.isEmpty() && Regex.split(firstWords, "\\s+").length <= 5
        && java.util.Arrays.stream(Regex.split(firstWords, "\\s+")).allMatch(w -> Persons.isOfficeWord(w) || w.equals("of") || w.equals("the"))) {
      Persons.Person both = Persons.before(before.substring(and.end()).trim());
      if (both != null && both.office() != null && !both.name().isBlank()) {
        return List.of(withKnownCountry(r, new Persons.Person(both.country(), firstWords + " and " + both.office(), both.name())));
      }
    }
    List<Persons.Person> out = new ArrayList<>();
    Persons.Person first = visitor(s, r, from, from + and.start());
    if (first != null) out.add(first);
    String second = before.substring(and.end()).replaceFirst(",\\s*$", "").trim();
    Matcher appos = Regex.of("^(?:the\\s+)?(.+?),\\s*((?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,5})$").matcher(second);
    if (appos.find() && Persons.looksLikeOffice(appos.group(1))) {
      out.add(withKnownCountry(r, new Persons.Person(null, appos.group(1).trim(), appos.group(2).trim())));
    } else if (byOffice(s, r, second) != null) {
      out.add(byOffice(s, r, second)); // "The King and Queen": each office stands for its holder
    } else {
      Persons.Person p = Persons.before(Regex.replaceFirst(second, "^the\\s+", ""));
      if (p != null && p.office() != null) out.add(withKnownCountry(r, p));
    }
    if (out.size() < 2) return one == null ? List.of() : List.of(one);
    return out;
  }

  private static final Pattern AS_OFFICE = Pattern.compile("^[^,;.]{0,40}?\\bas\\s+(?:(?:his|her|its|their|the|a|an)\\s+)?((?:[\\p{L}-]+\\s+){0,3}?(?:envoy|representative|emissary|minister|adviser|advisor)(?:\\s+(?:extraordinary|plenipotentiary))?)\\b");
  private static final Pattern COORDINATED = Lead.compileExact("\\s+and\\s+(?=(?:the\\s+)?\\p{Lu})");
  private static final Pattern LED_DELEGATION = Pattern.compile(
      "(?:[Tt]he|[Aa]n?)\\s+(?:[\\w-]+\\s+)?(\\p{Lu}[\\p{L}]+)\\s+(?:[\\w-]+\\s+){0,2}(?:delegation|mission|team)\\s+(?:led|headed)\\s+by\\s+(.+?)");
  private static final Pattern DELEGATION = Pattern.compile("(?:the|a|an)\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+delegation");

  /** "led the South African delegation to ...": the delegation's country is the visitor's. */
  private static String delegationCountry(SentenceView s, Trigger t) {
    Matcher m = DELEGATION.matcher(s.text.substring(t.start, t.end));
    if (!m.find()) return null;
    return org.bilateral.gazetteer.Gazetteer.get().country(m.group(1)).map(c -> c.iso3()).orElse(null);
  }

  /** The visitor just before the verb; a name alone borrows the office it was given earlier. */
  private static final Pattern DEMONYM_OFFICE = Pattern.compile("(?:[Tt]he\\s+)?(\\p{Lu}\\p{L}+)\\s+(\\p{L}+(?:\\s+\\p{L}+){0,4})");

  /** "The King", "the Prime Minister": an office with no name stands for its last holder named. */
  private static Persons.Person byOffice(SentenceView s, Reading r, String words) {
    Matcher m = BARE_OFFICE.matcher(words.trim());
    if (!m.matches() || !Persons.looksLikeOffice(m.group(1))) return null;
    for (String w : Regex.split(m.group(1), "\\s+")) if (!Persons.isOfficeWord(w)) return null;
    return r.people.lastWithOffice(m.group(1), s.index);
  }

  /** "Luis Soto, only weeks after taking office, went": a date told in an aside between the visitor and the verb. */
  private static boolean inAside(SentenceView s, int clauseStart, DateMention d, int verbStart) {
    return Regex.matches(s.text.substring(d.end(), verbStart), "[^,;]*,\\s*")
        && Regex.find(s.text.substring(clauseStart, d.start()), "\\p{Lu}[^,;]*,\\s+[^,;]*$");
  }

  private static final Pattern COUNTERPART_SUBJECT = Pattern.compile(
      "(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(\\p{Lu}\\p{L}+)\\s+counterpart,?\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*),?");
  private static final Pattern BARE_OFFICE = Pattern.compile("(?:[Tt]he\\s+)?(\\p{Lu}\\p{L}+(?:[\\s-]\\p{Lu}\\p{L}+){0,2})");

  /** "… the Speaker of Nigeria's House of Representatives": the office after the last "the" of the words before a name. */
  private static final Pattern OFFICE_AT_END = Pattern.compile("(?:^|\\s)[Tt]he\\s+((?-i:\\p{Lu})[\\p{L}'’ -]*)$");
  private static final Pattern MEMBER_POSSESSIVE = Pattern.compile("\\bof\\s+((?-i:\\p{Lu})[\\p{L} -]*?)(?:'s|’s)\\s+(?=\\p{Lu})");

  /**
   * "the Speaker of the National Assembly, Sana Baig, travelled …", "the Speaker of Nigeria's House of
   * Representatives, Femi Gbajabiamila, …": an office, then the name in apposition; a member's possessive inside the
   * office says whose, and is written as "the". Null when the words are not so.
   */
  private static Persons.Person officeThenName(SentenceView s, String head, String inner) {
    Matcher o = OFFICE_AT_END.matcher(head);
    if (!o.find()) return null;
    String office = o.group(1).trim();
    if (!Persons.looksLikeOffice(office) || !Regex.matches(inner, "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+")) return null;
    Persons.Person named = Persons.before(inner);
    if (named == null || named.office() != null || !named.name().equals(inner)) return null;
    String country = null;
    Matcher whose = MEMBER_POSSESSIVE.matcher(office);
    if (whose.find()) {
      var c = s.country(whose.group(1));
      if (c.isEmpty() || !s.pair.contains(c.get().iso3())) return null;
      country = c.get().iso3();
      office = office.substring(0, whose.start()) + "of the " + office.substring(whose.end());
    }
    return new Persons.Person(country, office, named.name());
  }

  private Persons.Person visitor(SentenceView s, Reading r, int clauseStart, int verbStart) {
    int from = clauseStart;
    for (DateMention d : s.dates) if (d.end() <= verbStart && d.end() > from && !inAside(s, clauseStart, d, verbStart)) from = d.end();
    String before = Regex.replaceAll(s.text.substring(from, verbStart), "^[\\s,;:]+", "");
    // "King Mohammed VI, who succeeded his father in July 1999, paid a state visit": the date was the
    // relative clause's; the visitor stands before it
    if (before.isBlank()) {
      Matcher rel = RELATIVE_ASIDE.matcher(s.text.substring(clauseStart, verbStart));
      if (rel.find()) before = s.text.substring(clauseStart, clauseStart + rel.start());
    }
    before = LEADING.matcher(before).replaceFirst("");
    before = RELATIVE.matcher(before).replaceFirst("");
    before = POSSESSIVE.matcher(before).replaceFirst("");
    before = ADVERBS.matcher(before).replaceFirst("");
    // "His Austrian counterpart Thomas Klestil visited Budapest": the office of the one the sentence before was about
    Matcher counterpart = COUNTERPART_SUBJECT.matcher(before.trim());
    if (counterpart.matches()) {
      String country = Gazetteer.get().country(counterpart.group(1)).map(c -> c.iso3()).orElse(null);
      Persons.Person other = r.people.lastBefore(s.index);
      if (other != null && other.country() == null) other = withKnownCountry(r, other);
      if (country == null || other == null || other.office() == null || country.equals(other.country())) return null;
      return new Persons.Person(country, other.office(), counterpart.group(2));
    }
    Matcher appos = APPOSITIVE.matcher(before);
    Persons.Person officeFirst;
    if (appos.matches()) {
      String head = appos.group(1), inner = appos.group(2).trim();
      // "X, accompanied by Y, made a visit": the visitor is X (Y is read as a companion)
      if (Regex.matches(inner, "(?i)(?:accompanied|along|together|joined|with|who)\\b.*")) before = head;
      // "His successor, President Imran Baig, arrived …": the name in the apposition is the visitor
      else if (Regex.matches(head, "(?i)(?:his|her|their|the)\\s+(?:successor|predecessor|brother|sister|son|daughter|wife|husband|deputy|father|mother)")
          && Persons.before(inner) != null && Persons.before(inner).office() != null) before = inner;
      else if ((officeFirst = officeThenName(s, head, inner)) != null) return withKnownCountry(r, officeFirst);
      else {
        // "Meira Kumar, Speaker of the Lok Sabha, led ...": the office stands after the name
        Persons.Person named = Persons.before(head);
        // "Charles de Gaulle, as President, made an official visit", "Laurel, as president of that republic, flew"
        Matcher as = AS_HELD.matcher(inner);
        if (named != null && named.office() == null && !named.name().isBlank() && as.matches()) {
          String office = capitalise(Regex.replaceFirst(as.group(1), "\\s+of\\s+(?:the|that|this|his|her|its)\\s+\\p{Ll}.*$", ""));
          if (Persons.looksLikeOffice(office)) return withKnownCountry(r, new Persons.Person(named.country(), office, named.name()));
        }
        // ("Mikhail Gorbachev, then Chairman of the Supreme Soviet, paid a state visit": the office held then)
        String held = Regex.replaceFirst(inner, "^(?:then|by\\s+then|at\\s+the\\s+time)\\s+(?=\\p{Lu})", "");
        if (named != null && Persons.looksLikeOffice(held)) {
          // "of the government-in-exile" qualifies the office; "of the Lok Sabha" names it
          String office = Regex.replaceFirst(held, "\\s+of\\s+the\\s+\\p{Ll}.*$", "");
          // "Minister of Foreign Affairs of Burundi": the member named last is the visitor's country, not part of the office
          Matcher member = OFFICE_OF_MEMBER.matcher(office);
          if (member.matches()) {
            var country = s.country(member.group(2));
            if (country.isPresent() && s.pair.contains(country.get().iso3())) {
              return new Persons.Person(country.get().iso3(), member.group(1), named.name());
            }
          }
          return withKnownCountry(r, new Persons.Person(named.country(), office, named.name()));
        }
        // "Mohamed al-Menfi, chairman of the Libyan Presidential Council, attended …": an office in lower case
        // after the name, whose country its demonym gives ("then commander of the Ugandan Land Forces" too)
        String lowered = Regex.replaceFirst(inner, "^(?:then|by\\s+then|now|at\\s+the\\s+time)\\s+", "");
        Matcher demonym = OFFICE_DEMONYM.matcher(lowered);
        if (named != null && !named.name().isBlank() && !lowered.isEmpty() && Character.isLowerCase(lowered.charAt(0))
            && demonym.find() && Persons.looksLikeOffice(capitalise(lowered))) {
          var country = Gazetteer.get().country(demonym.group(1));
          if (country.isPresent() && s.pair.contains(country.get().iso3())) {
            String office = capitalise(lowered.substring(0, demonym.start(1)) + lowered.substring(demonym.end(1)).trim());
            return new Persons.Person(country.get().iso3(), Regex.replaceAll(office, "\\s+", " "), named.name());
          }
        }
        // "Erdoğan, by then president, made a state visit": the office at the time, told in lower case
        Matcher then = THEN_OFFICE.matcher(inner);
        // ("President Kikwete, then chairman of the African Union, …" keeps the office its name was given)
        if (named != null && named.office() == null && then.matches() && Persons.looksLikeOffice(capitalise(then.group(1)))) {
          Persons.Person known = r.people.lookupWithCountry(named.name());
          String country = named.country() != null ? named.country() : known != null ? known.country() : null;
          return new Persons.Person(country, capitalise(then.group(1)), known != null && known.name().length() > named.name().length()
              ? known.name() : named.name());
        }
        // "Ana Ruiz, Mexico's foreign minister, visited ...", "X, the Mexican prime minister, ...": the
        // office after the name, in lower case, with its country
        Matcher whose = OFFICE_OF_COUNTRY.matcher(inner);
        if (named != null && whose.matches()) {
          String c = whose.group(1) != null ? whose.group(1) : whose.group(2);
          String country = Gazetteer.get().country(c).map(x -> x.iso3()).orElse(null);
          String title = capitalise(whose.group(3));
          if (country != null && Persons.looksLikeOffice(title)) return new Persons.Person(country, title, named.name());
        }
        // "The Egyptian foreign minister, Sameh Shoukry, visited ...": the office, then the name
        Matcher office = DEMONYM_OFFICE.matcher(head.trim());
        if (office.matches() && Regex.matches(inner, "(?:\\p{Lu}[\\p{L}.'’-]*\\s*){2,5}")) {
          String country = Gazetteer.get().country(office.group(1)).map(c -> c.iso3()).orElse(null);
          String title = office.group(2).trim();
          if (country != null && Persons.looksLikeOffice(capitalise(title))) {
            return new Persons.Person(country, capitalise(title), inner.trim());
          }
        }
        before = head;
      }
    }
    // "he" or "she" as the subject, alone or after a conjunction that ends a clause of the sentence
    Matcher pronoun = PRONOUN_SUBJECT.matcher(s.text.substring(from, verbStart));
    if (pronoun.find()) {
      // "President X took office in 2012, and she visited Islamabad": the person the sentence named last before it
      // ("Y returned the gesture in 1960, when he came to Lisbon": Y, not the X named first)
      int upTo = from + pronoun.start();
      Persons.Person own = null;
      int at = -1;
      for (Persons.Person p : r.people.in(s.index)) {
        int end = upTo > 0 ? TripDates.nameEnd(s.text.substring(0, upTo), p.name()) : -1;
        if (end > at) { at = end; own = p; }
      }
      // ("Raisi's successor, Masoud Pezeshkian, chose Iraq: he arrived …": another name between them, its office unknown)
      if (own != null) return ANOTHER_NAME.matcher(s.text.substring(at, upTo)).find() ? null : own;
      // a name the index does not hold stands before the pronoun: the sentence's own subject, not the last one's
      // (after the last date before it: "In July 2022 he was in São Paulo" names no one)
      int lastDate = 0;
      for (DateMention d : s.dates) if (d.end() <= upTo) lastDate = Math.max(lastDate, d.end());
      if (ANOTHER_NAME.matcher(s.text.substring(lastDate, upTo)).find()) return null;
      // (the person's country as the visits read so far tell it: "Prime Minister X visited India …. He returned …")
      Persons.Person last = r.people.lastBefore(s.index);
      return last == null ? null : withKnownCountry(r, last);
    }
    // "A Mexican trade mission led by Deputy Minister X visited ...": the leader, of the delegation's country
    Matcher led = LED_DELEGATION.matcher(before.trim());
    if (led.matches()) {
      String country = Gazetteer.get().country(led.group(1)).map(c -> c.iso3()).orElse(null);
      Persons.Person leader = Persons.before(led.group(2));
      if (country != null && leader != null && leader.office() != null && !leader.name().isBlank()) {
        return new Persons.Person(country, leader.office(), leader.name());
      }
    }
    Persons.Person titled = byOffice(s, r, before);
    if (titled != null) return titled;

    Persons.Person p = Persons.before(before);
    if (p == null || Regex.split(p.name(), "\\s+").length > 6) return null;
    Persons.Person known = r.people.lookup(p.name());
    if (p.office() != null) return withKnownCountry(r, p);
    Matcher as = AS_OFFICE_AFTER.matcher(s.text.substring(verbStart, s.clauseAt(verbStart)[1]));
    // "Rasmussen returned to Oslo as Foreign Minister": the office he held on this trip, not the one he was named with
    // (only a capitalised title: "as chief guest" is a role at the event)
    if (known != null && as.find() && Character.isUpperCase(as.group(1).charAt(0)) && Persons.looksLikeOffice(as.group(1))
        && !Regex.find(as.group(1), "(?i)\\bguests?$")) {
      String country = as.group(2) == null ? null : Gazetteer.get().country(as.group(2)).map(c -> c.iso3()).orElse(null);
      return new Persons.Person(country != null ? country : p.country() != null ? p.country() : known.country(), as.group(1), known.name());
    }
    if (known == null) {
      // "Mubarak made his first visit to Riyadh as president in March 1989": the office after the verb
      as.reset();
      if (as.find()) {
        String office = capitalise(as.group(1));
        String country = as.group(2) == null ? p.country()
            : Gazetteer.get().country(as.group(2)).map(c -> c.iso3()).orElse(p.country());
        if (Persons.looksLikeOffice(office) && !p.name().isBlank()) return withKnownCountry(r, new Persons.Person(country, office, p.name()));
      }
      return null; // no office: not a state visit (a poet, a company head)
    }
    return new Persons.Person(p.country() != null ? p.country() : known.country(), known.office(), known.name());
  }

  private static final Pattern AS_OFFICE_AFTER = Pattern.compile(
      "^[^,;.]{0,80}?\\bas\\s+(?:the\\s+|then\\s+|its\\s+)*(\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3}?)"
          // ("made her first trip as prime minister to Lahore": the office ends before the destination)
          + "(?:\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))?(?=\\s+(?:in|on|at|from|for|and|to)\\b|\\s*[,;.)]|$"
          // ("paid his first visit to Libya as President the following February": the office ends before the time)
          + "|\\s+(?:the\\s+(?:following|next|same|previous)|again|that|this|once|twice)\\b)");

  /** The person with the country the document gave them elsewhere, when this mention gives none. */
  private static Persons.Person withKnownCountry(Reading r, Persons.Person p) {
    if (p.country() != null) return p;
    Persons.Person known = r.people.lookupWithCountry(p.name());
    return known == null ? p : new Persons.Person(known.country(), p.office(), p.name());
  }

  /** "… in Havana; he flew there": the country of the last place named before {@code pos} in the sentence, named, not as an adjective. */
  private static String placeBefore(SentenceView s, int pos) {
    String country = null;
    int at = -1;
    for (Mention<Country> c : s.countries) {
      if (c.end() <= pos && c.start() > at && !SentenceView.isAdjective(c)) { at = c.start(); country = s.memberOf(c); }
    }
    for (Mention<org.bilateral.gazetteer.City> c : s.cities) {
      if (c.end() <= pos && c.start() > at) { at = c.start(); country = c.entity().countryIso3(); }
    }
    return country;
  }

  /** The country visited: named right after the verb, or the country of the city named there. */
  private String destination(SentenceView s, int pos) {
    String rest = s.text.substring(pos);
    int skip = rest.length() - rest.stripLeading().length();
    int at = pos + skip;
    Matcher to = Regex.of("^to\\s+").matcher(s.text.substring(at));
    if (to.find()) at += to.end(); // "Modi's first official visit to Germany"
    String adjective = null;
    for (Mention<Country> c : s.countries) {
      if (c.start() == at || (c.start() > at && s.text.substring(at, c.start()).matches("(?:the\\s+)?"))) {
        if (!SentenceView.isAdjective(c)) return c.entity().iso3();
        adjective = c.entity().iso3(); // "visited the South African Parliament in Cape Town"
        break;
      }
    }
    List<Places.Place> places = Places.listAt(s.text, at);
    if (places.isEmpty() && adjective != null) {
      Matcher in = IN_PLACE.matcher(s.text);
      in.region(pos, Math.min(s.text.length(), pos + 80));
      if (in.find()) places = Places.listAt(s.text, in.end());
      if (places.isEmpty()) return adjective;
    }
    if (places.isEmpty()) {
      // "attended the summit held in Islamabad", "led the delegation to the conference in Nairobi"
      // the first "in X" that names a place: "returned in October 2018 for the forum in Istanbul"
      Matcher in = IN_ANY.matcher(s.text);
      in.region(pos, Math.min(s.text.length(), pos + 100));
      while (places.isEmpty() && in.find()) {
        if (s.text.substring(pos, in.start()).matches("(?s).*[;.].*")) break;
        places = Places.listAt(s.text, in.end());
      }
      if (places.isEmpty()) return s.linkedMemberAt(at);
    }
    Places.Place p = places.get(0);
    // ("flew to [[Queenstown, New Zealand|Queenstown]]": the link says where, whatever namesake the gazetteer knows)
    String linked = s.linkedMemberAt(p.start());
    if (linked != null) return linked;
    return p.country() != null ? p.country() : Places.countryOf(p.name(), s.pair.a(), s.pair.b());
  }

  private static final Pattern IN_ANY = Lead.compileExact("\\b(?:held\\s+)?in\\s+(?=\\p{Lu})");
  private static final Pattern IN_PLACE = Pattern.compile("^[^,;.]*?\\b(?:held\\s+)?in\\s+(?=\\p{Lu})");
}
