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

  // "the Italian Legation", "Bulgarian Legation in the United States": the word naming its owner
  private static final Pattern OWNER = Pattern.compile("(?:^|\\s)(?:the\\s+)?([a-z]+)\\s+(?:legation|embassy)\\b");
  private static final java.util.Set<String> US_WORDS = java.util.Set.of("american", "america", "s", "us", "the", "of",
      "to", "and", "an", "a", "from");
  private static final Pattern REOPENED = Pattern.compile("\\bre-?open|\\bresum\\w*\\b.*\\boperations\\b");
  private static final Pattern ESTABLISHED_MISSION =
      Pattern.compile("\\b(american|u\\.s\\.)\\s+(embassy|legation)\\b");
  // "Relations with Prussia and ...", "Recognition of the German Democratic Republic, and ...",
  // "... Embassy in the Federation of Mali": the name ends at a comma, "and", a bracket or the year
  private static final Pattern STATE_NAMED = Pattern.compile(
      "(?i)\\b(?:relations with|recognition of|embassy in)\\s+(?:the\\s+)?(.+?)(?=\\s*[,(]|\\s+and\\b|\\s*\\d{4}|\\.?$)");

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
        List<ImportedFact> read = facts(loaded.name(), slug, section.attr("xml:id"), code, item);
        if (read.isEmpty()) skipped++;
        facts.addAll(read);
      }
    }
    return new ImportFile(HistorianReader.RDCR, loaded.name(), loaded.checksum(), null, records, skipped, facts);
  }

  private List<ImportedFact> facts(String document, String slug, String sectionId, String code, XmlElement item) {
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
    // the item may be about a state the file's country succeeded (Prussia in germany.xml): its facts
    // are that state's, never relabelled as its successor's
    String country = stateNamed(title).filter(p -> p.historical() && !p.code().equals(code)).map(Place::code)
        .orElse(code);
    List<Fact> out = new ArrayList<>();
    if (h.contains("recogni"))
      out.add(new Event(date, List.of(HistorianReader.USA, country), Event.EventKind.RECOGNITION, label, src));
    RelationsChange.Change change = h.contains("anniversary") ? null : change(h);
    if (change != null) out.add(new RelationsChange(change, date, src));
    Mission mission = mission(h, item, country, date, src);
    if (mission != null) out.add(mission);
    if (out.isEmpty() && (h.contains("treaty") || h.contains("convention") || h.contains("agreement")))
      out.add(new Agreement(label, date, src));
    return out.stream().map(f -> new ImportedFact(HistorianReader.USA, country, f)).toList();
  }

  /**
   * The mission an item opens, reopens or closes. The Historian tells the United States' missions
   * ("American Legation", "U.S. Embassy", or just "Embassy"); a head that names the country's own
   * ("Elevation of Polish Legation to Embassy Status") tells that country's mission in the United
   * States.
   */
  private Mission mission(String h, XmlElement item, String country, PartialDate date, List<Source> src) {
    if (!h.contains("embassy") && !h.contains("legation")) return null;
    String owner = HistorianReader.USA;
    String host = country;
    Matcher own = OWNER.matcher(h);
    while (own.find()) {
      String word = own.group(1);
      if (!US_WORDS.contains(word) && resolver.country(word).map(Place::code).filter(country::equals).isPresent()) {
        owner = country;
        host = HistorianReader.USA;
        break;
      }
    }
    String city = city(item, host);
    boolean raised = h.contains("legation") && h.contains("embassy") && (h.contains("elevat") || h.contains("raised"));
    if (raised) return new Mission(owner, host, MissionType.EMBASSY, city, date, null, src);
    MissionType type = h.contains("embassy") ? MissionType.EMBASSY : MissionType.LEGATION;
    boolean reopened = REOPENED.matcher(h).find();
    boolean established = h.contains("establish") && ESTABLISHED_MISSION.matcher(h).find();
    if (reopened || established) return new Mission(owner, host, type, city, date, null, src);
    if (type == MissionType.EMBASSY && (h.contains("closed") || h.contains("closure") || h.contains("suspension")))
      return new Mission(owner, host, type, city, null, date, src);
    return null;
  }

  /** A historical state the head names as the other side of relations or of a recognition, if any. */
  private Optional<Place> stateNamed(String title) {
    Matcher m = STATE_NAMED.matcher(title);
    while (m.find()) {
      Optional<Place> p = resolver.country(m.group(1).strip());
      if (p.isPresent()) return p;
    }
    return Optional.empty();
  }

  /**
   * Restored is looked for first: "Re-establishment of Diplomatic Relations" contains an
   * establishment. An anniversary of an establishment is none ({@link #facts} leaves it out).
   */
  static RelationsChange.Change change(String h) {
    if (h.matches(".*\\b(re-?establish\\w*|resum\\w*|restor\\w*)\\b.*") && h.contains("relations"))
      return RelationsChange.Change.RESTORED;
    if (h.matches(".*\\b(sever\\w*|cessation|interrupt\\w*|termination|ended|broken|suspension)\\b.*") && h.contains("relations"))
      return RelationsChange.Change.SEVERED;
    // "Establishment of Ambassadorial Relations" (Tuvalu 1980, Vanuatu 1987) raises the rank of
    // relations established earlier; read as an establishment it would contradict the first
    if (h.matches(".*(establishment of diplomatic relations|diplomatic relations established).*"))
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
