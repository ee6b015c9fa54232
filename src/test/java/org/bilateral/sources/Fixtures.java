package org.bilateral.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small invented data-set files in the real formats, written for these tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final String CSV_HEADER = "operator;operatorQID;jurisdictions;jurisdictionQIDs;country;countryQID;city;"
      + "cityQID;address;latitude;longitude;phone;email;website;facebook;twitter;youtube;type;typeQID;creation;QID\n";

  private static String row(String op, String opQ, String juris, String jurisQ, String country, String countryQ,
      String city, String type, String creation, String qid) {
    return op + ";http://www.wikidata.org/entity/" + opQ + ";" + juris + ";" + jurisQ + ";" + country
        + ";http://www.wikidata.org/entity/" + countryQ + ";" + city + ";;;1.0;2.0;;;;;;;" + type + ";;" + creation
        + ";http://www.wikidata.org/entity/" + qid + "\n";
  }

  /** Pakistan's embassy in Mexico City; Mexico's embassy in Tehran, accredited to Pakistan; a consulate; a province. */
  public static final String CSV = CSV_HEADER
      + row("Pakistan", "Q843", "Mexico|Costa Rica", "http://www.wikidata.org/entity/Q96|http://www.wikidata.org/entity/Q800",
          "Mexico", "Q96", "Mexico City", "embassy", "1974-01-01T00:00:00Z", "Q1001")
      + row("Mexico", "Q96", "Iran|Pakistan", "http://www.wikidata.org/entity/Q794|http://www.wikidata.org/entity/Q843",
          "Iran", "Q794", "Tehran", "embassy", "", "Q1002")
      + row("Mexico", "Q96", "Sichuan", "http://www.wikidata.org/entity/Q19770", "People's Republic of China", "Q148",
          "Chengdu", "consulate general", "2015-06-12T00:00:00Z", "Q1003")
      + row("Quebec", "Q176", "", "", "France", "Q142", "Paris", "Quebec Government Office", "", "Q1004");

  /** A TEI article in the Historian's shape, for an invented pair of facts about Pakistan. */
  public static final String TEI = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title type="short">Pakistan</title></titleStmt></fileDesc></teiHeader>
          <text><body>
              <div type="section" xml:id="diplomatic-relations">
                  <head>Diplomatic Relations</head>
                  <div type="timeline">
                      <head>Establishment of Diplomatic Relations and the American Embassy in
                          Pakistan, <date when="1947">1947</date>.</head>
                      <p>Diplomatic relations were established on August 15, 1947, when the
                          American Embassy at <placeName key="karachi">Karachi</placeName> opened.</p>
                  </div>
                  <div type="timeline">
                      <head>Treaty of Friendship, <date when="1950">1950</date>.</head>
                      <p>A treaty was signed in <hi rend="italic">May 1950</hi>.</p>
                  </div>
              </div>
          </body></text>
      </TEI>
      """;

  public static final String VISITS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <visits>
          <visit>
              <id>9001</id>
              <start-date>1950-05-03</start-date>
              <end-date>1950-05-05</end-date>
              <visitor>Prime Minister Liaquat Ali Khan</visitor>
              <from id="pakistan">Pakistan</from>
              <description>Official visit.</description>
          </visit>
          <visit>
              <id>9002</id>
              <start-date>1959-09-15</start-date>
              <end-date>1959-09-27</end-date>
              <visitor>Premier Khrushchev</visitor>
              <from id="russia">U.S.S.R.</from>
              <description>Private visit.</description>
          </visit>
      </visits>
      """;

  public static final String TRIPS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <trips>
          <trip role="president" who="eisenhower-dwight-d">
              <id>8001</id>
              <role>president</role>
              <name>Dwight D. Eisenhower</name>
              <start-date>1959-12-07</start-date>
              <end-date>1959-12-09</end-date>
              <country id="pakistan">Pakistan</country>
              <locale>Karachi</locale>
              <remarks>Met with President Ayub Khan.</remarks>
          </trip>
      </trips>
      """;

  public static Path write(Path dir, String name, String text) {
    try {
      Files.createDirectories(dir);
      Path p = dir.resolve(name);
      Files.writeString(p, text);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder in the shape of ../shared/data/historyatstate with one file of each kind. */
  public static Path historian(Path dir) {
    write(dir.resolve("rdcr/articles"), "pakistan.xml", TEI);
    write(dir.resolve("visits/data"), "1950.xml", VISITS);
    write(dir.resolve("travels/president-travels"), "eisenhower-dwight-d.xml", TRIPS);
    write(dir.resolve("travels/code-tables"), "travel-role-codes.xml", "<code-table><name>x</name></code-table>");
    return dir;
  }
}
