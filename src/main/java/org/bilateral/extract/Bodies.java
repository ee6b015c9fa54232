package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standing bilateral bodies a document has named ("Joint Cooperation Committee (JCC)"), so
 * that "the 6th JCC", "Its ninth session" and a list of rounds under a heading know which body
 * they are rounds of.
 */
final class Bodies {
  record Body(String name, String acronym) {}

  private static final String BODY_WORD = "(?:" + String.join("|", Rules.get().list("meetings", "body")) + ")";
  /** A capitalised name ending in a body word, perhaps followed by its acronym in parentheses. */
  static final Pattern NAMED = Pattern.compile(
      // "German–Polish intergovernmental consultations": a lower-case kind may stand before the body word
      // ("the two ministries' political consultations" names no body: such a kind needs a name before it)
      "((?:\\p{Lu}[\\p{L}\\d_–-]*\\s+(?:(?:on|of|for|and)\\s+)?){1,6}(?:political|strategic|ministerial|intergovernmental)\\s+" + BODY_WORD
          // "Leaders' Retreat": a plural possessive may stand in the name
          + "|(?:\\p{Lu}[\\p{L}\\d_–-]*(?<=s)['’]?\\s+(?:(?:on|of|for|and)\\s+)?|\\p{Lu}[\\p{L}\\d_–-]*\\s+(?:(?:on|of|for|and)\\s+)?){0,6}(?:intergovernmental\\s+)?" + BODY_WORD
          // "Joint Commission for Bilateral Cooperation (JCBC)": words after the body word belong to the name when its acronym follows
          + "(?:\\s+(?:for|on|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+|of\\s+)?\\p{Lu}[\\p{L}-]*){0,4}(?=\\s+\\([A-Z][A-Za-z]{1,9}\\)))?"
          + ")(?:\\s+\\(([A-Z][A-Za-z]{1,9})\\))?");

  /** {@link #NAMED} behind its first characters, for the scan of whole sentences (NAMED's source goes into other patterns as it is). */
  private static final Pattern NAMED_IN_TEXT = Lead.compileExact(NAMED.pattern());

  /** "UK–Ireland", "Franco-German": two names joined by a dash, the pair's compound adjective. */
  private static final String PAIR_ADJECTIVE = "\\p{Lu}[\\p{L}]+[–-]\\p{Lu}[\\p{L}]+";

  private final List<Body> known = new ArrayList<>();
  private Body current;

  /**
   * "the UK–Ireland Summit", "Luso-Brazilian summits": a summit named for the pair (a summit named
   * otherwise, "the ASEAN Summit", is many countries'). Kept apart from the body words so that the
   * name patterns stay cheap.
   */
  static final String PAIR_SUMMIT = PAIR_ADJECTIVE + "\\s+(?:[Aa]nnual\\s+)?[Ss]ummit";
  private static final Pattern PAIR_SUMMIT_NAME = Pattern.compile("(" + PAIR_SUMMIT + ")s?\\b");

  /** "the "2+2" format", "a 2+2 ministerial dialogue": the joint meeting of the foreign and defence ministers. */
  static final Pattern TWO_PLUS_TWO = Pattern.compile(
      "[\"“]?2\\s*\\+\\s*2[\"”]?\\s+(?:(?:ministerial|foreign\\s+and\\s+defen[cs]e\\s+ministers['’]?)\\s+)?(?:format|dialogue|meeting|talks|consultations)\\b");
  static final String TWO_PLUS_TWO_NAME = "2+2 dialogue";

  /** Notes the bodies a text names; the last one becomes the body "its" and "the" refer to. */
  void scan(String text) {
    if (text.contains("2+2") || text.contains("2 + 2")) {
      if (TWO_PLUS_TWO.matcher(text).find()) {
        current = new Body(TWO_PLUS_TWO_NAME, null);
        known.add(current);
      }
    }
    if (text.contains("ummit")) {
      Matcher s = PAIR_SUMMIT_NAME.matcher(text);
      while (s.find()) {
        current = new Body(s.group(1), null);
        known.add(current);
      }
    }
    // "Since 2018 the two governments have met in joint cabinet meetings": a standing format told in lower case
    if (text.contains("joint") || text.contains("intergovernmental")) {
      Matcher format = FORMAT_IN_LOWER_CASE.matcher(text);
      if (format.find()) {
        current = new Body(Regex.replaceFirst(format.group(1), "s$", ""), null);
        known.add(current);
      }
    }
    if (!mentionsBody(text)) return;
    // "An ad hoc ministerial commission was set up to implement it: its first meeting …": a body told in lower case as it is created
    Matcher created = CREATED_IN_LOWER_CASE.matcher(text);
    if (created.find()) {
      current = new Body(created.group(1), null);
      known.add(current);
    }
    Matcher m = NAMED_IN_TEXT.matcher(text);
    while (m.find()) {
      String name = clean(m.group(1));
      if (Regex.split(name, "\\s+").length < 2) continue;
      // "the 22nd Council of Ministers" after "the Franco-German Council of Ministers": the same body, named short
      Body longer = knownAsLonger(name);
      if (longer != null) {
        current = longer;
        continue;
      }
      Body b = new Body(name, m.group(2));
      known.add(b);
      current = b;
    }
  }

