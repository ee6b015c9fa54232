package org.bilateral.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextReaderTest {
  static final String ARTICLE = String.join("\n",
      "= Chile–Norway relations =",
      "",
      "Chile and Norway opened relations long ago. Both are members of the OECD.",
      "",
      "==History==",
      "A paragraph of history.",
      "=== Early years ===",
      "Visits from Norway to Chile",
      "- King Harald V (2003)",
      "* Prime Minister Erna Solberg (2019)",
      "",
      "== Missions ==",
      "Infobox bilateral relations",
      "- Mission1: Embassy of Chile, Oslo",
      "- Envoy2: Ambassador X",
      "After the box.",
      "");

  @Test
  void readsTitleSectionsBulletsAndInfobox() {
    Document d = new PlainTextReader().read("c.txt", null, ARTICLE);
    assertThat(d.title()).isEqualTo("Chile–Norway relations");
    List<Block.Kind> kinds = d.blocks().stream().map(Block::kind).toList();
    assertThat(kinds).containsExactly(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.CAPTION, Block.Kind.BULLET, Block.Kind.BULLET, Block.Kind.HEADING,
        Block.Kind.INFOBOX, Block.Kind.INFOBOX_ENTRY, Block.Kind.INFOBOX_ENTRY, Block.Kind.PARAGRAPH);
  }

  @Test
  void headingsWithOrWithoutInnerSpacesNestIntoAPath() {
    Document d = new PlainTextReader().read("c.txt", null, ARTICLE);
    Block bullet = d.blocks().get(6);
    assertThat(bullet.section()).containsExactly("History", "Early years");
    assertThat(bullet.caption()).isEqualTo("Visits from Norway to Chile");
    assertThat(bullet.content(d.text())).isEqualTo("King Harald V (2003)");
    assertThat(d.blocks().get(8).section()).containsExactly("Missions");
  }

  @Test
  void aBriefsHeadingInCapitalsOpensASectionButItsFirstLineAndAListsCaptionDoNot() {
    String brief = String.join("\n",
        "CHILE – NORWAY",
        "Relations go back to 1850.",
        "MAIN EXPORTS",
        "Chile to Norway: salmon feed, wine",
        "VISITS BY NORWEGIAN LEADERS",
        "- King Harald V (2003)",
        "US$ 1 BILLION",
        "");
    Document d = new PlainTextReader().read("c.txt", null, brief);
    assertThat(d.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.CAPTION, Block.Kind.BULLET, Block.Kind.PARAGRAPH);
    assertThat(d.blocks().get(3).section()).containsExactly("MAIN EXPORTS");
    assertThat(d.blocks().get(5).caption()).isEqualTo("VISITS BY NORWEGIAN LEADERS");
  }

  @Test
  void infoboxEntriesKeepTheirKeyAndValueOffsets() {
    Document d = new PlainTextReader().read("c.txt", null, ARTICLE);
    Block entry = d.blocks().get(10);
    assertThat(entry.key()).isEqualTo("Mission1");
    assertThat(entry.content(d.text())).isEqualTo("Embassy of Chile, Oslo");
  }

  @Test
  void offsetsPointIntoTheOriginalTextEvenWithWindowsLineEnds() {
    String text = "= A–B relations =\r\n\r\nFirst line here.\r\n- a bullet\r\n";
    Document d = new PlainTextReader().read("w.txt", null, text);
    for (Block b : d.blocks()) {
      assertThat(d.slice(b.start(), b.end())).doesNotContain("\r").doesNotContain("\n");
    }
    assertThat(d.slice(d.blocks().get(1).start(), d.blocks().get(1).end())).isEqualTo("First line here.");
  }

  /**
   * Where a paragraph's sentences end: the model's cuts, not at abbreviations ("Dr.", "U.S."), nor before a comma or a
   * small letter ("D.C., on"), nor after initials ("S. Jaishankar", "Kh. Battulga", and after an office "E.Sh.
   * Rahmon"), nor at an abbreviation a figure follows ("est. 1972"), while a short name still ends one ("President Xi.").
   */
  static Stream<Arguments> paragraphsAndTheirSentences() {
    return Stream.of(
        Arguments.of("Dr. Smith met U.S. officials in Washington. He left on 3 May. Then he returned.",
            List.of("Dr. Smith met U.S. officials in Washington.", "He left on 3 May.", "Then he returned.")),
        Arguments.of("The treaty was signed in Washington, D.C., on 30 November 1888 by the envoys. "
            + "External Affairs Minister S. Jaishankar came to Cairo in 2022. The visit went well.",
            List.of("The treaty was signed in Washington, D.C., on 30 November 1888 by the envoys.",
                "External Affairs Minister S. Jaishankar came to Cairo in 2022.", "The visit went well.")),
        Arguments.of("President Kh. Battulga came to Cairo in 2019, and Ts. Elbegdorj had come in 2013. "
            + "In 2015 the minister met President Xi. The talks went well.",
            List.of("President Kh. Battulga came to Cairo in 2019, and Ts. Elbegdorj had come in 2013.",
                "In 2015 the minister met President Xi.", "The talks went well.")),
        Arguments.of("In 2004 President E.Sh. Rahmon came to Bishkek, and Minister V.V. Petrov joined him. "
            + "He met President Xi. The talks went well.",
            List.of("In 2004 President E.Sh. Rahmon came to Bishkek, and Minister V.V. Petrov joined him.",
                "He met President Xi.", "The talks went well.")),
        Arguments.of("Resident missions: Embassy of Chile, Lima (est. 1972); about approx. 200,000 people crossed. "
            + "The treaty of 1929 was the No. 3 item. It ended the dispute.",
            List.of("Resident missions: Embassy of Chile, Lima (est. 1972); about approx. 200,000 people crossed.",
                "The treaty of 1929 was the No. 3 item.", "It ended the dispute.")),
        // a hedge before an amount whose currency comes first; a month's abbreviation before a code is an end
        Arguments.of("Turnover was approx. USD 25.2 bn in 2022, and ca. €4 bn in 2023. They met in Nov. UNESCO hosted them.",
            List.of("Turnover was approx. USD 25.2 bn in 2022, and ca. €4 bn in 2023.", "They met in Nov.", "UNESCO hosted them.")),
        // a title cut short before a name ends no sentence
        Arguments.of("He attended the inauguration of Pres. Ibrahim Boubacar Keïta in 2013 with Amb. Monica Juma. They left.",
            List.of("He attended the inauguration of Pres. Ibrahim Boubacar Keïta in 2013 with Amb. Monica Juma.", "They left.")));
  }

  @ParameterizedTest
  @MethodSource("paragraphsAndTheirSentences")
  void aParagraphIsSplitIntoItsSentences(String paragraph, List<String> sentences) {
    String text = "= A–B relations =\n\n" + paragraph + "\n";
    Document d = new PlainTextReader().read("s.txt", null, text);
    List<String> texts = new Sentences().split(d).stream()
        .filter(x -> x.block().kind() == Block.Kind.PARAGRAPH).map(x -> x.text(text)).toList();
    assertThat(texts).containsExactlyElementsOf(sentences);
  }

  @Test
  void aNumberedHeadingInCapitalsOpensASection() {
    String text = "A – B: BRIEF\n\n3. HIGH-LEVEL VISITS\n\n2004, May: President X visited.\n\nIV. TRADE\n\nTrade grew.\n";
    Document d = new PlainTextReader().read("b.txt", null, text);
    List<List<String>> sections = d.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::section).toList();
    // (the brief's first line, its title, stands before any section)
    assertThat(sections).containsExactly(List.of(), List.of("3. HIGH-LEVEL VISITS"), List.of("IV. TRADE"));
  }

  @Test
  void shortLinesUnderALineEndingInAColonAreAListWithoutBullets() {
    String text = "TRADE\nTrade turnover (USD mn):\n2020 – 782.6\nJan–Nov 2024 – 1,302.5\nThe target is USD 3 bn.\n\n"
        + "Main partners:\n\nChile and Peru lead.\n";
    Document d = new PlainTextReader().read("b.txt", null, text);
    assertThat(d.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.CAPTION,
        Block.Kind.BULLET, Block.Kind.BULLET, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
    assertThat(d.blocks().get(2).caption()).isEqualTo("Trade turnover (USD mn):");
    assertThat(d.blocks().get(3).content(d.text())).isEqualTo("Jan–Nov 2024 – 1,302.5");
    // a sentence ends the list; a blank line after the colon means no list follows
    assertThat(d.blocks().get(4).caption()).isNull();
  }

  @Test
  void aNumberedHeadingOpensASectionEvenWithBulletsRightAfterItOrANoteAfterIt() {
    String text = "A – B: BRIEF\n\n3. ECONOMIC RELATIONS\n- Trade grew.\n\n6. HIGH-LEVEL VISITS (recent)\n\nFrom A:\n- President X, 2004\n";
    Document d = new PlainTextReader().read("b.txt", null, text);
    List<Block> bullets = d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET).toList();
    assertThat(bullets).extracting(Block::section).containsExactly(List.of("3. ECONOMIC RELATIONS"), List.of("6. HIGH-LEVEL VISITS (recent)"));
    assertThat(bullets).extracting(Block::caption).containsExactly(null, "From A:");
  }

  @Test
  void aTableWithAlignedColumnsIsARowABulletKeyedByItsHeaderUnderTheLineBefore() {
    String text = "TRADE\n\nBilateral trade (USD mn)\n\nYear    A exports    B exports    Total\n2020    148.3        201.6        349.9\n"
        + "2021\t172.5\t284.0\t456.5\n2022    no figure\nThe figures are provisional.\n\nYear  of the treaty: 1999\n";
    Document d = new PlainTextReader().read("b.txt", null, text);
    List<Block> rows = d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET).toList();
    assertThat(rows).extracting(b -> b.content(d.text())).containsExactly("2020    148.3        201.6        349.9", "2021\t172.5\t284.0\t456.5");
    assertThat(rows).extracting(Block::key).containsOnly("Year | A exports | B exports | Total");
    assertThat(rows).extracting(Block::caption).containsOnly("Bilateral trade (USD mn)");
    // a row of another shape ends the table, and a line that only starts like a header is a paragraph
    assertThat(d.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(b -> b.content(d.text())))
        .containsExactly("TRADE", "2022    no figure", "The figures are provisional.", "Year  of the treaty: 1999");
  }

  @Test
  void indentedLinesUnderAShortLineAreAListCaptionedByIt() {
    String text = "VISITS\n\nVisits of A officials to B (since 2018)\n  18.11.2018      President X – national day, Riga\n"
        + "  2020            PM Y\nRelations are close.\n\nThe two sides meet often\n\nTrade in goods (EUR mn)\n  Year    Exports   Total\n"
        + "  2021    2 412     4 599\n";
    Document d = new PlainTextReader().read("b.txt", null, text);
    List<Block> bullets = d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET).toList();
    assertThat(bullets).extracting(b -> b.content(d.text()), Block::caption).containsExactly(
        org.assertj.core.groups.Tuple.tuple("18.11.2018      President X – national day, Riga", "Visits of A officials to B (since 2018)"),
        org.assertj.core.groups.Tuple.tuple("2020            PM Y", "Visits of A officials to B (since 2018)"),
        // an indented table keeps its header as the rows' key
        org.assertj.core.groups.Tuple.tuple("2021    2 412     4 599", "Trade in goods (EUR mn)"));
    // a line at the margin ends the list
    assertThat(d.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(b -> b.content(d.text())))
        .contains("Relations are close.", "The two sides meet often");
  }

  @Test
  void aTableRightUnderALineEndingInAColonIsATableCaptionedByIt() {
    String text = "TRADE\n\nTrade turnover (customs figures, million USD):\n  Year      Turnover    Export\n  2020      4,620.5     2,905.4\n"
        + "  2021      4,960.2     3,048.7\n\nMain items:\nnatural gas\ncrude oil\n";
    Document d = new PlainTextReader().read("b.txt", null, text);
    List<Block> rows = d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET && b.key() != null).toList();
    assertThat(rows).extracting(b -> b.content(d.text())).containsExactly("2020      4,620.5     2,905.4", "2021      4,960.2     3,048.7");
    assertThat(rows).extracting(Block::key).containsOnly("Year | Turnover | Export");
    assertThat(rows).extracting(Block::caption).containsOnly("Trade turnover (customs figures, million USD):");
    // a list without bullets under the next such line is still a list
    assertThat(d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET && b.key() == null).map(Block::caption))
        .containsExactly("Main items:", "Main items:");
  }
}
