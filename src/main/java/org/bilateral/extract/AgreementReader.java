package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.Agreement;
import org.bilateral.model.PartialDate;
import org.bilateral.read.Block;

/**
 * Bilateral instruments with a title or a specific singular description. A title begins at an
 * instrument word and ends at a date in parentheses, the next instrument of a list, a verb, a place
 * ("in Islamabad"), or the end of the sentence. An instrument counts only when the text says it was
 * concluded (a verb of signing, a date in parentheses, or a list entry), never when it is planned.
 */
final class AgreementReader implements FactReader {
  private static final Pattern PAREN_DATE = Lead.compile("^\\s*\\(([^()]{0,40}?\\d{4}[^()]{0,10})\\)");
  private static final Pattern LIST_JOIN = Lead.compile("(?:;\\s*|,\\s*(?:and\\s+)?|\\s+and\\s+)(?:an?\\s+|the\\s+)?$");
  private static final Pattern ARTICLE = Lead.compile("(?i)(?:\\b(?:a|an|the|their|its|his|her)\\s+)((?:[\\w–-]+\\s+){0,3})$");
  private static final Pattern COMPLEMENT = Lead.compile("^\\s+(?:on|for|between|of|to|concerning|regarding|in\\s+the\\s+field\\s+of|titled|entitled|called|named|establishing|creating|setting\\s+up)\\s+\\S");
  /** "a joint declaration titled "Towards a Strategic Partnership"": the quoted words are the title. */
  private static final Pattern QUOTED = Lead.compile("(?:titled|entitled|called|named)\\s+[\"“]([^\"”]+)[\"”]");
  /** "an agreement between the two governments on tourism": the parties are not part of the title. */
  private static final Pattern PARTIES = Lead.compile("\\s+between\\s+the\\s+two\\s+(?:governments|countries|nations|sides|states)\\s+(?=(?:on|for|concerning|regarding)\\b)");
  /** "the two governments signed ...": a past event of the story told so far, not a summary ("have been negotiated"). */
  private static final Pattern SIGNED_THEN = Lead.compile("\\b(?:signed|concluded|initialled)\\b(?![^.]*\\b(?:have|has)\\s+been\\b)");
  private static final Pattern IN_WORD = Lead.compile("\\s+in\\s+(?=\\p{Lu})");
  /** ", Manila (15 October 2012)", " – Moscow, 14 December 2011": a place, then a date or a bracket (checked cheaply before the gazetteer is asked). */
  private static final Pattern PLACE_AFTER = Lead.compile(
      "\\s*(?:,|\\s[–—-])\\s+(?=\\p{Lu}[\\p{L}'’. -]{1,40}?(?:\\s*\\(|,\\s*(?:\\d|" + Dates.MONTHS + ")|\\s*$))");
  private final Rules rules = Rules.get();

  private static final Pattern MULTILATERAL = Pattern.compile(
      "(?i)(?:the\\s+)?(?:" + String.join("|", Rules.get().list("agreements", "multilateral_titles")) + ")");
  private static final Pattern DESCRIBED_PARTIES = Pattern.compile(
      "\\s+between\\s+(?:the\\s+two\\s+(?:countries|nations|governments|sides|states)|(?:the\\s+)?\\p{Lu}[\\p{L}-]+\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)$");
  // ("a joint declaration on a Canada–France Enhanced Cooperation Agenda": the named agenda is what it declares)
  private static final Pattern JOINED = Pattern.compile(
      "\\s+(?:(?:amending|supplementing|additional\\s+to|to|on\\s+the\\s+implementation\\s+of)\\s+the\\s+(?:\\d{4}\\s+)?|on\\s+an?\\s+)");
  private static final Pattern ACTED_ON = Pattern.compile(
      "(?i)\\b(?:incorporat|supersed|replac|amend|expand|extend|updat|complement|renew|revis|terminat|denounc|abrogat)(?:ed|es|ing|e|s)?\\s+(?:the|an?|its|their)\\s+$");
  private static final Pattern NAMED;
  private static final Pattern LEAD_WORDS =
      Lead.compile("(?i)^(?:(?:" + String.join("|", Rules.get().list("agreements", "lead_words")) + ")\\s+)+");
  private static final Pattern DESCRIBED;
  private static final Pattern TITLE_END;

  static {
    // case-sensitive on purpose: "an Agreement on ..." is a title, "a free trade agreement" is not (yet)
    // "the Foz do Iguaçu Declaration": a name's words may hold any letter and be joined by particles
    // ("Agreement on a Framework of Negotiation": an article after "on" or "for" stays in the
    // name; after "and" it starts another: "an Aviation Agreement and a Visa Exemption Arrangement")
    NAMED = Lead.compile("(?<![\\w-])(?:(?:\\p{Lu}[\\p{L}\\d–-]*\\s+(?:(?:of|in|and|the|do|da|de|del|dos|das)\\s+|(?:on|for)\\s+(?:an?\\s+)?)*){0,7})(?:"
        + String.join("|", Rules.get().list("agreements", "instrument")) + ")(?![\\w-])");
    DESCRIBED = Lead.compile("(?<![\\w-])(?:" + String.join("|", Rules.get().list("agreements", "described")) + ")(?![\\w-])");
    TITLE_END = Lead.compile(String.join("|", Rules.get().list("agreements", "title_end")));
  }

