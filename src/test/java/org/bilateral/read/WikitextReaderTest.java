package org.bilateral.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets are written for these tests; they imitate the shape of encyclopedia wikitext. */
class WikitextReaderTest {
  private static Document read(String wikitext) {
    Document d = new WikitextReader().read("t.wiki", null, wikitext);
    WikitextChecks.clean(d);
    return d;
  }

  @Test
  void linksShowTheirLabelAndKeepTheirTarget() {
    Document d = read("Trade goes through [[Port of Santos|Santos]] and [[Chennai]], and [[India]]n firms invest."
        + " [[File:Port.jpg|thumb|A port]][[Category:Trade]][[de:Handel]]");
    WikitextChecks.copiedInPlace(d);
    assertThat(d.plain()).isEqualTo("Trade goes through Santos and Chennai, and Indian firms invest.");
    assertThat(d.links()).extracting(Document.Link::target).containsExactly("Port of Santos", "Chennai", "India");
    assertThat(d.links()).extracting(l -> d.slice(l.start(), l.end())).containsExactly("Santos", "Chennai", "Indian");
    Document.Link santos = d.links().get(0);
    assertThat(d.text().substring(d.toOriginal(santos.start()), d.toOriginalEnd(santos.end()))).isEqualTo("Santos");
  }

  @Test
  void citationTemplatesLeaveTheTextButKeepTheirUrl() {
    String text = "The treaty was signed in 1999.<ref>{{cite web |url=https://example.org/treaty |title=A treaty}}</ref>"
        + " It came into force in 2001.<ref name=\"gaz\">{{Cite news|title=Gazette|url= http://example.net/g }}</ref>"
        + " It was amended later.<ref name=\"gaz\" /> Nothing more.<ref>See http://example.com/x for details</ref>";
    Document d = read(text);
    WikitextChecks.copiedInPlace(d);
    assertThat(d.plain()).isEqualTo("The treaty was signed in 1999. It came into force in 2001. It was amended later. Nothing more.");
    assertThat(d.citations()).extracting(Document.Citation::url).containsExactly("https://example.org/treaty",
        "http://example.net/g", "http://example.net/g", "http://example.com/x");
    assertThat(d.citationIn(0, d.plain().indexOf('.') + 1)).isEqualTo("https://example.org/treaty");
  }

  @Test
  void flagsReadAsTheirCountry() {
    Document d = read("* {{flag|Brazil}} has an embassy in [[New Delhi]].\n"
        + "* {{flag|IND}} has an embassy in Brasília.\n"
        + "* {{flagicon|Chile}} Chile has a consulate.\n"
        + "* {{flagicon|Peru}} [[Alan García]] (2008)\n"
        + "* {{flag|Atlantis}} is not a country.\n");
    assertThat(WikitextChecks.contents(d, Block.Kind.BULLET)).containsExactly(
        "Brazil has an embassy in New Delhi.", "India has an embassy in Brasília.", "Chile has a consulate.",
        "Peru Alan García (2008)", "Atlantis is not a country.");
    int india = d.plain().indexOf("India");
    assertThat(d.text().substring(d.toOriginal(india))).startsWith("IND}}");
  }

  @Test
  void emphasisHeadingsAndTheTitleFromTheBoldLead() {
    Document d = read("'''Chile–Norway relations''' are ''old'' ties.\n\n== History ==\nEarly days.\n"
        + "=== Whaling ===\nShips.\n==Trade==\nGoods.");
    WikitextChecks.copiedInPlace(d);
    assertThat(d.title()).isEqualTo("Chile–Norway relations");
    assertThat(d.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.HEADING,
        Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH);
    assertThat(d.blocks().get(0).content(d.plain())).isEqualTo("Chile–Norway relations are old ties.");
    assertThat(d.blocks().get(3).section()).containsExactly("History", "Whaling");
    assertThat(d.blocks().get(4).section()).containsExactly("History", "Whaling");
    assertThat(d.blocks().get(6).section()).containsExactly("Trade");
  }

