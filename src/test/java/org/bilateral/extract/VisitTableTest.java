package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.bilateral.model.Visit;
import org.bilateral.read.Document;
import org.bilateral.read.PlainTextReader;
import org.bilateral.read.WikitextReader;
import org.junit.jupiter.api.Test;

/** A table of visits whose columns say where the visitor went, and a list whose last field says nothing of it. */
class VisitTableTest {
  private static List<Visit> visits(Document d) {
    return new Extractor().extract(d).facts().stream().filter(f -> f instanceof Visit).map(f -> (Visit) f).toList();
  }

  private static List<Visit> wiki(String body) {
    return visits(new WikitextReader().read("chile-peru.wiki", null,
        "'''Chile–Peru relations''' are the relations between Chile and Peru.\n\n" + body + "\n"));
  }

  @Test
  void aColumnOfHostCountriesGivesTheDirection() {
    List<Visit> found = wiki("== High-level visits ==\n{| class=\"wikitable\"\n! Date !! Visitor !! Office !! Host country !! Notes\n|-\n"
        + "| September 1992 || [[Ana Ruiz]] || President || Peru || First state visit\n|-\n"
        + "| 2005 || Omar Qadir || Foreign Minister || Chile || Talks on the border\n|}");
    assertThat(found).extracting(Visit::from, Visit::to, Visit::person, Visit::office, v -> v.date().toString()).containsExactly(
        tuple("CHL", "PER", "Ana Ruiz", "President", "1992-09"),
        tuple("PER", "CHL", "Omar Qadir", "Foreign Minister", "2005"));
  }

  @Test
  void fromAndToColumnsUnderACaptionNamingBothSidesGiveTheDirection() {
    List<Visit> found = wiki("== High-level visits ==\n{| class=\"wikitable\"\n|+ High-level visits between Chile and Peru\n"
        + "! Date !! Visitor !! Office !! From !! To\n|-\n| April 2001 || [[Ana Ruiz]] || President || Peru || Chile\n|-\n"
        + "| May 2003 || Omar Qadir || Foreign Minister || Chile || Peru\n|}");
    assertThat(found).extracting(Visit::from, Visit::to, Visit::office).containsExactly(
        tuple("PER", "CHL", "President"), tuple("CHL", "PER", "Foreign Minister"));
  }

  @Test
  void anOccasionColumnIsLeftOutAndThePlaceGivesTheDirection() {
    List<Visit> found = wiki("== High-level visits ==\n{| class=\"wikitable\"\n|+ Selected presidential visits since 2001\n"
        + "! Date !! Visitor !! Office !! Destination !! Occasion\n|-\n"
        + "| April 16, 2009 || [[Ana Ruiz]] || President || Lima || Official visit\n|-\n"
        + "| June 18, 2012 || Omar Qadir || President || [[Santiago]] || [[Pacific summit|Summit]]\n|}");
    assertThat(found).extracting(Visit::from, Visit::to, v -> v.date().toString()).containsExactly(
        tuple("CHL", "PER", "2009-04-16"), tuple("PER", "CHL", "2012-06-18"));
  }

  @Test
  void aCellOfSeveralYearsIsAVisitEachAndACountrysNameInTheHostColumnIsTheCountry() {
    List<Visit> found = visits(new WikitextReader().read("mexico-peru.wiki", null,
        "'''Mexico–Peru relations''' are the relations between Mexico and Peru.\n\n== High-level visits ==\n{| class=\"wikitable\"\n"
            + "! Year !! Guest !! Host country\n|-\n| 1956, 1976 || President [[Ana Ruiz]] || Mexico\n|-\n"
            + "| 1974, 1993, 2012 || King Carlos II || Peru\n|}\n"));
    assertThat(found).extracting(Visit::from, Visit::to, v -> v.date().toString()).containsExactly(
        tuple("PER", "MEX", "1956"), tuple("PER", "MEX", "1976"),
        tuple("MEX", "PER", "1974"), tuple("MEX", "PER", "1993"), tuple("MEX", "PER", "2012"));
  }

  @Test
  void aColumnOfCountriesBesideAPlaceIsNoPartOfTheOffice() {
    List<Visit> found = wiki("== High-level visits ==\n{| class=\"wikitable\"\n! Date !! Visitor !! Office !! Country !! Place\n|-\n"
        + "| 1997 || [[Ana Ruiz]] || President || Chile || [[Lima]]\n|}");
    assertThat(found).extracting(Visit::from, Visit::to, Visit::office).containsExactly(tuple("CHL", "PER", "President"));
  }

  @Test
  void aMemberAfterTheOfficeInAListNotFromATableIsNotTakenForTheCountryVisited() {
    // "el-Sisi, President, Egypt" in a brief's list names the visitor's country as often as the host's
    List<Visit> found = visits(new PlainTextReader().read("chile-peru.txt", null,
        "= Chile–Peru relations =\n\n== Visits ==\n- Omar Qadir, President, Peru, 2005\n"));
    assertThat(found).noneMatch(v -> v.to().equals("PER"));
  }
}
