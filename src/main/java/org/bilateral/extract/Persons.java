package org.bilateral.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.gazetteer.Mention;

/**
 * Splits "Pakistani President Pervez Musharraf" into its country (Pakistani), office (President)
 * and person (Pervez Musharraf). A name is the run of capitalised words at the end that are
 * neither office words (rules/visits.yaml) nor countries; the office is what stands before it.
 */
final class Persons {
  /** Who: the country (from a demonym or possessive; may be null), the office (may be null), the name. */
  record Person(String country, String office, String name) {
    /** Offices abbreviated in running text are written out: "PM" is "Prime Minister". */
    Person {
      // ("Deputy Prime Minister and Minister of Foreign Affairs (DPM/FM)": the office's own abbreviation, told after it)
      if (office != null && office.endsWith(")")) office = Regex.replaceFirst(office, "\\s*\\(\\p{Lu}{1,5}(?:\\s*[/&,]\\s*\\p{Lu}{1,5})*\\)$", "");
      if (office != null) office = expand(office);
      if (name != null && name.indexOf(' ') > 0) name = unshouted(name);
    }
  }

  private static final Pattern SHOUTED_WORD = Pattern.compile("\\b(?![IVXLCDM]+\\b)(\\p{Lu})(\\p{Lu}+)\\b");