  private static final Pattern FORMAT_IN_LOWER_CASE = Pattern.compile(
      "\\b(?:have|has|had)\\s+(?:(?:regularly|since|also|jointly|annually|\\d{4})\\s+){0,2}(?:met|held|convened)\\s+(?:in\\s+)?(?:annual\\s+|regular\\s+|yearly\\s+)?"
          + "((?:joint|intergovernmental)\\s+(?:cabinet|government|governmental|ministerial)\\s+(?:meetings|sessions|consultations))\\b");
  private static final Pattern CREATED_IN_LOWER_CASE = Pattern.compile(
      "\\b(?:[Aa]n?|[Tt]he)\\s+((?:[\\p{Ll}-]+\\s+){0,3}(?:commission|committee|council|mechanism|working\\s+group))\\s+(?:was|were)\\s+(?:set\\s+up|established|created|formed|launched)\\b");

  /** A body named before with a pair's adjective in front of this name ("Franco-German " + "Council of Ministers"), or null. */
  Body knownAsLonger(String name) {
    String tail = " " + name.toLowerCase(java.util.Locale.ROOT);
    for (int i = known.size() - 1; i >= 0; i--) {
      Body b = known.get(i);
      if (b.name().toLowerCase(java.util.Locale.ROOT).endsWith(tail) && PAIR_PREFIX.matcher(b.name()).lookingAt()) return b;
    }
    return null;
  }

  /** "Franco-German ", "Polish–Lithuanian ": a pair's compound adjective opening a body's name. */
  private static final Pattern PAIR_PREFIX = Pattern.compile(PAIR_ADJECTIVE + "\\s");

  // ("Binational cabinets": a heading may name the body in the plural)
  private static final Pattern BODY_HEADING = Lead.compile("(?i)" + BODY_WORD + "s?\\b");

  /** A heading that names a body ("Bilateral political consultations") sets the current body; false when it names none. */
  boolean heading(String heading) {
    if (heading != null && BODY_HEADING.matcher(heading).find()) {
      current = new Body(heading.trim(), null);
      known.add(current);
      return true;
    }
    return false;
  }

  private static final Pattern LIST_WORDS = Pattern.compile("(?i)^(?:selected|recent|past|previous|list\\s+of|table\\s+of)\\s+(?:the\\s+)?");

  /**
   * The name of the body a list's heading or caption stands for: a body the text named before whose
   * last two words the heading holds, in the plural or not ("Selected Binational Cabinets" after "a
   * Presidential Meeting and Binational Cabinet"), or else the heading without the words that only
   * say it is a list.
   */
  String listName(Body heading) {
    String lower = heading.name().toLowerCase(java.util.Locale.ROOT);
    for (int i = known.size() - 1; i >= 0; i--) {
      Body b = known.get(i);
      if (b == heading || b.name().equals(heading.name())) continue;
      String[] words = Regex.split(b.name().toLowerCase(java.util.Locale.ROOT), "\\s+");
      if (words.length < 2) continue;
      if (holdsWords(lower, words[words.length - 2] + " " + words[words.length - 1])) return b.name();
    }
    return LIST_WORDS.matcher(heading.name()).replaceFirst("");
  }

  /** Whether {@code text} holds {@code words} as whole words, the last one perhaps in the plural ("binational cabinets"). */
  private static boolean holdsWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      if (end < text.length() && text.charAt(end) == 's') end++;
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) return true;
    }
    return false;
  }

  Body current() { return current; }

  /** Talks told as having begun ("exploratory talks"), whose numbered rounds follow. */
  void talks(String name) {
    current = new Body(name, null);
    known.add(current);
  }

  /** The body words' first plain letters, lower case ("Working\\s+Group" gives "working"). */
  private static final java.util.List<String> BODY_STEMS = Rules.get().list("meetings", "body").stream()
      .map(w -> Regex.replaceFirst(w.toLowerCase(java.util.Locale.ROOT), "[^\\p{L}].*$", "")).distinct().toList();

  /** A cheap check before the pattern: no body is named without one of these words. */
  static boolean mentionsBody(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String w : BODY_STEMS) if (lower.contains(w)) return true;
    return false;
  }

  /** "The Joint Commission", "Its Joint Cooperation Committee": the article is not part of the name. */
  static String clean(String name) {
    return Regex.replaceFirst(name.trim(), "^(?:The|A|An|Its|Their|This)\\s+", "");
  }

  /** The full name of an acronym the text defined ("JCC" is the Joint Cooperation Committee), else null. */
  /** Whether the text has named this body before ("a Binational Cabinet chaired by the two presidents"). */
  boolean knows(String name) {
    for (Body b : known) if (b.name().equalsIgnoreCase(name)) return true;
    return false;
  }

  String expand(String acronym) {
    for (int i = known.size() - 1; i >= 0; i--) {
      if (acronym.equals(known.get(i).acronym())) return known.get(i).name();
    }
    return null;
  }

  List<String> acronyms() {
    List<String> out = new ArrayList<>();
    for (Body b : known) if (b.acronym() != null) out.add(b.acronym());
    return out;
  }
}
