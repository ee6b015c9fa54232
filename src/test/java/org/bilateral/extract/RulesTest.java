package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a phrase of the rule files is read before it is compiled. */
class RulesTest {

  @Test
  void aWordCharacterOfAPhraseIsALetterOfAnyScript() {
    String gap = "ended\\s+(?:his|her)\\s+(?:[\\w-]+\\s+){0,2}tour";
    String text = "ended her three-day Baluchistán tour";
    assertThat(Pattern.compile(gap).matcher(text).find()).isFalse(); // Java's own \w is ASCII
    assertThat(Pattern.compile(Rules.unicodeWords(gap)).matcher(text).find()).isTrue();
    assertThat(Pattern.compile(Rules.unicodeWords("\\w+")).matcher("Lâm").matches()).isTrue();
    assertThat(Pattern.compile(Rules.unicodeWords("\\w+")).matcher("Tô Lâm").matches()).isFalse();
  }

  @Test
  void onlyTheClassShorthandIsRewritten() {
    assertThat(Rules.unicodeWords("\\\\w")).isEqualTo("\\\\w"); // a backslash, then the letter w
    assertThat(Rules.unicodeWords("\\Q\\w\\E")).isEqualTo("\\Q\\w\\E");
    assertThat(Rules.unicodeWords("\\s\\d")).isEqualTo("\\s\\d");
    // a bracket first in a class is itself, so the class still holds the shorthand
    assertThat(Rules.unicodeWords("[]\\w]")).isEqualTo("[]\\p{L}\\p{M}\\p{Nd}_]");
    assertThat(Rules.unicodeWords("[^]\\w]\\w")).isEqualTo("[^]\\p{L}\\p{M}\\p{Nd}_][\\p{L}\\p{M}\\p{Nd}_]");
    assertThat(Pattern.compile(Rules.unicodeWords("[\\w'-]+")).matcher("O'Néill-Ruiz").matches()).isTrue();
  }

  @Test
  void everyPhraseOfTheRuleFilesStillCompiles() {
    for (String file : Rules.FILES) {
      var phrases = Rules.load(file).path("phrases");
      phrases.fieldNames().forEachRemaining(name -> {
        for (String p : Rules.get().list(file, name)) Pattern.compile(p);
      });
    }
  }
}