  /**
   * "Yassine FALL", "Macky SALL": a surname written in capitals, as French-speaking briefs write it, in the case of
   * the rest of the name; Roman numerals stay ("Carl XVI Gustaf").
   */
  static String unshouted(String name) {
    boolean lower = false, shouted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      lower |= Character.isLowerCase(c);
      shouted |= i > 0 && Character.isUpperCase(c) && Character.isUpperCase(name.charAt(i - 1));
    }
    if (!lower || !shouted) return name; // a name all in capitals is left as written; one with none in a row has none
    return SHOUTED_WORD.matcher(name).replaceAll(m -> m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT));
  }

  /** The abbreviations as written (the lexicon's keys are folded to lower case), and their offices. */
  private static final java.util.Map<String, String> ABBREVIATED = new java.util.HashMap<>();

  static {
    Rules.get().lexicon("visits", "office_abbreviations").forEach((k, v) -> ABBREVIATED.put(k.toUpperCase(java.util.Locale.ROOT), v));
  }

  private static final Pattern ABBREVIATION = Pattern.compile("\\b(?:" + String.join("|", ABBREVIATED.keySet()) + ")\\b");

  static String expand(String office) {
    office = office.replace(" & ", " and ");
    Matcher m = ABBREVIATION.matcher(office);
    if (!m.find()) return office;
    return m.replaceAll(r -> ABBREVIATED.get(r.group()));
  }

  private static final Pattern OFFICE_WORD = Pattern.compile(
      "(?:" + String.join("|", Rules.get().list("visits", "office_words")) + ")");
  private static final Pattern PARTICLE = Pattern.compile("de|del|da|do|dos|das|du|des|van|von|der|den|ten|bin|bint|ibn|al|el|ul|y|la|le|di|arap|ben|ter|zu");
  private static final Pattern FORMER = Pattern.compile("(?i)former|ex|erstwhile|retired|then-former");
  private static final Pattern PORTFOLIO_JOIN = Pattern.compile("and|for|of");
  // ("DPM & FM": a brief's ampersand joins two offices as "and" does)
  private static final Pattern CONNECTOR = Pattern.compile("of|for|the|and|&|on|in|de|to|,");
  /** "Musharraf", "Díaz-Canel", and Arabic names with a lower-case article: "el-Sisi", "al-Assad". */
  // ("'Akilisi Pōhiva": a Tongan name may open with a glottal stop written as an apostrophe)
  private static final Pattern CAPITALISED = Pattern.compile("(?:[a-z]{1,3}[-'’]|['’ʻ])?\\p{Lu}[\\p{L}'’.-]*");
  private static final Pattern OF_COUNTRY = Pattern.compile("\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*?)\\s*$");
  /** Capitalised words before a country that make it no surname: "In May Pakistan", "When Mexico". */
  private static final Pattern NOT_GIVEN_NAME = Pattern.compile("January|February|March|April|May|June|July|August|"
      + "September|October|November|December|Spring|Summer|Autumn|Winter|The|In|On|At|By|As|When|After|Before|Under|"
      + "During|Since|Then|While|With|From|For|And|But|Both|Later|Also|Meanwhile|Today|Until|Once|Thus|Soon|Now");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  private static final Pattern ROYAL = Pattern.compile("(?:Crown\\s+)?(?:Prince|Princess|King|Queen|Emperor|Empress|Infante|Infanta|Duke|Duchess)");
  private static final Pattern LEADING_RANK = Pattern.compile(
      "^(?:(?:" + String.join("|", Rules.get().list("visits", "military_ranks")) + ")\\s+)+(?=\\p{Lu})");
  private static final Pattern LEADING_ADDRESS = Pattern.compile(
      "^(?:(?:" + String.join("|", Rules.get().list("visits", "address")) + ")\\s+)+");
  private static final Pattern ADDRESS = Pattern.compile("(?:" + String.join("|", Rules.get().list("visits", "address")) + ")");
  private static final Pattern HONORIFIC = Pattern.compile(
      "(?:" + String.join("|", Rules.get().list("visits", "ranks")) + ")|" + ADDRESS.pattern());

  private Persons() {}

  /**
   * Reads the visitor from the words just before a verb of travel: the longest run of office
   * words and name words, perhaps led by a demonym ("Mexican") or possessive ("Mexico's").
   */
  static Person before(String text) {
    // "President of the Soviet Union Mikhail Gorbachev": an office of a country named in several words, then the name
    Person ofState = officeOfStateThenName(text);
    if (ofState != null) return ofState;
    // "Prince Juan Carlos of Spain": a country after the name says whose prince
    Matcher of = OF_COUNTRY.matcher(text);
    if (of.find()) {
      var c = Gazetteer.get().country(of.group(1));
      if (c.isPresent()) {
        Person p = before(text.substring(0, of.start()));
        // a royal title takes its country ("Prince of Spain"); an office of state does not ("President X of Pakistan")
        if (p != null && p.office() != null) {
          String office = ROYAL.matcher(p.office()).matches() ? p.office() + " of " + of.group(1).trim() : p.office();
          return new Person(c.get().iso3(), office, p.name());
        }
      }
    }
    List<String> tokens = tokens(text);
    int i = tokens.size();
    // the name: capitalised, not office words, not countries
    List<String> name = new ArrayList<>();
    // "Prime Minister Luís Montenegro": a surname that is also a country's name, known as a surname by
    // the given name before it
    if (i > 1 && isCountry(tokens.get(i - 1)) && CAPITALISED.matcher(tokens.get(i - 1)).matches()
        && isNameWord(tokens.get(i - 2)) && !NOT_GIVEN_NAME.matcher(tokens.get(i - 2)).matches()) {
      name.add(tokens.get(--i));
    }
    while (i > 0) {
      String t = tokens.get(i - 1);
      if (isNameWord(t) || (!name.isEmpty() && PARTICLE.matcher(t).matches() && nameBeforeParticles(tokens, i - 2))) {
        name.add(t);
        i--;
      } else break;
    }
    if (name.isEmpty()) return null;
    Collections.reverse(name);
    // "Minister for Trade and Export Growth Damien O'Connor": a portfolio of words that are no office
    // words runs into the name after "and"/"for"/"of"; the name is its last two words
    if (name.size() >= 4 && i > 0 && PORTFOLIO_JOIN.matcher(tokens.get(i - 1)).matches()) {
      int k = i;
      while (k > 0 && (isOfficeWord(tokens.get(k - 1)) || CONNECTOR.matcher(tokens.get(k - 1)).matches()
          || CAPITALISED.matcher(tokens.get(k - 1)).matches() && !isCountry(tokens.get(k - 1)))) k--;
      while (k < i && !isOfficeWord(tokens.get(k))) k++;
      if (k < i) {
        List<String> office = new ArrayList<>(tokens.subList(k, i));
        office.addAll(name.subList(0, name.size() - 2));
        return new Person(countryBefore(tokens, k), join(office), join(name.subList(name.size() - 2, name.size())));
      }
    }
    // the office: office words and connectors between them
    int officeEnd = i;
    int officeStart = i;
    int j = i;
    while (j > 0) {
      String t = tokens.get(j - 1);
      if (isOfficeWord(t)) officeStart = --j;
      // "Minister Delegate for Foreign Affairs": a capitalised word inside an office, kept if an office word precedes
      else if (CAPITALISED.matcher(t).matches() && !isCountry(t) && officeStart < officeEnd && j > 1
          && (isOfficeWord(tokens.get(j - 2)) || CONNECTOR.matcher(tokens.get(j - 2)).matches())) j--;
      // "Minister of African Integration and Foreign Affairs": capitalised words, a people's name among them, between a
      // connector after an office word and the rest of the office
      else if (CAPITALISED.matcher(t).matches() && officeStart < officeEnd && portfolioWord(tokens, j - 1)) j--;
      // "Senate of Pakistan", "Minister of State of India": a country after "of" belongs to the office
      // (not across a comma: "After the invasion of Ukraine, Foreign Minister Lavrov")
      else if (isCountry(t) && j > 1 && tokens.get(j - 2).equals("of") && !tokens.get(j).equals(",")) officeStart = --j;
      else if (CONNECTOR.matcher(t).matches() && officeStart < officeEnd) j--; // kept only if an office word precedes
      else break;
    }
    String country = countryBefore(tokens, officeStart);
    // "Prime Minister Field Marshal Thanom": the rank after a whole office is a form of address
    int kept = officeEnd;
    while (kept - 1 > officeStart && HONORIFIC.matcher(tokens.get(kept - 1)).matches()) kept--;
    if (kept < officeEnd && tokens.subList(officeStart, kept).stream().anyMatch(t -> !HONORIFIC.matcher(t).matches()
        && !CONNECTOR.matcher(t).matches())) {
      officeEnd = kept;
    }
    String office = officeStart < officeEnd ? join(tokens.subList(officeStart, officeEnd)) : null;
    // "Former President Uhuru Kenyatta": a former holder holds no office
    if (office != null && officeStart > 0 && FORMER.matcher(tokens.get(officeStart - 1)).matches()) office = null;
    // "Sir Keir Starmer": a form of address alone is no office
    if (office != null && tokens.subList(officeStart, officeEnd).stream().allMatch(t -> ADDRESS.matcher(t).matches())) office = null;
    // "His Majesty the King Jigme …", "Her Royal Highness Princess …": a royal's style before the office is no part of it
    if (office != null) {
      Matcher style = ROYAL_STYLE.matcher(office);
      if (style.lookingAt() && style.end() < office.length()) office = office.substring(style.end());
    }
    return new Person(country, office, join(name));
  }

  private static final Pattern ROYAL_STYLE = Pattern.compile("(?:His|Her|Their)\\s+(?:Royal\\s+|Imperial\\s+|Serene\\s+)?(?:Majesty|Majesties|Highness)(?:\\s+the)?\\s+");
  private static final Pattern OFFICE_OF_THE = Pattern.compile("^(.*?\\s(?:of|for)\\s+(?:the\\s+)?)(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){2,6})$");

  /** The office "of the" a country of two or more words, and the name after it; null when the text is not so. */
  private static Person officeOfStateThenName(String text) {
    Matcher m = OFFICE_OF_THE.matcher(text.trim());
    if (!m.matches() || !looksLikeOffice(m.group(1))) return null;
    String[] words = m.group(2).split("\\s+");
    for (int k = 2; k <= Math.min(4, words.length - 1); k++) {
      String state = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
      var c = Gazetteer.get().country(state);
      if (c.isEmpty()) continue;
      List<String> name = java.util.Arrays.asList(java.util.Arrays.copyOfRange(words, k, words.length));
      if (!name.stream().allMatch(Persons::isNameWord)) return null;
      return new Person(c.get().iso3(), m.group(1).trim() + " " + state, String.join(" ", name));
    }
    return null;
  }

  /** A demonym or possessive just before the office that starts at token {@code at} ("Mexican", "Mexico's"). */
  private static String countryBefore(List<String> tokens, int at) {
    String lead = String.join(" ", tokens.subList(0, at));
    List<Mention<Country>> cs = Gazetteer.get().findCountries(lead);
    if (cs.isEmpty()) return null;
    Mention<Country> last = cs.get(cs.size() - 1);
    String tail = lead.substring(last.end()).trim();
    return tail.isEmpty() || tail.equals("'s") || tail.equals("’s") ? last.entity().iso3() : null;
  }

  /**
   * Reads a list entry: "Foreign Vice-Minister Burhanul Islam", or with the name first,
   * "Saleem Mandviwalla, Deputy Chairman of the Senate".
   */
  static Person entry(String text) {
    String t = Regex.replaceAll(text.trim(), "[.;,]+$", "");
    int comma = t.indexOf(',');
    if (comma > 0) {
      // "H.E. John Kufuor, President of Ghana": forms of address before the name are neither
      String first = LEADING_ADDRESS.matcher(t.substring(0, comma).trim()).replaceFirst("");
      // "Lieutenant Colonel Yakubu Gowon, Head of State": a military rank before the name, the office after it
      String unranked = LEADING_RANK.matcher(first).replaceFirst("");
      if (!unranked.equals(first) && OFFICE_WORD.matcher(t.substring(comma + 1)).find()) first = unranked;
      // "Prime Minister Omar Qadir, State Visit, Lahore": what follows a whole office and name is another field
      Person whole = before(first);
      String rest = t.substring(comma + 1).trim();
      // "HH Prince Faisal bin Farhan, Minister of Foreign Affairs": a royal's office of state is told after his name
      if (whole != null && whole.office() != null && ROYAL.matcher(whole.office()).matches() && looksLikeOffice(rest)) {
        return new Person(whole.country(), rest, whole.name());
      }
      if (whole != null && whole.office() != null && !whole.name().isBlank()) return whole;
      if (!first.isEmpty() && tokens(first).stream().allMatch(w -> isNameWord(w) || PARTICLE.matcher(w).matches())
          && OFFICE_WORD.matcher(rest).find()) {
        return new Person(null, rest, first);
      }
    }
    // "H.E. President Daniel arap Moi": a form of address before the office is no part of it
    Matcher address = LEADING_ADDRESS.matcher(t);
    if (address.lookingAt() && OFFICE_WORD.matcher(t.substring(address.end())).lookingAt()) t = t.substring(address.end());
    return before(t);
  }

  /** True when a phrase reads as an office ("Speaker of the Lok Sabha"): it starts with an office word. */
  /** "Luz María de la Mora": particles ("de la") stand between two parts of a name. */
  private static boolean nameBeforeParticles(List<String> tokens, int k) {
    while (k >= 0 && PARTICLE.matcher(tokens.get(k)).matches()) k--;
    return k >= 0 && isNameWord(tokens.get(k));
  }

  /**
   * Whether the capitalised word at {@code k} is inside a portfolio: the capitalised words before it run back to a
   * connector ("of", "and", "for") that an office word stands before ("Minister of African Integration").
   */
  private static boolean portfolioWord(List<String> tokens, int k) {
    int i = k;
    while (i > 0 && k - i < 4 && CAPITALISED.matcher(tokens.get(i - 1)).matches() && !isOfficeWord(tokens.get(i - 1))) i--;
    if (i < 2 || !PORTFOLIO_JOIN.matcher(tokens.get(i - 1)).matches()) return false;
    return isOfficeWord(tokens.get(i - 2));
  }

  static boolean looksLikeOffice(String phrase) {
    List<String> t = tokens(phrase);
    return !t.isEmpty() && isOfficeWord(t.get(0)) && t.size() <= 12;
  }

  private static boolean isNameWord(String t) {
    return remembered(NAME_WORDS, t, Persons::testNameWord);
  }

  private static boolean testNameWord(String t) {
    return (CAPITALISED.matcher(t).matches() || INITIAL.matcher(t).matches())
        && !isOfficeWord(t) && !isCountry(t) && !t.equals(",") && !INSTITUTION.matcher(t).matches();
  }

  /** Words of bodies and instruments, never of a person's name: "the Joint Trade Committee" is no Mr Committee. */
  private static final Pattern INSTITUTION = Pattern.compile("Committee|Commission|Council|Forum|Dialogue|Mechanism|Summit|"
      + "Conference|Agreement|Treaty|Protocol|Accord|Declaration|Memorandum|Session|Meeting|Consultations|Talks|Group|"
      + "Board|Union|Organisation|Organization|Association|Community|Ministry|Department|Embassy|Consulate|Parliament|"
      + "Assembly|Congress|Senate|Tribunal|Agency|Authority|Corporation|Company|Institute|University|Airlines?|Railway|Zone|"
      + "Pipeline|Bridge|Dam|Highway|Corridor|Project|Programme|Program|Fund|Initiative");

  static boolean isOfficeWord(String t) {
    return remembered(OFFICE_WORDS, t, Persons::testOfficeWord);
  }

  private static boolean testOfficeWord(String t) {
    if (t.indexOf('-') >= 0) {
      for (String part : Regex.split(t, "-")) {
        if (!part.isEmpty() && OFFICE_WORD.matcher(part).matches()) return true;
      }
    }
    return OFFICE_WORD.matcher(t).matches();
  }

  private static boolean isCountry(String t) {
    return remembered(COUNTRY_WORDS, t, Persons::testCountry);
  }

  private static boolean testCountry(String t) {
    String w = Regex.replaceAll(t, "(?:'s|’s)$", "");
    return !Gazetteer.get().findCountries(w).isEmpty();
  }

  /*
   * The word tests, remembered: a sentence's words are tested again and again (each reader asks who
   * stands before its verb), and the same office words, names and countries come back in every
   * document. The answers depend on the word alone; the memory is bounded.
   */
  private static final int REMEMBERED = 50_000;
  private static final java.util.Map<String, Boolean> NAME_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<String, Boolean> OFFICE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<String, Boolean> COUNTRY_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean remembered(java.util.Map<String, Boolean> memory, String word, java.util.function.Predicate<String> test) {
    Boolean known = memory.get(word);
    if (known != null) return known;
    boolean answer = test.test(word);
    if (memory.size() >= REMEMBERED) memory.clear();
    memory.put(word, answer);
    return answer;
  }

  private static final Pattern QUOTED_WORD = Pattern.compile("[\"“‘'][\\p{Lu}][\\p{L}'’-]*[\"”’']");

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : Regex.split(text.trim(), "\\s+")) {
      // President Mohamed Abdullahi "Farmaajo": a nickname in quotes is part of the name as it is known
      if (raw.length() > 2 && QUOTED_WORD.matcher(raw).matches()) raw = raw.substring(1, raw.length() - 1);
      if (raw.isEmpty()) continue;
      if (raw.endsWith(",") && raw.length() > 1) {
        out.add(raw.substring(0, raw.length() - 1));
        out.add(",");
      } else out.add(raw);
    }
    return out;
  }

  private static String join(List<String> tokens) {
    return String.join(" ", tokens).replace(" ,", ",").trim();
  }
}