  /** "three memoranda of understanding were signed ...: one between A and B on X; one between ...". */
  private static final Pattern PLURAL_LIST = Lead.compile(
      "(?i)\\b(memoranda\\s+of\\s+understanding|agreements|treaties|protocols|conventions)\\b[^:;.]{0,80}:\\s*");
  private static final Pattern ONE = Lead.compile("(?i)^(?:and\\s+)?one\\s+(?=between|on|for|with|to)");

  private void listOfOnes(SentenceView s, Reading r) {
    Matcher m = PLURAL_LIST.matcher(s.text);
    if (!m.find()) return;
    String singular = switch (Regex.replaceAll(m.group(1).toLowerCase(), "\\s+", " ")) {
      case "memoranda of understanding" -> "memorandum of understanding";
      case "treaties" -> "treaty";
      default -> Regex.replaceAll(m.group(1).toLowerCase(), "s$", "");
    };
    PartialDate date = s.dateFor(m.start());
    int at = m.end();
    for (String item : Regex.split(s.text.substring(at), ";\\s*")) {
      Matcher one = ONE.matcher(item.trim());
      if (!one.find()) break;
      String rest = Regex.replaceAll(item.trim().substring(one.end()), "[.\\s]+$", "");
      r.add(new Agreement(singular + " " + rest, date, List.of(s.source())));
    }
  }

