package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.model.Dossier;
import org.bilateral.model.Visit;
import org.bilateral.read.WikitextReader;
import org.junit.jupiter.api.Test;

/** A wikitext link's target places an ambiguous or unknown town: "[[Queenstown, New Zealand|Queenstown]]". */
class WikiLinkHintTest {
  private static List<Visit> visits(String body) {
    String wiki = "'''India–New Zealand relations''' are the relations between India and New Zealand.\n\n" + body + "\n";
    Dossier d = new Extractor().extract(new WikitextReader().read("india-new-zealand.wiki", null, wiki));
    return d.facts().stream().filter(f -> f instanceof Visit).map(f -> (Visit) f).toList();
  }

  @Test
  void aLinkTargetNamingAMemberPlacesTheTown() {
    // the gazetteer knows only South Africa's Queenstown; the link says which one
    List<Visit> found = visits("Indian Prime Minister Narendra Modi flew to [[Queenstown, New Zealand|Queenstown]] on 31 May 2021.");
    assertThat(found).extracting(Visit::from, Visit::to, Visit::person)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("IND", "NZL", "Narendra Modi"));
    assertThat(found.get(0).date().toString()).isEqualTo("2021-05-31");
  }

  @Test
  void aLinkMarksWhereAListedVisitorsOfficeEndsAndTheNameBegins() {
    // an office with "for … and …" runs into the name; the link (here, or around the name in the prose) bounds it
    List<Visit> found = visits("[[Anil Rao]], Director of the Office for Pacific and Oceania Affairs, spoke in 2017.\n\n"
        + "Visits from India to New Zealand\n"
        + "* Minister for Communities and Returns [[Vikram Shah]] (2021)\n"
        + "* Director of the Office for Pacific and Oceania Affairs Anil Rao (2018)\n");
    assertThat(found).extracting(Visit::person, Visit::office).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Vikram Shah", "Minister for Communities and Returns"),
        org.assertj.core.groups.Tuple.tuple("Anil Rao", "Director of the Office for Pacific and Oceania Affairs"));
    // a name so bounded is not lengthened afterwards by the words before it ("Prince of Wales Charles")
    assertThat(visits("Visits from India to New Zealand\n* Prince of Wales [[Charles III|Charles]] (2018)\n"))
        .extracting(Visit::person, Visit::office).containsExactly(org.assertj.core.groups.Tuple.tuple("Charles", "Prince of Wales"));
  }

  @Test
  void aLinkTargetNamingAThirdCountryOrNoCountryPlacesNothingInThePair() {
    assertThat(visits("Indian Prime Minister Narendra Modi flew to [[Queenstown, South Africa|Queenstown]] on 31 May 2021.")).isEmpty();
    assertThat(visits("Indian Prime Minister Narendra Modi flew to [[Queenstown]] on 31 May 2021.")).isEmpty();
  }
}
