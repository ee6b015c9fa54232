package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups must not change what is read: a pattern behind its {@link Lead}, a pattern run by
 * {@link Anchored}, and a phrase list skipped for want of its keywords find exactly what the plain
 * pattern finds, on every example sentence of the rules and every line of the dev corpus.
 */
class LeadTest {
  private static final Path DEV = Path.of("../shared/corpus/dev");

  /** Example sentences of every rule file, the dev corpus's lines, and a few made to trip the leads. */
  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>(List.of(
        "'s state visit", "’s first visit", "in the 1990s and the early 2000s", "mid-1980s", "the 19th century",
        "Vice-President Ana Ruiz", "Vice President Ana Ruiz", "the 3rd JCC met", "the twenty-first session",
        "_x century", "x12 January 2000", "Tuesday, 4 May 1999", "The Joint Commission convened in Lima in 2001.",
        "-in 1999", "(1999)", "café 1999", "naïve visit to Peru", "1999–2000", "", " "));
    for (String file : Rules.FILES) {
      for (JsonNode ex : Rules.load(file).path("examples")) out.add(ex.path("text").asText());
    }
    if (Files.isDirectory(DEV)) {
      try (Stream<Path> files = Files.list(DEV)) {
        for (Path p : files.sorted().toList()) out.addAll(Files.readAllLines(p));
      }
    }
    return out;
  }

  private static List<String> all(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end() + ":" + m.group());
    return out;
  }

  private static List<String> all(Anchored a) {
    List<String> out = new ArrayList<>();
    while (a.find()) out.add(a.match().start() + "-" + a.match().end() + ":" + a.match().group());
    return out;
  }

  @Test
  void everyPhraseListFindsTheSameBehindItsLead() throws IOException {
    List<String> texts = texts();
    int lists = 0, led = 0;
    for (String file : Rules.FILES) {
      for (Iterator<String> names = Rules.get().node(file).path("phrases").fieldNames(); names.hasNext(); ) {
        String name = names.next();
        List<String> phrases = new ArrayList<>(Rules.get().list(file, name));
        phrases.sort((a, b) -> b.length() - a.length());
        String regex = "(?:(?<![\\w-])|(?=['’]))(?:" + String.join("|", phrases) + ")(?![\\w])";
        Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        Pattern fast = Rules.get().phrases(file, name);
        lists++;
        if (!fast.pattern().equals(plain.pattern())) led++;
        for (String t : texts) {
          assertThat(all(fast.matcher(t))).as(file + "/" + name + " on: " + t).isEqualTo(all(plain.matcher(t)));
        }
      }
    }
    assertThat(led).as("lists given a lead").isGreaterThan(lists / 2);
  }

  @Test
  void everyPhraseListFindsTheSameFromTheStartsRulesFindAllows() throws IOException {
    List<String> texts = texts();
    for (String file : Rules.FILES) {
      for (Iterator<String> names = Rules.get().node(file).path("phrases").fieldNames(); names.hasNext(); ) {
        String name = names.next();
        Pattern p = Rules.get().phrases(file, name);
        for (String t : texts) {
          for (String u : List.of(t, t.toUpperCase(java.util.Locale.ROOT))) {
            assertThat(all(Rules.get().find(file, name, u, u.toLowerCase(java.util.Locale.ROOT))))
                .as(file + "/" + name + " on: " + u).isEqualTo(all(p.matcher(u)));
          }
        }
      }
    }
  }

  @Test
  void theRequiredWordsOfAPhraseAreItsPlainCharactersOrAGroupThatMustMatch() {
    assertThat(Lead.requiredWords("(?:\\p{Lu}[\\p{L}/-]+\\s+)?crisis\\s+of\\s+\\d{4}")).containsExactly("crisis");
    assertThat(Lead.requiredWords("recogni[sz](?:e|ed)\\s+the")).containsExactly("recogni");
    assertThat(Lead.requiredWords("(?:[A-Z][\\w–-]*\\s+)?War\\s+of")).containsExactly("war");
    assertThat(Lead.requiredWords("travel(?:l)?ed\\s+to")).containsExactly("travel");
    assertThat(Lead.requiredWords("visits?\\s+to")).containsExactly("visit");
    assertThat(Lead.requiredWords("(?:came|come|went)\\s+to")).containsExactly("came", "come", "went");
    assertThat(Lead.requiredWords("(?:made|led)\\s+a\\s+(?:visit|trip)s?")).containsExactly("visit", "trip");
    assertThat(Lead.requiredWords("(?<!was\\s)(?:received|welcomed)(?=\\s+in)")).containsExactly("received", "welcomed");
    assertThat(Lead.requiredWords("expell(?:ed|ing)\\s+the")).containsExactly("expell");
    assertThat(Lead.requiredWords("(?:visit)?\\s+to")).isNull();
    assertThat(Lead.requiredWords("(?=visit)\\w+")).isNull();
    assertThat(Lead.requiredWords("(?:came|at)\\s+to")).isNull();
    assertThat(Lead.requiredWords("H\\.\\s?E\\.")).isNull();
    assertThat(Lead.requiredWords("Dr\\.?")).isNull();
    assertThat(Lead.requiredWords("was in")).containsExactly("was in");
    assertThat(Lead.requiredWords("visit|trip")).containsExactly("visit", "trip");
    assertThat(Lead.requiredWords("a|visit")).isNull();
    assertThat(Lead.requiredWords("charg[ée]s?\\s+d['’]affaires")).containsExactly("affaires");
    assertThat(Lead.requiredWords("ab{2,3}cde")).containsExactly("cde");
  }

  @Test
  void everyReadersPatternIsSkippedForWantOfItsWordsOnlyWhenItCouldNotMatch() throws Exception {
    List<String> texts = new ArrayList<>(texts());
    for (String t : List.copyOf(texts)) texts.add(t.toUpperCase(java.util.Locale.ROOT));
    int patterns = 0, gated = 0;
    for (Class<?> c : List.of(VisitReader.class, MeetingReader.class, AgreementReader.class, MissionReader.class, EventReader.class,
        RelationsReader.class, TradeReader.class, ExportsReader.class, AccreditationReader.class, MembershipReader.class,
        VisitLists.class, Bodies.class, Persons.class, PersonIndex.class, SentenceView.class, Dates.class, Money.class, MissionWords.class)) {
      for (java.lang.reflect.Field f : c.getDeclaredFields()) {
        if (f.getType() != Pattern.class || !java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
        f.setAccessible(true);
        Pattern p = (Pattern) f.get(null);
        patterns++;
        if (Lead.requiredWords(p.pattern()) != null) gated++;
        for (String t : texts) {
          assertThat(all(Regex.matcher(p, t, t.toLowerCase(java.util.Locale.ROOT))))
              .as(c.getSimpleName() + "." + f.getName() + " on: " + t).isEqualTo(all(p.matcher(t)));
        }
      }
    }
    assertThat(patterns).isGreaterThan(100);
    assertThat(gated).isGreaterThan(patterns / 3);
  }

  @Test
  void anExactLeadLetsAMatchStartAtAControlCharacter() throws IOException {
    List<String> texts = new ArrayList<>(texts());
    texts.addAll(List.of("Mexico\tbut Peru", "x\nand in its place y", "a;\tb", "Mexico and\nthe King", "in\fPeru", "\u007f and The"));
    for (String regex : List.of("\\s+but\\s+", ";|,\\s+(?:however|but)\\b,?|\\s+but\\s+|,?\\s+and\\s+(?=in\\s+its\\s+place)",
        "\\s+and\\s+(?=(?:the\\s+)?\\p{Lu})", "\\b(?:held\\s+)?in\\s+(?=\\p{Lu})")) {
      Pattern plain = Pattern.compile(regex), exact = Lead.compileExact(regex);
      assertThat(exact.pattern()).isNotEqualTo(plain.pattern());
      for (String t : texts) assertThat(all(exact.matcher(t))).as(regex + " on: " + t).isEqualTo(all(plain.matcher(t)));
    }
    // (a plain lead tests printable characters only)
    assertThat(Lead.compile("\\s+but\\s+").matcher("Mexico\tbut Peru").find()).isFalse();
  }

  @Test
  void theLeadIsTheSetOfFirstCharacters() {
    assertThat(Lead.firstCharacters(Pattern.compile("visit|travel"))).isEqualTo("[tv\\x{80}-\\x{10FFFF}]");
    assertThat(Lead.firstCharacters(Pattern.compile("(?i)visit"))).isEqualTo("[Vv\\x{80}-\\x{10FFFF}]");
    assertThat(Lead.firstCharacters(Pattern.compile("\\d{4}s?"))).isEqualTo("[0123456789\\x{80}-\\x{10FFFF}]");
    // "'s visit" may start with the apostrophe
    assertThat(Lead.firstCharacters(Pattern.compile("(?:'s\\s+)?visit"))).isEqualTo("[\\'v\\x{80}-\\x{10FFFF}]");
    // nothing is vouched for when a match can be empty or needs what comes before it
    assertThat(Lead.firstCharacters(Pattern.compile("(?:visit)?"))).isNull();
    assertThat(Lead.firstCharacters(Pattern.compile("(?<=the )visit"))).isNull();
    assertThat(Lead.firstCharacters(Pattern.compile("\\S+"))).isNull();
  }

  @Test
  void aLeadNeverHidesAMatchAfterAnyKindOfCharacter() {
    Pattern p = Lead.compile("\\b(?:visit|trip)\\b");
    for (String before : List.of("", " ", "(", "-", "'", "“", "\n", "—")) {
      assertThat(p.matcher(before + "trip").find()).as("after [" + before + "]").isTrue();
    }
    assertThat(p.matcher("atrip").find()).isFalse();
    assertThat(p.matcher("étrip").find()).isFalse();
  }

  @Test
  void literalPrefixesStopAtTheFirstPieceOfSyntax() {
    assertThat(Lead.literalPrefixes(List.of("President", "Vice[- ]President", "Ministers?", "Prime\\s+Minister")))
        .containsExactly("President", "Vice", "Minister", "Prime");
    assertThat(Lead.literalPrefixes(List.of("President", "(?:Vice )?President"))).isNull();
    assertThat(Lead.literalPrefixes(List.of("Ms?"))).containsExactly("M");
    assertThat(Lead.literalPrefixes(List.of("s?ecretary"))).isNull();
  }

  @Test
  void anchoredFindsWhatFindFindsWhenTheTestHoldsAtEveryStart() throws IOException {
    Pattern year = Pattern.compile("(?<![\\d$.,])\\b(1[0-9]\\d\\d|20\\d\\d)\\b");
    for (String t : texts()) {
      Anchored a = new Anchored(year, t, i -> Character.isDigit(t.charAt(i)) && Anchored.wordStart(t, i));
      assertThat(all(a)).as(t).isEqualTo(all(year.matcher(t)));
    }
  }

  @Test
  void everyDatePatternFindsTheSameFromTheStartsItsTestAllows() throws IOException {
    List<String> texts = new ArrayList<>(texts());
    texts.addAll(List.of("Tuesday, 4 May 1999", "Wednesday 3 March 2004", "on Sunday, January 5, 2003",
        "Sept. 4, 2001", "4–6 May 2015", "May 4–6, 2015", "in May of the following year", "3 May of that year"));
    for (var e : Dates.STARTS.entrySet()) {
      for (String t : texts) {
        int kinds = e.getValue();
        boolean[] first = Dates.FIRST.get(e.getKey());
        Anchored a = new Anchored(e.getKey(), t, i -> (Dates.startsAt(t, i) & kinds) != 0
            && (first == null || t.charAt(i) >= 128 || first[t.charAt(i)]));
        assertThat(all(a)).as(e.getKey() + " on: " + t).isEqualTo(all(e.getKey().matcher(t)));
      }
    }
  }

  @Test
  void splittingAtSpacesByHandGivesThePatternsPieces() throws IOException {
    List<String> texts = new ArrayList<>(texts());
    texts.addAll(List.of("  two  leading", "trailing  ", " ", "\t\n\u000B\f\r", "a\u00A0b c", "x", " a ", "a\tb\n\nc"));
    texts.addAll(List.of("a\t\tb", "a \tb", "a\t b", "\ta b", "a b\t", "a\tb c \n\r d"));
    Pattern spaces = Lead.compile("\\s+"); // what Regex.of compiled "\\s+" to, and split with
    for (String t : texts) {
      assertThat(Regex.splitAtSpaces(t)).as("[" + t + "]").containsExactly(spaces.split(t));
    }
  }

  @Test
  void anchoredMissesWhatItsTestRulesOut() {
    // the contract: the test must hold wherever the pattern can start, or matches are lost
    String t = "in 1999 and 2004";
    Anchored a = new Anchored(Pattern.compile("\\d{4}"), t, i -> t.charAt(i) == '2');
    assertThat(all(a)).containsExactly("12-16:2004");
  }

  @Test
  void aListIsSkippedForWantOfKeywordsOnlyWhenItCouldNotMatch() throws IOException {
    List<String> texts = texts();
    int checked = 0;
    for (String file : Rules.FILES) {
      for (Iterator<String> names = Rules.get().node(file).path("keywords").fieldNames(); names.hasNext(); ) {
        String name = names.next();
        Pattern p = Rules.get().phrases(file, name);
        for (String t : texts) {
          if (p.matcher(t).find()) {
            checked++;
            assertThat(Rules.get().mayMatch(file, name, t.toLowerCase(java.util.Locale.ROOT)))
                .as(file + " keywords." + name + " on: " + t).isTrue();
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }
}
