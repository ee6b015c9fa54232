package org.bilateral.sources.historian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.BadInputException;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;
import org.bilateral.model.Visit;
import org.bilateral.resolve.Offices;
import org.bilateral.resolve.Place;
import org.bilateral.resolve.Resolver;
import org.bilateral.sources.SourceFiles;
import org.bilateral.store.ImportFile;
import org.bilateral.store.ImportedFact;

/**
 * Reads the U.S. Office of the Historian's files: the TEI articles on recognition and relations
 * (one per country; {@code <TEI>}), the visits of foreign leaders ({@code <visits>}) and the
 * travels of Presidents and Secretaries of State ({@code <trips>}). Every fact is about the United
 * States and one country; a historical state keeps its own code.
 */
public final class HistorianReader {
  public static final String RDCR = "historian-rdcr";
  public static final String VISITS = "historian-visits";
  public static final String TRAVELS = "historian-travels";
  static final String USA = "USA";
  private static final String SITE = "https://history.state.gov";

  private final Resolver resolver;

  public HistorianReader(Resolver resolver) { this.resolver = resolver; }

  /** The file's facts, or empty when it is none of the three kinds (a code table, say). */
  public Optional<ImportFile> read(Path file) {
    SourceFiles.Loaded loaded = SourceFiles.load(file);
    XmlElement root = HistorianXml.parse(file.toString(), loaded.text());
    return switch (root.name) {
      case "TEI" -> Optional.of(new TimelineReader(resolver).read(file.toString(), loaded, root));
      case "visits" -> Optional.of(visits(loaded, root));
      case "trips" -> Optional.of(travels(loaded, root));
      default -> Optional.empty();
    };
  }

  /** Like {@link #read} for a file the user named: one that is none of the three kinds is refused. */
  public ImportFile readNamed(Path file) {
    return read(file).orElseThrow(() -> new BadInputException(file.toString(),
        "not a Historian file (a TEI article, <visits> or <trips>)"));
  }

  private ImportFile visits(SourceFiles.Loaded loaded, XmlElement root) {
    List<ImportedFact> facts = new ArrayList<>();
    int records = 0;
    int skipped = 0;
    for (XmlElement v : root.elements("visit")) {
      records++;
      XmlElement from = v.first("from");
      Optional<Place> country = from == null ? Optional.empty() : resolver.historian(from.attr("id"), from.text());
      PartialDate date = SourceFiles.date(XmlElement.text(v.first("start-date")));
      String visitor = XmlElement.text(v.first("visitor"));
      if (country.isEmpty() || country.get().code().equals(USA) || visitor == null || visitor.isBlank()) {
        skipped++;
        continue;
      }
      Offices.Person person = Offices.split(visitor);
      String id = XmlElement.text(v.first("id"));
      String sentence = visitor + " (" + from.text() + ") visited the United States"
          + dates(v) + ". " + text(v.first("description"));
      Source s = new Source(loaded.name(), v.start, v.end, sentence.strip(),
          SITE + "/departmenthistory/visits/" + from.attr("id") + (id == null ? "" : "#visit-" + id));
      String c = country.get().code();
      facts.add(new ImportedFact(c, USA, new Visit(c, USA, person.name(), person.office(), date, List.of(s))));
    }
    return new ImportFile(VISITS, loaded.name(), loaded.checksum(), null, records, skipped, facts);
  }

  private ImportFile travels(SourceFiles.Loaded loaded, XmlElement root) {
    List<ImportedFact> facts = new ArrayList<>();
    int records = 0;
    int skipped = 0;
    for (XmlElement t : root.elements("trip")) {
      records++;
      XmlElement to = t.first("country");
      Optional<Place> country = to == null ? Optional.empty() : resolver.historian(to.attr("id"), to.text());
      String name = XmlElement.text(t.first("name"));
      if (country.isEmpty() || country.get().code().equals(USA) || name == null || name.isBlank()) {
        skipped++;
        continue;
      }
      String role = t.attr("role") != null ? t.attr("role") : XmlElement.text(t.first("role"));
      String office = "secretary".equals(role) ? "Secretary of State" : "president".equals(role) ? "President" : null;
      String id = XmlElement.text(t.first("id"));
      String locale = XmlElement.text(t.first("locale"));
      String sentence = (office == null ? "" : office + " ") + name + " travelled to " + to.text()
          + (locale == null || locale.isBlank() ? "" : " (" + locale + ")") + dates(t) + ". " + text(t.first("remarks"));
      Source s = new Source(loaded.name(), t.start, t.end, sentence.strip(),
          SITE + "/departmenthistory/travels/" + (role == null ? "" : role + "/") + t.attr("who")
              + (id == null ? "" : "#trip-" + id));
      String c = country.get().code();
      facts.add(new ImportedFact(USA, c, new Visit(USA, c, name, office,
          SourceFiles.date(XmlElement.text(t.first("start-date"))), List.of(s))));
    }
    return new ImportFile(TRAVELS, loaded.name(), loaded.checksum(), null, records, skipped, facts);
  }

  private static String dates(XmlElement record) {
    String start = XmlElement.text(record.first("start-date"));
    String end = XmlElement.text(record.first("end-date"));
    if (start == null || start.isBlank()) return "";
    return end == null || end.isBlank() || end.equals(start) ? " on " + start : " from " + start + " to " + end;
  }

  private static String text(XmlElement e) { return e == null ? "" : e.text(); }
}
