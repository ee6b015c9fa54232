package org.bilateral.sources.historian;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.BadInputException;
import org.bilateral.model.Agreement;
import org.bilateral.model.Event;
import org.bilateral.model.Fact;
import org.bilateral.model.Mission;
import org.bilateral.model.MissionType;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Source;
import org.bilateral.resolve.Place;
import org.bilateral.resolve.Resolver;
import org.bilateral.sources.SourceFiles;
import org.bilateral.store.ImportFile;
import org.bilateral.store.ImportedFact;

/**
 * The dated timeline items of a TEI article ({@code <div type="timeline">}: a head naming the
 * event, with its year, and paragraphs telling it). The head says what happened; the paragraphs
 * give the precise date ("on August 15, 1947") and, for a mission, its city.
 */
final class TimelineReader {
  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern MONTH = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{4})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\b");

  private final Resolver resolver;

  TimelineReader(Resolver resolver) { this.resolver = resolver; }

  ImportFile read(String input, SourceFiles.Loaded loaded, XmlElement root) {
    String slug = loaded.name().replaceFirst("\\.xml$", "");
    Optional<Place> country = resolver.historian(slug, null);
    if (country.isEmpty()) {
      XmlElement title = root.descendants("title").stream().filter(t -> "short".equals(t.attr("type"))).findFirst()
          .orElse(null);
      country = title == null ? Optional.empty() : resolver.country(title.text().replace("*", ""));
    }
    if (country.isEmpty()) throw new BadInputException(input, "no country known by the id '" + slug + "'");
    String code = country.get().code();
    List<ImportedFact> facts = new ArrayList<>();
    int records = 0;
    int skipped = 0;
    for (XmlElement section : root.descendants("div")) {
      if (!"section".equals(section.attr("type"))) continue;
      for (XmlElement item : section.descendants("div")) {
        if (!"timeline".equals(item.attr("type"))) continue;
        records++;
        List<Fact> read = facts(loaded.name(), slug, section.attr("xml:id"), code, item);
        if (read.isEmpty()) skipped++;
        read.forEach(f -> facts.add(new ImportedFact(HistorianReader.USA, code, f)));
      }
    }
    return new ImportFile(HistorianReader.RDCR, loaded.name(), loaded.checksum(), null, records, skipped, facts);
  }

  private List<Fact> facts(String document, String slug, String sectionId, String code, XmlElement item) {
    XmlElement head = item.first("head");
    List<XmlElement> paragraphs = item.elements("p");
    if (head == null || paragraphs.isEmpty()) return List.of();
    String title = head.text().replaceAll("[.\\s]+$", "");
    String h = title.toLowerCase(Locale.ROOT);
    XmlElement when = head.descendants("date").stream().findFirst().orElse(null);
    String body = String.join(" ", paragraphs.stream().map(p -> p.text()).toList());
    PartialDate date = date(when == null ? null : when.attr("when"), body);
    if (date == null) return List.of();
    int start = paragraphs.get(0).start;
    int end = paragraphs.get(paragraphs.size() - 1).end;
    List<Source> src = List.of(new Source(document, start, end, body,
        "https://history.state.gov/countries/" + slug + (sectionId == null ? "" : "#" + sectionId)));
    String label = title.replaceAll(",?\\s*\\d{4}(\\s*[–-]\\s*\\d{2,4})?$", "").strip();
    List<Fact> out = new ArrayList<>();
    if (h.contains("recogni"))
      out.add(new Event(date, List.of(HistorianReader.USA, code), Event.EventKind.RECOGNITION, label, src));
    RelationsChange.Change change = change(h);
    if (change != null) out.add(new RelationsChange(change, date, src));
    MissionType raised = null;
    if (h.contains("legation") && h.contains("embassy") && (h.contains("elevat") || h.contains("raised")))
      raised = MissionType.EMBASSY;
    else if (h.contains("establish") && h.contains("american embassy")) raised = MissionType.EMBASSY;
    else if (h.contains("establish") && h.contains("american legation")) raised = MissionType.LEGATION;
    if (raised != null) {
      out.add(new Mission(HistorianReader.USA, code, raised, city(item, code), date, null, src));
    } else if (h.contains("embassy") && (h.contains("closed") || h.contains("closure") || h.contains("suspension"))) {
      out.add(new Mission(HistorianReader.USA, code, MissionType.EMBASSY, city(item, code), null, date, src));
    }
    if (out.isEmpty() && (h.contains("treaty") || h.contains("convention") || h.contains("agreement")))
      out.add(new Agreement(label, date, src));
    return out;
  }

  /** Restored is looked for first: "Re-establishment of Diplomatic Relations" contains an establishment. */
  static RelationsChange.Change change(String h) {
    if (h.matches(".*\\b(re-?establish\\w*|resum\\w*|restor\\w*)\\b.*") && h.contains("relations"))
      return RelationsChange.Change.RESTORED;
    if (h.matches(".*\\b(sever\\w*|cessation|interrupt\\w*|termination|ended|broken|suspension)\\b.*") && h.contains("relations"))
      return RelationsChange.Change.SEVERED;
    if (h.matches(".*(establishment of (diplomatic|ambassadorial) relations|diplomatic relations established).*"))
      return RelationsChange.Change.ESTABLISHED;
    return null;
  }

  /**
   * The head gives the year; the paragraph usually the day. The first full date of the head's year
   * in the paragraph is taken, else its first month of that year, else the head's date as given.
   */
  static PartialDate date(String when, String body) {
    PartialDate head = SourceFiles.date(when);
    Integer year = head == null ? null : head.year();
    Matcher d = DAY.matcher(body);
    while (d.find()) {
      int y = Integer.parseInt(d.group(3));
      if (year != null && y != year) continue;
      try {
        PartialDate p = PartialDate.of(y, month(d.group(1)), Integer.parseInt(d.group(2)));
        if (head == null || p.refines(head)) return p;
      } catch (IllegalArgumentException e) {
        // "February 30" in a paragraph: look further
      }
    }
    Matcher m = MONTH.matcher(body);
    while (m.find()) {
      int y = Integer.parseInt(m.group(2));
      if (year != null && y != year) continue;
      PartialDate p = PartialDate.ofMonth(y, month(m.group(1)));
      if (head == null || p.refines(head)) return p;
    }
    if (head != null) return head;
    Matcher y = YEAR.matcher(body);
    return y.find() ? PartialDate.ofYear(Integer.parseInt(y.group(1))) : null;
  }

  private String city(XmlElement item, String code) {
    for (XmlElement place : item.descendants("placeName")) {
      Optional<String> c = resolver.city(place.text(), code);
      if (c.isPresent()) return c.get();
    }
    return null;
  }

  private static int month(String name) {
    return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
  }
}
