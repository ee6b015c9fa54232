package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.gazetteer.Mention;
import org.bilateral.read.Document;
import org.bilateral.read.PlainTextReader;
import org.junit.jupiter.api.Test;

class ShortFormsTest {
  private static ShortForms of(String text, Pair pair) {
    Document d = new PlainTextReader().read("t.txt", null, text);
    return ShortForms.of(d, pair);
  }

  @Test
  void aShortFormDefinedAfterAMembersNameStandsForThatMember() {
    ShortForms forms = of("Independence: Kyrgyz Republic (KR) – 31 August 1991; Republic of Kazakhstan (RK) – 16 December 1991.\n",
        new Pair("KAZ", "KGZ"));
    assertThat(forms.in("State visit of President X to KR, Bishkek; talks with RK.")).extracting(m -> m.entity().iso3())
        .containsExactly("KGZ", "KAZ");
  }

  @Test
  void aMembersTwoLetterCodeIsItsShortFormUnlessItIsAWord() {
    assertThat(of("Bangladesh and Myanmar.\n", new Pair("BGD", "MMR")).in("Major BD exports to MM: rice."))
        .extracting(Mention::surface).containsExactly("BD", "MM");
    // "IN" and "NO" are words; a code inside a longer token ("MM-1", "BD.") is not a short form of it
    assertThat(of("India and Norway.\n", new Pair("IND", "NOR")).in("Trade IN 2019; NO change.")).isEmpty();
    assertThat(of("Bangladesh and Myanmar.\n", new Pair("BGD", "MMR")).in("The MM-1 rocket and BD.com")).isEmpty();
  }

  @Test
  void aDefinitionOfAThirdCountryGivesNoShortForm() {
    assertThat(of("The Republic of Peru (RP) joined.\n", new Pair("KAZ", "KGZ")).in("RP signed.")).isEmpty();
  }
}
