package org.bilateral.sources.wikidata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.BadInputException;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Coordinates;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.bilateral.resolve.Place;
import org.bilateral.resolve.Resolver;
import org.bilateral.resolve.WikidataCountries;
import org.bilateral.sources.SourceFiles;
import org.bilateral.store.ImportFile;
import org.bilateral.store.ImportedFact;

/**
 * Reads Wikidata's list of diplomatic missions (database_of_embassies.csv: ';'-separated, one
 * header line) into missions and accreditations. Each row is one mission of {@code operator} in
 * {@code country}'s {@code city}; every other country of its {@code jurisdictions} is accredited
 * from it. The row's line is the source's sentence, its QID URL the reference; its latitude and
 * longitude, when given, locate the mission.
 */
public final class WikidataMissionsReader {
  public static final String DATASET = "wikidata-missions";
  /** The list holds the missions open when it was exported (../shared/data/README.md). */
  public static final PartialDate EXPORTED_ON = PartialDate.of(2022, 11, 16);

  private static final List<String> COLUMNS = List.of("operator", "operatorQID", "jurisdictions", "jurisdictionQIDs",
      "country", "countryQID", "city", "type", "creation", "QID");
  private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T.*");

  private final Resolver resolver;

  public WikidataMissionsReader(Resolver resolver) { this.resolver = resolver; }

  public ImportFile read(Path file) {
    SourceFiles.Loaded loaded = SourceFiles.load(file);
    return read(file.toString(), loaded);
  }

  ImportFile read(String input, SourceFiles.Loaded loaded) {
    String text = loaded.text();
    WikidataCountries countries = new WikidataCountries(resolver);
    List<ImportedFact> facts = new ArrayList<>();
    int records = 0;
    int skipped = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (String c : COLUMNS) {
        if (!parser.getHeaderMap().containsKey(c))
          throw new BadInputException(input, "not Wikidata's embassy list (no '" + c + "' column in the header line)");
      }
      for (CSVRecord row : parser) {
        records++;
        if (!row.isConsistent())
          throw new BadInputException(input, "line " + parser.getCurrentLineNumber() + ": " + row.size()
              + " fields where the header has " + parser.getHeaderMap().size());
        Source source = source(loaded.name(), text, row);
        Optional<Place> owner = countries.resolve(row.get("operatorQID"), row.get("operator"));
        Optional<Place> host = countries.resolve(row.get("countryQID"), row.get("country"));
        Optional<MissionType> type = MissionTypes.of(row.get("type"));
        if (owner.isEmpty() || host.isEmpty() || type.isEmpty() || owner.get().code().equals(host.get().code())) {
          skipped++;
          continue;
        }
        String o = owner.get().code();
        String h = host.get().code();
        String city = blankToNull(row.get("city"));
        facts.add(new ImportedFact(o, h, new Mission(o, h, type.get(), city, creation(row.get("creation")), null,
            List.of(source), coordinates(row))));
        // a consulate's district is consular work; accreditation is an embassy's
        if (type.get() != MissionType.EMBASSY && type.get() != MissionType.HIGH_COMMISSION) continue;
        String[] names = row.get("jurisdictions").split("\\|", -1);
        String[] qids = row.get("jurisdictionQIDs").split("\\|", -1);
        for (int i = 0; i < names.length; i++) {
          Optional<Place> to = countries.resolve(i < qids.length ? qids[i] : null, names[i]);
          if (to.isEmpty() || to.get().code().equals(h) || to.get().code().equals(o)) continue;
          facts.add(new ImportedFact(o, to.get().code(), new Accreditation(o, to.get().code(), h, city, List.of(source))));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(input, "not a readable CSV file (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new BadInputException(input, "not Wikidata's embassy list (" + e.getMessage() + ")");
    }
    return new ImportFile(DATASET, loaded.name(), loaded.checksum(), EXPORTED_ON, records, skipped, facts);
  }

  /** The row's line: from its first character to the end of its line, without the line break. */
  private static Source source(String document, String text, CSVRecord row) {
    int start = (int) row.getCharacterPosition();
    int end = start;
    // a quoted field may hold a line break; the row ends at the first break outside quotes
    boolean quoted = false;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (c == '"') quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r')) break;
      end++;
    }
    String qid = row.get("QID");
    return new Source(document, start, end, text.substring(start, end), qid == null || qid.isBlank() ? null : qid);
  }

  /**
   * Wikidata's timestamps come without their precision in this export: a first of January stands
   * for a year, a first of a month for a month, as Wikidata writes a year or month-precise value.
   */
  static PartialDate creation(String s) {
    Matcher m = s == null ? null : TIMESTAMP.matcher(s.strip());
    if (m == null || !m.matches()) return null;
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    try {
      if (mo <= 1 && d <= 1) return PartialDate.ofYear(y);
      if (d <= 1) return PartialDate.ofMonth(y, mo);
      return PartialDate.of(y, mo, d);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The row's latitude and longitude, when it has both and they are degrees on the globe. */
  static Coordinates coordinates(CSVRecord row) {
    if (!row.isMapped("latitude") || !row.isMapped("longitude")) return null;
    try {
      String lat = row.get("latitude").strip();
      String lon = row.get("longitude").strip();
      if (lat.isEmpty() || lon.isEmpty()) return null;
      return new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon));
    } catch (IllegalArgumentException e) {
      // a malformed or out-of-range value locates nothing; the mission itself stands
      return null;
    }
  }

  private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
