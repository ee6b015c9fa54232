package org.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Dossier;
import org.bilateral.model.DossierJson;
import org.bilateral.model.Fact;
import org.bilateral.model.Membership;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.PartialDate.Precision;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.RelationsChange.Change;
import org.bilateral.model.Source;
import org.bilateral.model.Trade;
import org.bilateral.model.Visit;
import org.bilateral.query.RelationsAt.Status;
import org.bilateral.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {
  private static final String DOC = "mexico-pakistan.txt";

  @TempDir Path dir;
  private Store store;
  private Query query;

  private static Source src(int start, String sentence) {
    return new Source(DOC, start, start + sentence.length(), sentence);
  }

  private static PartialDate d(String iso) { return PartialDate.parse(iso); }

  static final Mission PAK_EMBASSY = new Mission("PAK", "MEX", MissionType.EMBASSY, "Mexico City", d("1974-05"), null,
      List.of(src(512, "In May 1974, Pakistan opened an embassy in Mexico City.")));
  static final Mission MEX_EMBASSY = new Mission("MEX", "PAK", MissionType.EMBASSY, "Islamabad", d("2007"), d("2009"),
      List.of(src(568, "In 2007, Mexico opened an embassy in Islamabad, however, ... the embassy closed in 2009")));
  static final Mission KARACHI = new Mission("MEX", "PAK", MissionType.HONORARY_CONSULATE, "Karachi", d("2009"), null,
      List.of(src(568, "... honorary consulates were opened in Karachi and Lahore.")));
  static final Mission LAHORE = new Mission("MEX", "PAK", MissionType.HONORARY_CONSULATE, "Lahore", d("2009"), null,
      List.of(src(568, "... honorary consulates were opened in Karachi and Lahore.")));
  static final RelationsChange ESTABLISHED = new RelationsChange(Change.ESTABLISHED, d("1955-01-19"),
      List.of(src(300, "On 19 January 1955, Mexico and Pakistan established diplomatic relations.")));
  static final Accreditation ACCREDITED = new Accreditation("MEX", "PAK", "IRN", "Tehran",
      List.of(src(900, "Mexico is accredited to Pakistan from its embassy in Tehran.")));
  static final Membership UN = new Membership("UN", List.of(src(40, "Both nations are members of the United Nations.")));
  static final Visit MUSHARRAF = new Visit("PAK", "MEX", "Pervez Musharraf", "President", d("2004-12"),
      List.of(src(700, "In December 2004, Pakistani President Pervez Musharraf paid an official visit to Mexico."),
          new Source("visits.csv", 10, 40, "2004-12,PAK,MEX,Musharraf")));
  static final Trade TRADE = new Trade(2023, 1_064_000_000d, List.of(src(1200, "In 2023, trade totaled US$1.06 billion.")));

  /** The Mexico–Pakistan article, in the order an extractor would list its facts. */
  static Dossier mexicoPakistan() {
    return new Dossier("Mexico–Pakistan relations", DOC, List.of("MEX", "PAK"),
        List.of(ESTABLISHED, UN, PAK_EMBASSY, MEX_EMBASSY, KARACHI, LAHORE, ACCREDITED, MUSHARRAF, TRADE));
  }

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("bilateral.db"));
    query = new Query(store);
  }

  @AfterEach
  void close() { store.close(); }

  private void ingestMexicoPakistan() { store.ingest("/corpus/" + DOC, "the article", mexicoPakistan()); }

  private static List<Mission> open(AsOf asOf) { return asOf.openMissions().stream().map(MissionAt::mission).toList(); }

  // --- dossier ---

  @Test
  void dossierGivesBackWhatWasIngested() {
    ingestMexicoPakistan();
    Dossier back = query.dossier("MEX", "PAK");
    assertThat(back.facts()).isEqualTo(mexicoPakistan().facts());
    assertThat(back).isEqualTo(mexicoPakistan());
    assertThat(DossierJson.toJson(back, true)).isEqualTo(DossierJson.toJson(mexicoPakistan(), true));
    // the stored dossier must survive the interchange format unchanged as well
    assertThat(DossierJson.fromJson(DossierJson.toJson(back, false)).facts())
        .containsExactlyInAnyOrderElementsOf(mexicoPakistan().facts());
  }

  @Test
  void dossierPairFollowsTheCallersOrderAndAcceptsLowerCase() {
    ingestMexicoPakistan();
    Dossier back = query.dossier("pak", "mex");
    assertThat(back.pair()).containsExactly("PAK", "MEX");
    assertThat(back.title()).isEqualTo("Mexico–Pakistan relations");
    assertThat(back.facts()).isEqualTo(mexicoPakistan().facts());
  }

  @Test
  void dossierOfSeveralDocumentsIsTitledByThePair() {
    ingestMexicoPakistan();
    store.ingest("/corpus/other.txt", "other", new Dossier("Pakistan–Mexico relations", "other.txt",
        List.of("PAK", "MEX"), List.of(new Membership("WTO", List.of(new Source("other.txt", 0, 3, "WTO"))))));
    Dossier back = query.dossier("MEX", "PAK");
    assertThat(back.title()).isEqualTo("MEX–PAK");
    assertThat(back.documentName()).isNull();
    assertThat(back.facts()).hasSize(10).last().isEqualTo(new Membership("WTO", List.of(new Source("other.txt", 0, 3, "WTO"))));
  }

  @Test
  void dossierOfAnUnknownPairIsEmpty() {
    Dossier back = query.dossier("FRA", "JPN");
    assertThat(back.facts()).isEmpty();
    assertThat(back.title()).isEqualTo("FRA–JPN");
  }

  // --- as of ---

  @Test
  void asOf2008BothEmbassiesAreOpen() {
    ingestMexicoPakistan();
    AsOf asOf = query.asOf("MEX", "PAK", d("2008"));
    assertThat(open(asOf)).containsExactly(PAK_EMBASSY, MEX_EMBASSY);
    assertThat(asOf.missions()).allSatisfy(m -> assertThat(m.uncertain()).isFalse());
    assertThat(asOf.relations()).isEqualTo(new RelationsAt(Status.ESTABLISHED, d("1955-01-19"), false, ESTABLISHED));
  }

  @Test
  void asOf2010TheMexicanEmbassyHasGivenWayToHonoraryConsulates() {
    ingestMexicoPakistan();
    AsOf asOf = query.asOf("MEX", "PAK", d("2010"));
    assertThat(open(asOf)).containsExactly(PAK_EMBASSY, KARACHI, LAHORE);
    assertThat(asOf.missions()).extracting(MissionAt::mission).doesNotContain(MEX_EMBASSY);
  }

  @Test
  void asOf1950RelationsAreNotYetEstablishedAndThereAreNoMissions() {
    ingestMexicoPakistan();
    AsOf asOf = query.asOf("MEX", "PAK", d("1950"));
    assertThat(asOf.relations().status()).isEqualTo(Status.NOT_YET_ESTABLISHED);
    assertThat(asOf.relations().since()).isNull();
    assertThat(asOf.missions()).isEmpty();
  }

  @Test
  void aClosingWithinTheAskedPeriodCountsAsClosedButUncertain() {
    ingestMexicoPakistan();
    for (String q : List.of("2009", "2009-03", "2009-12-31")) {
      AsOf asOf = query.asOf("MEX", "PAK", d(q));
      assertThat(open(asOf)).as(q).containsExactly(PAK_EMBASSY, KARACHI, LAHORE);
      assertThat(asOf.missions()).as(q)
          .extracting(m -> m.mission().city(), MissionAt::open, MissionAt::uncertain)
          .containsExactly(
              tuple("Mexico City", true, false),
              tuple("Islamabad", false, true),
              tuple("Karachi", true, true),
              tuple("Lahore", true, true));
    }
  }

  @Test
  void anOpeningIsCountedByTheEndOfThePeriod() {
    ingestMexicoPakistan();
    assertThat(open(query.asOf("MEX", "PAK", d("1974-04-30")))).isEmpty();
    assertThat(query.asOf("MEX", "PAK", d("1974-05-01")).missions())
        .containsExactly(new MissionAt(PAK_EMBASSY, true, true)); // which day of May is unknown
    assertThat(query.asOf("MEX", "PAK", d("1974")).missions()).containsExactly(new MissionAt(PAK_EMBASSY, true, true));
    assertThat(query.asOf("MEX", "PAK", d("1974-06")).missions()).containsExactly(new MissionAt(PAK_EMBASSY, true, false));
  }

  @Test
  void relationsDatedToTheDayAreSureWithinTheDayAndUncertainWithinTheYear() {
    ingestMexicoPakistan();
    assertThat(query.asOf("MEX", "PAK", d("1955-01-18")).relations().status()).isEqualTo(Status.NOT_YET_ESTABLISHED);
    RelationsAt onTheDay = query.asOf("MEX", "PAK", d("1955-01-19")).relations();
    assertThat(onTheDay.status()).isEqualTo(Status.ESTABLISHED);
    RelationsAt inTheYear = query.asOf("MEX", "PAK", d("1955")).relations();
    assertThat(inTheYear.status()).isEqualTo(Status.ESTABLISHED);
    assertThat(inTheYear.uncertain()).isTrue();
    assertThat(query.asOf("MEX", "PAK", d("1955-02")).relations().uncertain()).isFalse();
  }

  @Test
  void severedAndRestoredRelationsFollowTheLatestChange() {
    Source s = new Source("x.txt", 0, 1, "x");
    store.ingest("x.txt", "x", new Dossier("Bangladesh–Pakistan", "x.txt", List.of("BGD", "PAK"), List.of(
        new RelationsChange(Change.RESTORED, d("1976"), List.of(s)),
        new RelationsChange(Change.ESTABLISHED, d("1950"), List.of(s)),
        new RelationsChange(Change.SEVERED, d("1971-12"), List.of(s)))));
    assertThat(query.asOf("BGD", "PAK", d("1949")).relations().status()).isEqualTo(Status.NOT_YET_ESTABLISHED);
    assertThat(query.asOf("BGD", "PAK", d("1960")).relations())
        .extracting(RelationsAt::status, RelationsAt::since).containsExactly(Status.ESTABLISHED, d("1950"));
    assertThat(query.asOf("BGD", "PAK", d("1972")).relations())
        .extracting(RelationsAt::status, RelationsAt::since).containsExactly(Status.SEVERED, d("1971-12"));
    assertThat(query.asOf("BGD", "PAK", d("1980")).relations())
        .extracting(RelationsAt::status, RelationsAt::since, RelationsAt::uncertain)
        .containsExactly(Status.RESTORED, d("1976"), false);
  }

  @Test
  void nothingStoredIsUnknown() {
    AsOf asOf = query.asOf("FRA", "JPN", d("2000"));
    assertThat(asOf.relations().status()).isEqualTo(Status.UNKNOWN);
    assertThat(asOf.missions()).isEmpty();
    assertThat(asOf.accreditations()).isEmpty();
  }

  @Test
  void undatedAccreditationsAreCurrentWhileRelationsExist() {
    ingestMexicoPakistan();
    assertThat(query.asOf("PAK", "MEX", d("1960")).accreditations()).containsExactly(ACCREDITED);
    assertThat(query.asOf("PAK", "MEX", d("2024")).accreditations()).containsExactly(ACCREDITED);
    assertThat(query.asOf("MEX", "PAK", d("1900")).accreditations()).isEmpty();
  }

  @Test
  void undatedMissionsAreNotListedBeforeRelationsOrWhileTheyAreSevered() {
    Mission undated = new Mission("PAK", "MEX", MissionType.CONSULATE, "Guadalajara", null, null,
        List.of(src(950, "Pakistan has a consulate in Guadalajara.")));
    RelationsChange severed = new RelationsChange(Change.SEVERED, d("1980"), List.of(src(980, "Relations were cut in 1980.")));
    store.ingest("/corpus/x.txt", "x", new Dossier("Mexico–Pakistan relations", "x.txt", List.of("MEX", "PAK"),
        List.of(ESTABLISHED, undated, severed)));
    assertThat(open(query.asOf("MEX", "PAK", d("1950")))).isEmpty();
    assertThat(open(query.asOf("MEX", "PAK", d("1970")))).containsExactly(undated);
    assertThat(open(query.asOf("MEX", "PAK", d("1990")))).isEmpty();
  }

  @Test
  void asOfKeepsTheCallersPairOrder() {
    ingestMexicoPakistan();
    AsOf asOf = query.asOf("PAK", "MEX", d("2010"));
    assertThat(asOf.pair()).containsExactly("PAK", "MEX");
    assertThat(open(asOf)).containsExactly(PAK_EMBASSY, KARACHI, LAHORE);
  }

  // --- timeline ---

  @Test
  void timelineListsDatedEdgesInDateOrderWithTheirPrecision() {
    ingestMexicoPakistan();
    List<TimelineEntry> timeline = query.timeline("MEX", "PAK");
    assertThat(timeline)
        .extracting(e -> e.date().toString(), TimelineEntry::precision, TimelineEntry::kind, TimelineEntry::edge,
            TimelineEntry::description)
        .containsExactly(
            tuple("1955-01-19", Precision.DAY, Fact.Kind.RELATIONS, TimelineEntry.Edge.START, "relations established"),
            tuple("1974-05", Precision.MONTH, Fact.Kind.MISSION, TimelineEntry.Edge.START,
                "PAK embassy in Mexico City opened"),
            tuple("2004-12", Precision.MONTH, Fact.Kind.VISIT, TimelineEntry.Edge.START,
                "President Pervez Musharraf (PAK) visited MEX"),
            tuple("2007", Precision.YEAR, Fact.Kind.MISSION, TimelineEntry.Edge.START, "MEX embassy in Islamabad opened"),
            tuple("2009", Precision.YEAR, Fact.Kind.MISSION, TimelineEntry.Edge.END, "MEX embassy in Islamabad closed"),
            tuple("2009", Precision.YEAR, Fact.Kind.MISSION, TimelineEntry.Edge.START,
                "MEX honorary consulate in Karachi opened"),
            tuple("2009", Precision.YEAR, Fact.Kind.MISSION, TimelineEntry.Edge.START,
                "MEX honorary consulate in Lahore opened"),
            tuple("2023", Precision.YEAR, Fact.Kind.TRADE, TimelineEntry.Edge.START, "two-way trade US$1,064,000,000"));
    assertThat(timeline).extracting(TimelineEntry::fact).doesNotContain(UN, ACCREDITED);
    assertThat(timeline.get(0).sourceRef()).isEqualTo(DOC + "@300");
  }

  @Test
  void timelineSortsByDateNotByStoredOrder() {
    Source s = new Source("x.txt", 0, 1, "x");
    List<Fact> facts = new ArrayList<>(List.of(
        new Visit("PAK", "MEX", "B", null, d("2015-03"), List.of(s)),
        new Visit("PAK", "MEX", "A", null, d("2015"), List.of(s)),
        new Visit("PAK", "MEX", "C", null, d("2014-12-31"), List.of(s))));
    store.ingest("x.txt", "x", new Dossier("t", "x.txt", List.of("MEX", "PAK"), facts));
    // a year starts before any month of it: 2014-12-31, 2015, 2015-03
    assertThat(query.timeline("PAK", "MEX")).extracting(e -> ((Visit) e.fact()).person()).containsExactly("C", "A", "B");
  }

  // --- pairs ---

  @Test
  void pairsAreCountedInCanonicalOrder() {
    ingestMexicoPakistan();
    Source s = new Source("b.txt", 0, 1, "b");
    store.ingest("b.txt", "b", new Dossier("Pakistan–India relations", "b.txt", List.of("PAK", "IND"),
        List.of(new Membership("SAARC", List.of(s)), new Membership("UN", List.of(s)))));
    store.ingest("c.txt", "c", new Dossier("Pakistan–Mexico relations", "c.txt", List.of("PAK", "MEX"),
        List.of(new Membership("WTO", List.of(s)))));
    assertThat(query.pairs()).containsExactly(new PairCount("IND", "PAK", 2, 1), new PairCount("MEX", "PAK", 10, 2));
  }
}
