package org.bilateral.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.BadInputException;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Agreement;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.model.Visit;
import org.bilateral.resolve.Resolver;
import org.bilateral.sources.historian.HistorianReader;
import org.bilateral.sources.wikidata.WikidataMissionsReader;
import org.bilateral.store.ImportFile;
import org.bilateral.store.ImportedFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;

  private static List<Fact> facts(ImportFile f) { return f.facts().stream().map(ImportedFact::fact).toList(); }

  @Test
  void wikidataRowsBecomeMissionsAndAccreditationsWithTheRowAsSource() throws Exception {
    Path csv = Fixtures.write(dir, "database_of_embassies.csv", Fixtures.CSV);
    ImportFile f = new WikidataMissionsReader(Resolver.get()).read(csv);
    assertThat(f.records()).isEqualTo(4);
    assertThat(f.skipped()).isEqualTo(1); // Quebec is no country
    assertThat(f.listedOpenOn()).isEqualTo(PartialDate.parse("2022-11-16"));
    List<Fact> facts = facts(f);
    Mission pak = (Mission) facts.get(0);
    assertThat(pak).extracting(Mission::owner, Mission::host, Mission::type, Mission::city, Mission::opened)
        .containsExactly("PAK", "MEX", MissionType.EMBASSY, "Mexico City", PartialDate.ofYear(1974));
    assertThat(pak.coordinates()).isEqualTo(new org.bilateral.model.Coordinates(1.0, 2.0));
    Source s = pak.source();
    String text = Files.readString(csv);
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.sentence()).startsWith("Pakistan;");
    assertThat(s.reference()).isEqualTo("http://www.wikidata.org/entity/Q1001");
    assertThat(facts).filteredOn(Accreditation.class::isInstance)
        .containsExactlyInAnyOrder(new Accreditation("PAK", "CRI", "MEX", "Mexico City", pak.sources()),
            new Accreditation("MEX", "PAK", "IRN", "Tehran", ((Fact) facts.get(2)).sources()));
    // a consulate's district is a province, and consular: no accreditation
    assertThat(facts).filteredOn(x -> x instanceof Mission m && m.type() == MissionType.CONSULATE_GENERAL)
        .singleElement().extracting(x -> ((Mission) x).opened()).isEqualTo(PartialDate.parse("2015-06-12"));
  }

  @Test
  void aCsvWithoutTheColumnsIsRefused() {
    Path csv = Fixtures.write(dir, "x.csv", "a;b\n1;2\n");
    assertThatThrownBy(() -> new WikidataMissionsReader(Resolver.get()).read(csv))
        .isInstanceOf(BadInputException.class).hasMessageContaining("operator");
  }

  @Test
  void teiTimelineItemsBecomeDatedFactsWithTheParagraphAsSource() throws Exception {
    Path tei = Fixtures.write(dir, "pakistan.xml", Fixtures.TEI);
    ImportFile f = new HistorianReader(Resolver.get()).read(tei).orElseThrow();
    assertThat(f.facts()).allMatch(x -> x.a().equals("USA") && x.b().equals("PAK"));
    List<Fact> facts = facts(f);
    RelationsChange est = (RelationsChange) facts.stream().filter(RelationsChange.class::isInstance).findFirst().orElseThrow();
    assertThat(est.date()).isEqualTo(PartialDate.parse("1947-08-15"));
    assertThat(est.source().sentence()).startsWith("Diplomatic relations were established on August 15, 1947");
    String text = Files.readString(tei);
    assertThat(text.substring(est.source().start(), est.source().end())).startsWith("<p>").endsWith("</p>");
    assertThat(facts).filteredOn(Mission.class::isInstance).singleElement()
        .isEqualTo(new Mission("USA", "PAK", MissionType.EMBASSY, "Karachi", PartialDate.parse("1947-08-15"), null, est.sources()));
    assertThat(facts).filteredOn(Agreement.class::isInstance).singleElement()
        .extracting(x -> ((Agreement) x).date()).isEqualTo(PartialDate.parse("1950-05"));
  }

  @Test
  void visitsAndTravelsKeepPersonOfficeDirectionAndHistoricalStates() {
    HistorianReader r = new HistorianReader(Resolver.get());
    List<Fact> visits = facts(r.read(Fixtures.write(dir, "1950.xml", Fixtures.VISITS)).orElseThrow());
    assertThat(visits).containsExactly(
        new Visit("PAK", "USA", "Liaquat Ali Khan", "Prime Minister", PartialDate.parse("1950-05-03"), visits.get(0).sources()),
        new Visit("SUN", "USA", "Khrushchev", "Premier", PartialDate.parse("1959-09-15"), visits.get(1).sources()));
    assertThat(visits.get(0).source().reference()).endsWith("#visit-9001");
    List<Fact> trips = facts(r.read(Fixtures.write(dir, "eisenhower.xml", Fixtures.TRIPS)).orElseThrow());
    assertThat(trips).singleElement().isEqualTo(new Visit("USA", "PAK", "Dwight D. Eisenhower", "President",
        PartialDate.parse("1959-12-07"), trips.get(0).sources()));
    assertThat(r.read(Fixtures.write(dir, "codes.xml", "<code-table/>"))).isEmpty();
    assertThatThrownBy(() -> r.read(Fixtures.write(dir, "broken.xml", "<visits><visit>")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("not well-formed XML");
  }

  private static String item(String head, String when, String paragraph) {
    return "<div type=\"timeline\"><head>" + head + ", <date when=\"" + when + "\">" + when + "</date>.</head><p>"
        + paragraph + "</p></div>\n";
  }

  @Test
  void timelineHeadsTellReopeningsForeignMissionsAnniversariesAndPredecessorStates() throws Exception {
    String tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div type=\"section\" xml:id=\"s\">\n"
        + item("Establishment of Diplomatic Relations with Prussia and the American Legation in Berlin", "1797",
            "On June 1, 1797, a minister to Prussia was nominated.")
        + item("Elevation of Polish Legation to Embassy Status", "1930", "The legation became an embassy on March 4, 1930.")
        + item("Closure of the American Embassy", "1939", "The embassy closed on September 5, 1939.")
        + item("Re-establishment of U.S. Embassy in Warsaw", "1945", "It reopened on July 31, 1945.")
        + item("70th Anniversary of Establishment of Diplomatic Relations", "1989", "Relations were 70 years old in 1989.")
        + item("Establishment of Ambassadorial Relations", "1930", "Ambassadors were exchanged on January 31, 1930.")
        + "</div></body></text></TEI>";
    Path file = Fixtures.write(dir, "poland.xml", tei);
    ImportFile f = new HistorianReader(Resolver.get()).read(file).orElseThrow();
    // the establishment with Prussia is Prussia's (XPR), never relabelled as Poland's or Germany's
    assertThat(f.facts()).filteredOn(x -> x.fact() instanceof RelationsChange).singleElement().satisfies(x -> {
      assertThat(x.b()).isEqualTo("XPR");
      assertThat(((RelationsChange) x.fact()).date()).isEqualTo(PartialDate.parse("1797-06-01"));
    });
    List<Mission> missions = facts(f).stream().filter(Mission.class::isInstance).map(Mission.class::cast).toList();
    assertThat(missions).extracting(Mission::owner, Mission::host, Mission::type, Mission::opened, Mission::closed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("USA", "XPR", MissionType.LEGATION, PartialDate.parse("1797-06-01"), null),
            org.assertj.core.groups.Tuple.tuple("POL", "USA", MissionType.EMBASSY, PartialDate.parse("1930-03-04"), null),
            org.assertj.core.groups.Tuple.tuple("USA", "POL", MissionType.EMBASSY, null, PartialDate.parse("1939-09-05")),
            org.assertj.core.groups.Tuple.tuple("USA", "POL", MissionType.EMBASSY, PartialDate.parse("1945-07-31"), null));
  }
}