  @Test
  void aShortLineAboveAListCaptionsIt() {
    Document d = read("== Visits ==\n'''High-level visits from Norway to Chile'''\n* King Harald V (2003)\n"
        + "* [[Erna Solberg]], Prime Minister (2019)\n\nA closing remark.\n\n"
        + ";Visits from Chile to Norway\n: Michelle Bachelet (2016)\n");
    List<Block> bullets = d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET).toList();
    assertThat(WikitextChecks.contents(d, Block.Kind.CAPTION))
        .containsExactly("High-level visits from Norway to Chile", "Visits from Chile to Norway");
    assertThat(bullets).extracting(Block::caption).containsExactly("High-level visits from Norway to Chile",
        "High-level visits from Norway to Chile", "Visits from Chile to Norway");
    assertThat(bullets.get(1).content(d.plain())).isEqualTo("Erna Solberg, Prime Minister (2019)");
    assertThat(WikitextChecks.contents(d, Block.Kind.PARAGRAPH)).containsExactly("A closing remark.");
  }

  @Test
  void theInfoboxGivesEntriesByKeyAndTheTitle() {
    Document d = read("{{Short description|Relations}}\n{{Infobox bilateral relations|Chile–Norway|Chile|Norway\n"
        + "| map = Chile Norway Locator.png\n"
        + "| mission1 = [[Embassy of Chile, Oslo|Embassy of Chile]], [[Oslo]]\n"
        + "| mission2 = Norwegian embassy, [[Santiago]] <!-- since 1990 -->\n"
        + "| envoytitle1 = [[List of ambassadors|Ambassador]]\n| envoy1 = \n}}\n"
        + "The two countries trade salmon.");
    WikitextChecks.copiedInPlace(d);
    assertThat(d.title()).isEqualTo("Chile–Norway relations");
    List<Block> entries = d.blocks().stream().filter(b -> b.kind() == Block.Kind.INFOBOX_ENTRY).toList();
    assertThat(entries).extracting(Block::key).containsExactly("map", "mission1", "mission2", "envoytitle1");
    assertThat(entries).extracting(b -> b.content(d.plain())).containsExactly("Chile Norway Locator.png",
        "Embassy of Chile, Oslo", "Norwegian embassy, Santiago", "Ambassador");
    assertThat(WikitextChecks.contents(d, Block.Kind.INFOBOX)).hasSize(1);
    assertThat(WikitextChecks.contents(d, Block.Kind.PARAGRAPH)).containsExactly("The two countries trade salmon.");
  }

  @Test
  void aTableIsReadRowByRowUnderItsCaption() {
    Document d = read("Trade by year\n{| class=\"wikitable\"\n! Year !! Total\n|-\n| 2019 || US$ 2 billion\n"
        + "|-\n| style=\"text-align:right\" | 2020 || [[United States dollar|US$]] 3 billion\n|}\n");
    WikitextChecks.copiedInPlace(d);
    assertThat(WikitextChecks.contents(d, Block.Kind.CAPTION)).containsExactly("Trade by year");
    assertThat(WikitextChecks.contents(d, Block.Kind.BULLET)).containsExactly("2019, US$ 2 billion", "2020, US$ 3 billion");
    assertThat(d.blocks()).filteredOn(b -> b.kind() == Block.Kind.BULLET).extracting(Block::caption)
        .containsOnly("Trade by year");
  }

  @Test
  void aTableWithACountryInEachColumnHeaderIsTwoCaptionedLists() {
    Document d = read("{| class=\"wikitable\"\n|+ Visits\n! From Chile to Peru !! From Peru to Chile\n|-\n"
        + "| President A (2001) || President B (2002)\n|-\n| || Minister C (2003)\n|}");
    assertThat(WikitextChecks.contents(d, Block.Kind.CAPTION)).containsExactly("Visits");
    List<Block> bullets = d.blocks().stream().filter(b -> b.kind() == Block.Kind.BULLET).toList();
    assertThat(bullets).extracting(b -> b.content(d.plain()))
        .containsExactly("President A (2001)", "President B (2002)", "Minister C (2003)");
    assertThat(bullets).extracting(Block::caption)
        .containsExactly("From Chile to Peru", "From Peru to Chile", "From Peru to Chile");
  }

  @Test
  void aGuestHostPlaceDateTableOfVisitsKeepsTheGuestAndTheDate() {
    Document d = read("== High-level visits ==\n{| class=\"wikitable\"\n! Guest !! Host !! Place of visit !! Date of visit\n|-\n"
        + "| {{flagicon|Chile}} President [[Ana Ruiz]] || President [[Omar Qadir]] || [[Lima]] || 12–14 October 2011\n|}");
    WikitextChecks.copiedInPlace(d);
    // the host says nothing of who travelled; with no caption to give the direction the place stays,
    // and the date closes the entry as in a list
    assertThat(WikitextChecks.contents(d, Block.Kind.BULLET)).containsExactly("Chile President Ana Ruiz, Lima, 12–14 October 2011");
  }

  @Test
  void aCaptionThatNamesNoSideKeepsThePlaceColumnAndOneThatDoesDropsIt() {
    Document d = read("{| class=\"wikitable\"\n|+ Selected high-level visits\n! Date !! Visitor !! Office !! Destination\n|-\n"
        + "| April 1979 || [[Ana Ruiz]] || Prime Minister of Chile || [[Lima]]\n|}\n\n"
        + "{| class=\"wikitable\"\n|+ Visits by Chilean leaders to Peru\n! Date !! Visitor !! Office !! Destination\n|-\n"
        + "| May 1980 || [[Omar Qadir]] || President || [[Cusco]]\n|}");
    // with no side named above it the place tells the direction; a caption that names the sides already tells it
    assertThat(WikitextChecks.contents(d, Block.Kind.BULLET))
        .containsExactly("April 1979 – Ana Ruiz, Prime Minister of Chile, Lima", "May 1980 – Omar Qadir, President");
  }

  @Test
  void commentsEntitiesAndSmallTemplatesReadAsText() {
    Document d = read("Trade<!-- check this --> grew&nbsp;fast &ndash; to {{convert|12|km}} of road,{{cn}} "
        + "by {{nowrap|10 per cent}}<br/>a year ({{lang|es|Tratado de Lima}}, {{abbr|FTA|free trade agreement}}).");
    assertThat(d.plain()).isEqualTo("Trade grew fast – to 12 km of road, by 10 per cent a year (Tratado de Lima, FTA).");
  }

  @Test
  void offsetsOfSentencesGiveBackTheMarkedUpSource() {
    String text = "'''A–B relations''' began in [[1950]].<ref>{{cite web|url=http://x.org}}</ref> They grew.";
    Document d = read(text);
    List<Sentence> sentences = new Sentences().split(d);
    assertThat(sentences).extracting(s -> s.text(d.plain())).containsExactly("A–B relations began in 1950.", "They grew.");
    Sentence first = sentences.get(0);
    assertThat(text.substring(d.toOriginal(first.start()), d.toOriginalEnd(first.end())))
        .isEqualTo("A–B relations''' began in [[1950]].");
  }

  @Test
  void brokenWikitextIsReadWithoutAnError() {
    List<String> broken = List.of("", "   \n\n", "{{", "}}", "[[", "<ref>", "'''",
        "Text {{unclosed template [[and link\n\nMore text.",
        "Before.<ref>{{cite web|url=http://x.org}} never closed\n\n== Later ==\nAfter the ref.",
        "{{Infobox bilateral relations|A–B\n| mission1 = [[X", "{| class=wikitable\n| a || b\n",
        "Plain prose with no markup at all.\nA second line.", "<div><span>nested</div></span> &bogus; &#x110000;",
        "{{".repeat(3000) + "deep" + "}}".repeat(3000), "[[".repeat(2000) + "x", "''".repeat(5000));
    for (String s : broken) {
      assertThatCode(() -> read(s)).as("%.40s", s).doesNotThrowAnyException();
    }
    Document unclosed = read("Before.<ref>{{cite web|url=http://x.org}} never closed\n\n== Later ==\nAfter the ref.");
    assertThat(unclosed.plain()).contains("Before.").contains("After the ref.");
    Document open = read("Text {{unclosed template [[and link\n\nMore text.");
    assertThat(open.plain()).contains("More text.");
  }

  @Test
  void aLargePageIsReadWhole() {
    // speed is measured by the benchmarks, not here: this checks that a large page is read to its end
    StringBuilder sb = new StringBuilder("{{Infobox bilateral relations|A–B|A|B\n| mission1 = [[X|Y]]\n}}\n");
    int i = 0;
    while (sb.length() < 500_000) {
      sb.append("== Section ").append(i).append(" ==\n'''Bold''' text with a [[Link|label]] and a ref.")
          .append("<ref>{{cite web |url=https://example.org/").append(i).append(" |title=T}}</ref> More ''words'' follow.\n")
          .append("* {{flag|Chile}} item ").append(i++).append("\n\n");
    }
    String page = sb.toString();
    Document d = new WikitextReader().read("big.wiki", null, page);
    assertThat(d.blocks()).hasSizeGreaterThan(i * 2);
    assertThat(d.citations()).hasSize(i);
  }

  @Test
  void filesEndingInWikiAreReadAsWikitext(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path wiki = dir.resolve("a.wiki");
    java.nio.file.Files.writeString(wiki, "'''A–B relations''' are [[old]].");
    assertThat(Documents.load(wiki).plain()).isEqualTo("A–B relations are old.");
    java.nio.file.Path txt = dir.resolve("a.txt");
    java.nio.file.Files.writeString(txt, "= A–B relations =\nThey are old.");
    assertThat(Documents.load(txt).plainText()).isNull();
    java.nio.file.Path wikiAsTxt = dir.resolve("b.txt");
    java.nio.file.Files.writeString(wikiAsTxt, "{{Short description|x}}\n'''A–B relations''' are [[old]].");
    assertThat(Documents.load(wikiAsTxt).plain()).isEqualTo("A–B relations are old.");
  }

  /** The original text each sentence of a document is cited with. */
  private static List<String> cited(Document d) {
    List<String> out = new java.util.ArrayList<>();
    for (Sentence s : new Sentences().split(d)) {
      int[] span = d.originalSpan(s.start(), s.end());
      out.add(d.text().substring(span[0], span[1]));
    }
    return out;
  }

  @Test
  void aSentenceIsCitedWithTheMarkupThatOpensAndClosesAtItsEdges() {
    Document d = read("== Visits ==\n"
        + "* [[Michel Temer]], President (2016)\n"
        + "* [[Sarvepalli Radhakrishnan|S. Radhakrishnan]], Vice President (1954)\n"
        + "* Embassy of Brazil, [[New Delhi]]\n"
        + "* {{flag|Peru}} has an embassy in [[Lima]].\n"
        + "* {{flagcountry|Chile}}, [[Santiago]] {{nowrap|since 1990}}\n\n"
        + "'''Brazil''' and India signed a treaty.<ref>{{cite web |url=https://example.org/t |title=T}}</ref> "
        + "The two met in ''Goa''.\n");
    assertThat(cited(d)).contains(
        "[[Michel Temer]], President (2016)",
        "[[Sarvepalli Radhakrishnan|S. Radhakrishnan]], Vice President (1954)",
        "Embassy of Brazil, [[New Delhi]]",
        "{{flag|Peru}} has an embassy in [[Lima]].",
        "{{flagcountry|Chile}}, [[Santiago]] {{nowrap|since 1990}}",
        "'''Brazil''' and India signed a treaty.",
        "The two met in ''Goa''.");
  }

  @Test
  void aCountryColumnBesideAPlaceColumnIsLeftOutAndAloneIsKept() {
    Document d = read("== Visits ==\n{| class=\"wikitable\"\n! Date !! Visitor !! Office !! Country !! Place\n|-\n"
        + "| 1997 || [[Ana Ruiz]] || President || Chile || [[Lima]]\n|}\n\n"
        + "{| class=\"wikitable\"\n! Date !! Visitor !! Office !! Host country\n|-\n"
        + "| May 1980 || [[Omar Qadir]] || President || Peru\n|}\n\n"
        + "{| class=\"wikitable\"\n! Year !! Visitor !! Office !! Country\n|-\n"
        + "| 2004 || [[Luis Soto]] || Foreign Minister || Chile\n|}\n\n"
        + "{| class=\"wikitable\"\n|+ Visits between Chile and Peru\n! Date !! Visitor !! Office !! From !! To\n|-\n"
        + "| April 2001 || [[Ana Ruiz]] || President || Chile || Peru\n|}");
    // a bare "Country" may be the visitor's or the host's: it is left out, and is not read as part of the office;
    // a "Host country" or a "To" is where the visitor went (kept under a caption that names both sides with no
    // direction), a "From" is left out with the visitor's country
    assertThat(WikitextChecks.contents(d, Block.Kind.BULLET))
        .containsExactly("1997 – Ana Ruiz, President, Lima", "May 1980 – Omar Qadir, President, Peru", "2004 – Luis Soto, Foreign Minister",
            "April 2001 – Ana Ruiz, President, Peru");
  }

  @Test
  void aTableOfVisitsWithNoCaptionKeepsItsPlaceColumnForItsDirection() {
    Document d = read("== Visits ==\n{| class=\"wikitable\"\n! Visitor !! Office !! Place !! Date\n|-\n"
        + "| [[Urmas Paet]] || Foreign Minister || [[Moscow]] || 2005, 2014\n|}\n");
    List<String> rows = new java.util.ArrayList<>();
    for (Block b : d.blocks()) if (b.kind() == Block.Kind.BULLET) rows.add(d.plain().substring(b.start(), b.end()).trim());
    assertThat(rows).containsExactly("Urmas Paet, Foreign Minister, Moscow, 2005, 2014");
  }

  @Test
  void aTableOfVisitsReadsAsListEntriesWithoutItsPlaceColumn() {
    Document d = read("{| class=\"wikitable\"\n|+ Visits from India to Egypt\n! Date !! Visitor !! Office !! Place\n|-\n"
        + "| 24–25 June 2023 || [[Narendra Modi]] || Prime Minister || [[Cairo]]\n|}\n\n"
        + "{| class=\"wikitable\"\n|+ Visits from Egypt to India\n! Visitor !! Office !! Year\n|-\n"
        + "| [[Abdel Fattah el-Sisi]] || President || 2015, 2016\n|}\n");
    List<String> rows = new java.util.ArrayList<>();
    for (Block b : d.blocks()) if (b.kind() == Block.Kind.BULLET) rows.add(d.plain().substring(b.start(), b.end()).trim());
    assertThat(rows).containsExactly("24–25 June 2023 – Narendra Modi, Prime Minister", "Abdel Fattah el-Sisi, President, 2015, 2016");
    // each row still maps onto its own cells in the original
    assertThat(cited(d)).contains("24–25 June 2023 || [[Narendra Modi]] || Prime Minister",
        "[[Abdel Fattah el-Sisi]] || President || 2015, 2016");
  }
}