  @Override
  public void read(SentenceView s, Reading r) {
    if (!mayName(s.lower())) return;
    // "Chile, Ecuador and Peru proclaimed …", "signed … by Mexico, Iraq, Pakistan and the UAE": an
    // instrument of three or more states
    if (Regex.matcher(MANY_PARTIES, s.text, s.lower()).find() || listsThreeCountries(s) || threePartiesSign(s)) return;
    boolean third = s.namesThirdCountry() && !s.namesBoth();
    if (!third) listOfOnes(s, r);
    List<int[]> starts = new ArrayList<>(); // {title start, instrument end}
    Matcher m = Regex.matcher(NAMED, s.text, s.lower());
    while (m.find()) {
      int start = titleStart(s.text, m.start());
      // "Under the Treaty of Fez", "recognised the Empire of Brazil in the Treaty of Rio de Janeiro":
      // a name starts after the last "the" before its instrument word
      Matcher the = LAST_THE.matcher(s.text.substring(start, m.end()));
      if (the.find()) start += the.end();
      if (!starts.isEmpty() && start < starts.get(starts.size() - 1)[1]) continue;
      starts.add(new int[] {start, m.end()});
    }
    Matcher d = Regex.matcher(DESCRIBED, s.text, s.lower());
    while (d.find()) {
      if (Character.isUpperCase(s.text.charAt(d.start()))) continue; // read above as a name
      int start = describedStart(s.text, d.start());
      if (start < 0 || overlaps(starts, d.start())) continue;
      starts.add(new int[] {start, d.end()});
    }
    starts.sort((x, y) -> Integer.compare(x[0], y[0]));

    List<int[]> titles = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int limit = i + 1 < starts.size() ? starts.get(i + 1)[0] : s.text.length();
      int[] st = starts.get(i);
      // "a Protocol amending the Agreement on Air Services" is one title: the second instrument is its object
      if (i + 1 < starts.size() && JOINED.matcher(s.text.substring(st[1], limit)).matches()) {
        int[] next = starts.remove(i + 1);
        int nextLimit = i + 1 < starts.size() ? starts.get(i + 1)[0] : s.text.length();
        titles.add(new int[] {st[0], titleEnd(s, next[1], nextLimit)});
        continue;
      }
      boolean describedOnly = !Character.isUpperCase(s.text.charAt(st[0]));
      // a described instrument reaches past its word only to say what it is about ("on combating terrorism")
      int end = describedOnly && !COMPLEMENT.matcher(s.text.substring(st[1])).find() ? st[1] : titleEnd(s, st[1], limit);
      titles.add(new int[] {st[0], end});
    }
    // a third country named outside every title ("signed with China") makes the sentence another
    // pair's; one inside a title ("the Jeddah Agreement on a ceasefire in Yemen") is its subject
    if (third && thirdOutside(s, titles)) return;
    for (int[] t : titles) {
      int start = t[0], end = t[1];
      String title = Regex.replaceAll(s.text.substring(start, end).trim(), "[\\s,;:.]+$", "");
      Matcher quoted = QUOTED.matcher(title);
      if (quoted.find()) title = quoted.group(1);
      title = PARTIES.matcher(title).replaceFirst(" ");
      // "the Ruiz–Qadir Pact on the repatriation of …": a pact's name ends with its signatories' names
      title = NAMED_PACT.matcher(title).replaceFirst("$1");
      // "Amazon Cooperation Treaty Organization": the name of a body, not an instrument
      if (namesABody(s, start, end)) continue;
      // "signed the Treaty on the Delimitation of Marine Areas (the Liévano–Boyd Treaty)": the short name of the one before
      if (!titles.isEmpty() && titles.indexOf(t) > 0 && Regex.find(s.text.substring(Math.max(0, start - 9), start), "\\(\\s*(?:the\\s+)?[\"“]?$")) continue;
      // "Memorandum of Understanding on Tourism, 2004", "Treaty on Extradition – 2016": the date is no part of the title
      title = Dates.CLOSING.matcher(title).replaceFirst("").trim();
      // "a Protocol on Trade Rules under the 1990 Trade and Investment Council": a name cut at the year of another is cut before it
      title = DANGLING_YEAR.matcher(title).replaceFirst("");
      // "a free trade agreement between the two countries": the parties are no part of a described title
      if (!Character.isUpperCase(title.charAt(0))) title = DESCRIBED_PARTIES.matcher(title).replaceFirst("");
      // "the Oil Agreement between Pakistan and Iran": two states named as its parties, not both the pair, make it another pair's
      // (the pair so named is part of many official titles: "General Cooperation Agreement between Portugal and Angola")
      else if (anotherPairsParties(s, title)) continue;
      // "(signing of Boundary Treaty)": a parenthesis the title closes but does not open
      title = Regex.replaceFirst(title, "^([^(]*)\\)$", "$1").trim();
      boolean isNamed = Character.isUpperCase(title.charAt(0));
      // "the Politis–Kalfov Protocol on minorities": a name is its capitalised words; what follows in lower case describes it
      // ("… Protocol on the protection of minorities" too, but not "Technical Agreement on the sharing of White Shipping Information")
      // (unless the capitalised words are only the instrument's kind: "a Joint Declaration on the normalisation of relations")
      if (isNamed) {
        Matcher described = NAME_THEN_DESCRIPTION.matcher(title);
        if (described.find() && !KIND_ONLY.matcher(described.group(1)).matches()) title = described.group(1);
      }
      if (!isNamed && !specific(s.text, start, end, title)) continue;
      // "an arrangement … was concluded, when A, B and C signed a tripartite agreement": so was the arrangement
      if (!isNamed && MANY_SIDED.matcher(s.text).find()) continue;
      // "the first boundary treaty, the Pombo–Michelena Treaty, was signed": the description of a name
      if (!isNamed && APPOSED_NAME.matcher(s.text.substring(end)).lookingAt()) continue;
      // "the Japan–Philippines Economic Partnership Agreement, the first free trade agreement of the Philippines",
      // "The First Treaty of Tirana, a pact of friendship and security, was signed …": a description in
      // apposition to a name is the same instrument
      if (!isNamed && describesName(s.text, titles, titles.indexOf(t))) continue;
      // "the Global Political Agreement between ZANU–PF and the MDC": an agreement of other parties
      if (otherParties(s, start, end)) continue;
      // "where he and Hun Manet signed a joint declaration": a signer the text has placed in a third country
      if (thirdSigner(s, r, start)) continue;
      // "the Pacific Alliance, whose Framework Agreement …": another body's instrument
      if (Regex.find(s.text.substring(Math.max(0, start - 7), start), "\\bwhose\\s+$")) continue;
      // "the Anglo-Russian Convention": named for a country outside the pair
      if (isNamed && namedForThirdCountry(s, title)) continue;
      if (isNamed && Regex.split(title, "\\s+").length < 2 && !Regex.matches(title, "(?i)mou")) continue;
      int[] clause = s.clauseAt(start);
      String context = s.text.substring(clause[0], start) + " " + title + " "
          + s.text.substring(end, Math.min(clause[1], end + 60));
      // a brief's line "Under negotiation: Agreement for …": the label before the title says what it is
      if (clause[0] > 0 && Regex.matches(s.text.substring(0, clause[0]), "\\s*[^:.;]{1,40}:\\s*")) context = s.text.substring(0, clause[0]) + context;
      // a list's entry goes on after its clause: "- Agreement on Transit – initialled in 2022; signature pending"
      // (unless what follows is about another instrument: "; talks on a replacement convention go on")
      if (s.block().kind() == Block.Kind.BULLET && clause[1] < s.text.length()
          && !Regex.find(s.text.substring(clause[1]), "(?i)\\b(?:agreement|treaty|convention|protocol|accord|memorandum|declaration)\\b")) {
        context = context + " " + s.text.substring(clause[1]);
      }
      if (rules.foundIn("agreements", "not_signed", context)) continue;
      if (rules.foundIn("agreements", "many_parties", s.text.substring(clause[0], clause[1]))) continue;
      if (MULTILATERAL.matcher(title).matches()) continue; // the world's treaties, mentioned beside the pair's own
      if (withThirdCountry(s, end)) continue; // "the Treaty of Asunción with Paraguay and Uruguay"
      // "... and incorporated the free trade agreement": an instrument acted on is one made before
      if (ACTED_ON.matcher(s.text.substring(clause[0], start)).find()) continue;

      // "The Treaty of Tirana, a pact of friendship and security, was signed on …": past the apposition
      int after = end;
      Matcher apposition = APPOSITION.matcher(s.text).region(end, s.text.length());
      if (apposition.lookingAt()) {
        after = apposition.end();
        clause = new int[] {clause[0], s.clauseAt(after)[1]};
      }
      PartialDate date = null;
      boolean stated = false;
      Matcher p = PAREN_DATE.matcher(s.text.substring(end));
      int next = titles.indexOf(t) + 1;
      if (!p.find() && next < titles.size() && Regex.matches(s.text.substring(end, titles.get(next)[0]), "\\s*(?:and|&)\\s+(?:an?\\s+|the\\s+)?")) {
        // "an Aviation Agreement and a Visa Exemption Arrangement (both 1972)"
        Matcher shared = PAREN_DATE.matcher(s.text.substring(titles.get(next)[1]));
        if (shared.find() && shared.group(1).trim().startsWith("both")) p = shared;
      }
      p.reset();
      // "The Tonchalá Agreement of 6 November 1959": a name dated by "of", concluded on that day
      Matcher of = OF_DATE.matcher(s.text.substring(end));
      if (isNamed && of.lookingAt()) {
        PartialDate named = s.dateAt(end + of.end());
        if (named != null) { date = named; stated = true; }
      }
      if (!stated && p.find()) {
        List<DateMention> ds = Dates.find(p.group(1), 0, s.anchor);
        if (!ds.isEmpty()) date = ds.get(0).date();
        stated = true;
      } else if (!stated) {
        date = s.dateFor(after);
        // "signed a Protocol on Trade Rules under the 1990 Trade and Investment Council": that year names the council
        if (date != null && s.isAttributiveAfter(after, date)) date = s.lastDateBefore(start);
        // "followed on 14 March 1996 by a Free Trade Agreement, in force since 1 May 1997": the day it took effect
        // dates it only when its clause tells no other before it (a text "in force since 2009" alone keeps that year)
        if (date != null && s.isInForceAfter(after, date)) {
          int from = s.clauseAt(start)[0];
          for (DateMention dm : s.dates) if (dm.start() >= from && dm.end() <= start && dm.date() != null && !s.inForce(dm)) date = dm.date();
        }
        // "the next day the leaders adopted a Plan of Action for 2022–2027": years inside the title name its span
        // (the title as kept: "Protocol amending … – 29 October 2010" in a list ends before its date)
        int named = s.text.startsWith(title, start) ? start + title.length() : start;
        for (DateMention dm : s.dates) {
          if (date != null && dm.start() >= start && dm.end() <= named && date.equals(dm.date())) { date = s.lastDateBefore(start); break; }
        }
        // "came into force on 1 January 1983 but was only signed on 28 March 1983": the signing dates it
        Matcher signed = SIGNED_LATER.matcher(s.text);
        signed.region(end, s.text.length());
        if (date != null && signed.find() && s.dateAt(signed.end()) != null) date = s.dateAt(signed.end());
        // an undated sentence in a dated story: "the two governments signed ..." after "On 10 June 2018 ..."
        if (date == null && s.dates.isEmpty() && SIGNED_THEN.matcher(s.text).find()) date = s.anchor;
        // "visited India from 14 to 19 January 2018, when nine agreements were signed": a day of the stay, not its first
        if (s.isFirstDayOfStay(date)) date = PartialDate.ofMonth(date.year(), date.month());
      }
      // "... was announced and is expected to be signed": a verb of signing inside a phrase of what is
      // not (yet) signed concludes nothing
      String said = s.text.substring(clause[0], clause[1]);
      if (rules.foundIn("agreements", "not_signed", said)) said = rules.phrases("agreements", "not_signed").matcher(said).replaceAll(" ");
      boolean concluded = rules.foundIn("agreements", "concluded", said);
      // "… was initialled during the second visit; it was signed only in 2022": the signing told after
      Matcher later = SIGNED_AFTERWARDS.matcher(s.text);
      later.region(end, s.text.length());
      if (!stated && later.find() && s.dateAt(later.end()) != null) {
        date = s.dateAt(later.end());
        concluded = true;
      }
      if (!stated && !concluded && s.block().kind() != Block.Kind.BULLET) continue;
      // "the leaders issued a joint statement": words said together; one signed is an instrument
      if (!isNamed && Regex.find(title, "(?i)^joint\\s+statement") && !Regex.find(said, "(?i)\\bsign(?:ed|ing)\\b")) continue;
      r.add(new Agreement(title, date, List.of(s.source())));
    }
  }

  private static final Pattern COMPANY_PARTY = Pattern.compile(
      "\\b(?:between|with)\\s+[^;.]{0,80}?\\b(?:Ltd|Limited|Inc|PLC|plc|LLC|GmbH|S\\.A\\.|Corporation|Corp\\.)(?![\\p{L}])");

  private static boolean namesABody(SentenceView s, int start, int end) {
    // "the Agreement Monitoring Committee": a body named after an agreement is no agreement
    // (a compound of capitalised words headed by the body: not "an agreement establishing the Supreme Strategic Committee")
    if (Regex.matches(s.text.substring(start, end).trim(), "(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:Committee|Commission|Council|Secretariat|Board|Authority|Mechanism)")) return true;
    for (var o : s.organisations) {
      if (o.start() < end && o.end() > start && BODY_NAME.matcher(o.surface()).find()) return true;
    }
    return false;
  }

  /** The people named as signers just before the verb: "he and Hun Manet signed", "X, Lula and Ahmadinejad signed". */
  private static final Pattern SIGNERS = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}|he|she)(?:,\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})*"
          + "\\s+and\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})\\s+(?:signed|concluded|initialled)\\s+(?:the\\s+|a\\s+|an\\s+)?[^,;.]{0,20}$");

  private static boolean thirdSigner(SentenceView s, Reading r, int titleStart) {
    int from = s.clauseAt(titleStart)[0];
    Matcher m = SIGNERS.matcher(s.text.substring(from, titleStart));
    if (!m.find()) return false;
    for (String name : Regex.split(m.group(1), ",\\s+|\\s+and\\s+")) {
      if (name.equals("he") || name.equals("she")) continue;
      Persons.Person p = r.people.lookupWithCountry(name.trim());
      if (p != null && !s.pair.contains(p.country())) return true;
    }
    return false;
  }

  private static final Pattern BODY_NAME = Pattern.compile("\\b(?:Organi[sz]ation|Community|Union|Council|Association)\\b");
  private static final Pattern NAMED_PACT = Pattern.compile("^(.*\\p{Lu}[\\p{L}]+[–-]\\p{Lu}[\\p{L}]+\\s+Pact)\\s+(?:on|of|for|concerning)\\s.*$", Pattern.DOTALL);
  private static final Pattern SIGNED_AFTERWARDS = Pattern.compile(
      "(?i)[;,]\\s+(?:and\\s+|but\\s+)?(?:it|which)\\s+was\\s+(?:finally\\s+|only\\s+|eventually\\s+)?signed\\s+(?:only\\s+)?(?:in|on)\\s+");
  private static final Pattern SIGNED_LATER = Pattern.compile(
      "(?i)\\b(?:came|entered)\\s+into\\s+force\\b[^.;]{0,60}?\\b(?:but|and|although|though)\\s+(?:was\\s+|had\\s+been\\s+)?(?:only\\s+|formally\\s+)?signed\\s+(?:on\\s+|in\\s+)?");
  private static final Pattern MANY_SIDED = Lead.compileExact("(?i)\\b(?:tripartite|trilateral|quadrilateral|multilateral)\\b");
  private static final Pattern MANY_PARTIES = Lead.compileExact(
      "(?i)\\b(?:both|all|each)\\s+(?:\\w+\\s+)?(?:were|was|are|is)\\s+(?:tripartite|trilateral|quadrilateral|multilateral)\\b"
          // ("The Helsinki Treaty of 1962 was signed by all five Nordic states")
          + "|\\bsigned\\s+by\\s+all\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:states|countries|nations|members|governments)\\b");
  private static final Pattern APPOSED_NAME = Pattern.compile(",\\s+(?:the\\s+)?\\p{Lu}[\\p{L}–-]*(?:\\s+\\p{Lu}[\\p{L}–-]*)*\\s+(?:Treaty|Agreement|Accord|Convention|Protocol|Declaration),");
  /** The last "the" of a name's lead, unless it joins the name ("Amendment to the …", "Protocol of the …"). */
  private static final Pattern LAST_THE = Pattern.compile("^.*(?<!\\bto\\s)(?<!\\bof\\s)(?<!\\bon\\s)(?<!\\bfor\\s)\\bthe\\s+(?=\\p{Lu})");
  private static final Pattern NAME_THEN_APPOSITION = Pattern.compile(
      "\\p{Lu}\\p{L}*\\s+(?:Agreement|Treaty|Accord|Convention|Protocol|Declaration),\\s+(?:the|its|their)\\s+(?:\\p{Ll}+\\s+){0,2}$");
  // ("the Joint Declaration of 19 October", its year the story's: a date the sentence reads there)
  private static final Pattern OF_DATE = Pattern.compile("\\s+of\\s+(?=\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\b|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}\\b)");
  private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(.+)$");
  private static final Pattern DANGLING_YEAR = Pattern.compile("\\s+(?:under|of|to|on|for|with)\\s+the\\s+\\d{4}$");
  private static final Pattern ACRONYM_PARTY = Pattern.compile("\\band\\s+(?:the\\s+)?([A-Z]{3,8})\\b");
  private static final Pattern SIGNED_BY = Pattern.compile("[^.;]{0,40}?\\bsigned\\s+by\\s+(?:the\\s+)?");
  private static final Pattern CONCLUDED_BETWEEN = Pattern.compile("[^.;]{0,40}?\\b(?:concluded|signed|agreed|reached)\\s+between\\s+");
  private static final Pattern GOVERNMENT_AND = Pattern.compile("^(?:the\\s+)?(?:(?:central|federal|national|transitional)\\s+)?government\\s+and\\s+");
  private static final Pattern NON_STATE_PARTY = Pattern.compile(
      "\\band\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:rebels?|insurgents?|militias?|movement|front|guerrillas?|opposition|separatists?)\\b");
  /** An instrument named only by words that say what kind it is, not which one ("Joint Declaration"). */
  private static final Pattern KIND_ONLY = Pattern.compile(
      "(?:(?:Joint|Framework|Bilateral|Basic|General|Supplementary|Additional|Technical|Interim|Preliminary)\\s+)+\\p{L}+");
  private static final Pattern NAME_THEN_DESCRIPTION = Pattern.compile(
      "^((?:\\p{Lu}[\\p{L}–-]*\\s+)+(?:Agreement|Treaty|Protocol|Convention|Memorandum|Declaration|Accord|Statement|Communiqué|Pact))\\s+(?:on|for|concerning|regarding)\\s+(?:(?:the|a|an)\\s+\\p{Ll}[^\\p{Lu}]*$|(?!(?:the|a|an)\\b)\\p{Ll}.*$)",
      Pattern.DOTALL);

  /** Three or more countries in one coordinated run: "Chile, Ecuador and Peru", "Mexico, Iraq, Pakistan and the UAE". */
  private static boolean listsThreeCountries(SentenceView s) {
    java.util.Set<String> run = new java.util.HashSet<>();
    int lastEnd = -1;
    for (var c : s.countries) {
      if (SentenceView.isAdjective(c)) { run.clear(); lastEnd = -1; continue; }
      boolean joined = lastEnd >= 0 && Regex.matches(s.text.substring(lastEnd, c.start()), "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");
      if (!joined) run.clear();
      run.add(c.entity().iso3());
      lastEnd = c.end();
      if (run.size() >= 3) return true;
    }
    return false;
  }

  /**
   * "Egypt, Israel and the European Union signed a memorandum": two states and a bloc, or more, listed as the ones
   * who signed, make the instrument one of three parties.
   */
  private static boolean threePartiesSign(SentenceView s) {
    if (s.organisations.isEmpty()) return false;
    List<int[]> parties = new ArrayList<>(); // {start, end, 1 for a country}
    for (var c : s.countries) if (!SentenceView.isAdjective(c)) parties.add(new int[] {c.start(), c.end(), 1});
    for (var o : s.organisations) parties.add(new int[] {o.start(), o.end(), 0});
    parties.sort((x, y) -> Integer.compare(x[0], y[0]));
    int run = 0, countries = 0, lastEnd = -1;
    for (int[] p : parties) {
      boolean joined = lastEnd >= 0 && Regex.matches(s.text.substring(lastEnd, p[0]), "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");
      if (!joined) { run = 0; countries = 0; }
      run++;
      countries += p[2];
      lastEnd = p[1];
      if (run >= 3 && countries >= 2 && Regex.find(s.text.substring(lastEnd), "^\\s+(?:\\w+\\s+)?(?:signed|concluded|initialled)\\b")) return true;
    }
    return false;
  }

  /** A country outside the pair named outside every title. */
  private static boolean thirdOutside(SentenceView s, List<int[]> titles) {
    // "a rail route for Nepali goods across Indian territory to Bangladesh": with both members named,
    // a third country's adjective is scenery
    java.util.Set<String> members = new java.util.HashSet<>();
    for (var c : s.countries) if (s.pair.contains(c.entity().iso3())) members.add(c.entity().iso3());
    boolean both = members.size() == 2;
    for (var c : s.countries) {
      if (s.pair.contains(c.entity().iso3())) continue;
      if (both && SentenceView.isAdjective(c)) continue;
      boolean inside = false;
      for (int[] t : titles) if (c.start() >= t[0] && c.end() <= t[1]) inside = true;
      // "With the Swedish EU presidency as mediator, …", "signed in Sweden", "brokered by Norway": a go-between or a venue
      if (!inside && (GO_BETWEEN_BEFORE.matcher(s.text.substring(Math.max(0, c.start() - 40), c.start())).find()
          || GO_BETWEEN_AFTER.matcher(s.text.substring(c.end(), Math.min(s.text.length(), c.end() + 50))).lookingAt())) continue;
      if (!inside) return true;
    }
    return false;
  }

  private static final Pattern GO_BETWEEN_BEFORE = Pattern.compile(
      "(?i)\\b(?:(?:mediat(?:ed|ion)|brokered|hosted|facilitated)\\s+by|under\\s+the\\s+auspices\\s+of|signed\\s+in)\\s+(?:the\\s+)?$");
  private static final Pattern GO_BETWEEN_AFTER = Pattern.compile(
      "(?i)(?:\\s+\\p{L}+){0,3}\\s+(?:acting\\s+)?as\\s+(?:the\\s+)?(?:mediator|host|facilitator|broker|go-between|guarantor)\\b");

  /**
   * "the Global Political Agreement between ZANU–PF and the MDC": the parties are named, and none of
   * them is of the pair ("between the intelligence services" names no one).
   */
  private static final Pattern BETWEEN_TWO = Pattern.compile("\\s+between\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} -]*?)\\s+and\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} -]*?)$");

  /** Whether a title ends with two states as its parties ("… between Pakistan and Iran") that are not both the pair. */
  private static boolean anotherPairsParties(SentenceView s, String title) {
    Matcher m = BETWEEN_TWO.matcher(title);
    if (!m.find()) return false;
    String a = s.country(m.group(1)).map(c -> c.iso3()).orElse(null), b = s.country(m.group(2)).map(c -> c.iso3()).orElse(null);
    return a != null && b != null && !a.equals(b) && !(s.pair.contains(a) && s.pair.contains(b));
  }

  private static boolean otherParties(SentenceView s, int start, int end) {
    // "the Host Government Agreement between the Government and EACOP Ltd": a company is a party
    if (COMPANY_PARTY.matcher(s.text).region(start, s.clauseAt(Math.max(start, end - 1))[1]).find()) return true;
    // "the Kumanovo Agreement, signed by NATO and Yugoslav commanders": a body of many states signed it
    Matcher signedBy = SIGNED_BY.matcher(s.text).region(end, s.clauseAt(Math.max(start, end - 1))[1]);
    if (signedBy.lookingAt()) {
      for (var o : s.organisations) if (o.start() == signedBy.end()) return true;
    }
    // "The Riyadh Agreement … was concluded between the government and the Southern Transitional Council":
    // one government and a party that names no state, told after the name
    Matcher after = CONCLUDED_BETWEEN.matcher(s.text).region(end, s.clauseAt(Math.max(start, end - 1))[1]);
    if (after.lookingAt()) {
      Matcher government = GOVERNMENT_AND.matcher(s.text).region(after.end(), s.text.length());
      if (government.lookingAt()) {
        int stop = s.clauseAt(after.end())[1];
        for (var c : s.countries) if (c.start() >= government.end() && c.end() <= stop) return false;
        return true;
      }
    }
    Matcher b = BETWEEN.matcher(s.text.substring(start, end));
    if (!b.find()) return false;
    Matcher first = Regex.of("^(?:the\\s+)?(\\p{Lu}[\\p{L}–-]*)").matcher(b.group(1));
    if (!first.find()) return false;
    int from = start + b.start(1);
    // "between Iran and the Eurasian Economic Union": a member and a bloc
    for (var o : s.organisations) if (o.start() >= from && o.end() <= end) return true;
    // "between the Chadian government and the MDJT rebels": one government and a party that is no state
    if (NON_STATE_PARTY.matcher(b.group(1)).find()) return true;
    // "between the Angolan Government and UNITA": a party known by an acronym that names no state
    Matcher acronym = ACRONYM_PARTY.matcher(b.group(1));
    if (acronym.find()) {
      int at = start + b.start(1) + acronym.start(1);
      if (s.countries.stream().noneMatch(c -> c.start() == at)) return true;
    }
    // "between ISRO and the … Authority of Mongolia": agencies of the pair still name a member
    for (var c : s.countries) if (c.start() >= from && c.end() <= end && s.pair.contains(c.entity().iso3())) return false;
    return true;
  }

  private static final Pattern DOUBLE_ADJECTIVE = Pattern.compile("^(\\p{Lu}\\p{Ll}+)[-–](\\p{Lu}\\p{Ll}+)\\s");

  /** "Anglo-Russian Convention", "Franco-Mexican Treaty": a title whose two nations are not both the pair's. */
  private static boolean namedForThirdCountry(SentenceView s, String title) {
    Matcher m = DOUBLE_ADJECTIVE.matcher(title);
    if (!m.find()) return false;
    for (int g = 1; g <= 2; g++) {
      String part = m.group(g);
      String code = COMBINING_FORMS.get(part.toLowerCase(java.util.Locale.ROOT));
      if (code == null) code = org.bilateral.gazetteer.Gazetteer.get().country(part).map(c -> c.iso3()).orElse(null);
      if (code != null && !s.pair.contains(code)) return true;
    }
    return false;
  }

  /** The first halves of compound adjectives ("Anglo-", "Franco-"), from rules/agreements.yaml, by lower case. */
  private static final java.util.Map<String, String> COMBINING_FORMS = Rules.get().lexicon("agreements", "combining_forms");

  // ("The Treaty of Saadabad, signed in Tehran on 8 July 1937 with Iraq and Afghanistan": where and when may come first)
  private static final Pattern WITH = Pattern.compile("^\\s*,?\\s+(?:(?:signed|concluded|agreed)\\s+(?:[^,;.]{1,60}?\\s+)?)?(?:together\\s+)?with\\s+(?:the\\s+)?(?=\\p{Lu})");
  /** "… agreement with the bloc in 2017": a grouping of states, named by a common noun. */
  private static final Pattern WITH_BLOC = Pattern.compile("^\\s*,?\\s+(?:(?:signed|concluded|agreed)\\s+)?with\\s+the\\s+(?:bloc|union|community|alliance|grouping|organi[sz]ation)\\b");

  /** Whether the words after a title name other parties: "signed ... with Paraguay and Uruguay", "… with the bloc". */
  private static boolean withThirdCountry(SentenceView s, int titleEnd) {
    if (WITH_BLOC.matcher(s.text.substring(titleEnd)).find()) return true;
    Matcher w = WITH.matcher(s.text.substring(titleEnd));
    if (!w.find()) return false;
    int at = titleEnd + w.end();
    for (var c : s.countries) {
      if (c.start() == at) return !s.pair.contains(c.entity().iso3());
    }
    // "an association agreement with the European Union": a bloc is no member of the pair
    for (var o : s.organisations) if (o.start() == at || o.start() + 4 == at && s.text.startsWith("the ", o.start())) return true;
    return false;
  }

  private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(?:an?|the)\\s+[^,;.()]{2,80},");

  /** Whether the described title at {@code index} stands in apposition to the name told just before it. */
  private static boolean describesName(String text, List<int[]> titles, int index) {
    int start = titles.get(index)[0], end = titles.get(index)[1];
    if (NAME_THEN_APPOSITION.matcher(text.substring(0, start)).find()) return true;
    // between two commas, right after a name: "the Treaty of Tirana, a pact of …, was signed"
    if (index == 0 || !Regex.find(text.substring(end), "^[^,;.()]{0,60},")) return false;
    int named = titles.get(index - 1)[0];
    return Character.isUpperCase(text.charAt(named))
        && Regex.matches(text.substring(named, start), "[^,;.()]{1,140}?\\s*,\\s*(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,3}");
  }

  private static final List<String> STEMS = List.of("agreement", "memorand", "mou", "treat", "convention", "protocol", "agenda", "charter",
      "accord", "declaration", "notes", "intent", "arrangement", "framework", "understanding", "statement", "consensus", "plan of action", "action plan",
      "pact", "communiqu", "minutes", "act of", "presidential act");

  /** A cheap check before the patterns: every instrument word holds one of these stems. */
  private static boolean mayName(String lower) {
    for (String s : STEMS) if (lower.contains(s)) return true;
    return false;
  }

  /** A described instrument must be singular, introduced by an article, and say what it is about. */
  private boolean specific(String text, int start, int end, String title) {
    // "a multi-party agreement among the parties": one of many parties
    if (Regex.find(title, "(?i)^(?:an?\\s+|the\\s+)?(?:multi-?party|multilateral|trilateral|tripartite|quadrilateral|regional)\\b")) return false;
    // "a protocol on its second phase", "the first agreement of its kind": about something named elsewhere
    if (Regex.matches(title, "(?i).*\\b(?:its|their|his|her|this|that)\\b.*")) return false;
    String[] words = Regex.split(title, "\\s+");
    boolean hasComplement = Regex.matches(title, "(?is).*\\b(?:on|for|between|of|concerning|regarding|establishing|creating)\\s+\\S.*")
        && !Regex.matches(title, "(?i)memorandum of understanding");
    // "a bilateral agreement" says nothing of what it is; "a bilateral investment treaty" does
    int from = words.length > 0 && words[0].equalsIgnoreCase("bilateral") ? 1 : 0;
    boolean typed = words.length - from >= 2;
    return hasComplement || typed;
  }

  private static boolean overlaps(List<int[]> starts, int pos) {
    for (int[] s : starts) if (pos >= s[0] && pos < s[1]) return true;
    return false;
  }

  /** Where a DESCRIBED instrument's title starts: after its article, without words like "first". */
  private int describedStart(String text, int wordStart) {
    Matcher a = ARTICLE.matcher(text.substring(Math.max(0, wordStart - 60), wordStart));
    if (!a.find()) return -1;
    int start = wordStart - a.group(1).length();
    String lead = a.group(1);
    // "the day the agreement came into force": the last article starts the phrase
    Matcher inner = Regex.of("(?i)^.*\\b(?:the|a|an)\\s+").matcher(lead);
    if (inner.find()) {
      start += inner.end();
      lead = lead.substring(inner.end());
    }
    Matcher l = LEAD_WORDS.matcher(lead);
    if (l.find()) start += l.end();
    // numbers and plurals are counts, not an instrument: "two agreements", "three further agreements"
    if (Regex.matches(lead, "(?i).*\\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|\\d+)\\b.*")) return -1;
    return start;
  }

  /** "The Treaty", "An Agreement": a leading article is not part of the title. */
  private static int titleStart(String text, int start) {
    Matcher lead = Regex.of("^(?:(?:The|An?|This)\\s+)").matcher(text.substring(start));
    return lead.find() ? start + lead.end() : start;
  }

  private int titleEnd(SentenceView s, int from, int limit) {
    String rest = s.text.substring(from, limit);
    int end = rest.length();
    Matcher paren = Regex.of("\\s*\\(").matcher(rest);
    if (paren.find()) end = Math.min(end, paren.start());
    Matcher stop = TITLE_END.matcher(rest);
    if (stop.find()) end = Math.min(end, stop.start());
    Matcher semi = Regex.of(";|\\.(?:\\s|$)").matcher(rest);
    if (semi.find()) end = Math.min(end, semi.start());
    // a brief's "Agreement on … – Moscow, 14 December 2011", "…, Manila (15 October 2012)": where it was signed
    Matcher dash = PLACE_AFTER.matcher(rest);
    while (dash.find() && dash.start() < end) {
      List<Places.Place> places = Places.listAt(s.text, from + dash.end());
      if (!places.isEmpty() && places.get(0).country() != null
          && Regex.find(s.text.substring(places.get(0).end()), "^\\s*(?:[,(;]|$)")) {
        end = dash.start();
        break;
      }
    }
    // "... Agreement in Islamabad": a place after "in" is where it was signed, not part of the title
    Matcher in = IN_WORD.matcher(rest);
    while (in.find() && in.start() < end) {
      List<Places.Place> places = Places.listAt(s.text, from + in.end());
      // (a place the gazetteer knows in more than one country is still a place: "in Geneva")
      if (!places.isEmpty() && (places.get(0).country() != null || !org.bilateral.gazetteer.Gazetteer.get().cities(places.get(0).name()).isEmpty())) {
        end = in.start();
        break;
      }
    }
    String t = rest.substring(0, end);
    Matcher join = LIST_JOIN.matcher(t);
    if (join.find()) end = join.start();
    return from + end;
  }
}
