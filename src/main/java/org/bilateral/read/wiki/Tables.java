package org.bilateral.read.wiki;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.read.Block;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTable;
import org.sweble.wikitext.parser.nodes.WtTableCaption;
import org.sweble.wikitext.parser.nodes.WtTableCell;
import org.sweble.wikitext.parser.nodes.WtTableHeader;
import org.sweble.wikitext.parser.nodes.WtTableRow;

/**
 * A wikitable read as a list: its caption (or the line above it) captions the rows, the header row
 * is not a row, and each row is a bullet of its cells joined by ", ". A table of visits (a column of
 * dates and one of people) writes each row as a list entry would read, see {@link #row}. A table whose columns are
 * headed by countries ("From Germany to India" | "From India to Germany") is a pair of lists side
 * by side: each cell is then a bullet of its own, captioned by its column's header, so that
 * a row does not mix the two directions.
 */
final class Tables {
  private final Renderer r;

  Tables(Renderer r) {
    this.r = r;
  }

  private record Cell(WtNode body, int start, boolean header) {}

  void table(WtNode node, boolean inline) {
    WtTable table = (WtTable) node;
    if (!table.hasBody()) return;
    WtTableCaption caption = null;
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> loose = new ArrayList<>();
    for (WtNode n : flatten(table.getBody())) {
      if (n instanceof WtTableCaption c) {
        if (caption == null) caption = c;
      } else if (n instanceof WtTableRow row) {
        if (!loose.isEmpty()) rows.add(loose);
        loose = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (WtNode c : flatten(row.getBody())) addCell(c, cells);
        if (!cells.isEmpty()) rows.add(cells);
      } else {
        addCell(n, loose);
      }
    }
    if (!loose.isEmpty()) rows.add(loose);
    PlainBuilder out = r.out();
    if (inline) {
      for (List<Cell> row : rows) for (Cell c : row) cell(c, true);
      return;
    }
    out.close();
    String captionText = null;
    if (caption != null) {
      captionText = r.wordsOf(caption.getBody());
      if (!captionText.isEmpty()) {
        out.open(Block.Kind.CAPTION, r.sectionPath(), null, null);
        r.inlineChildren(caption.getBody());
        out.close();
      } else {
        captionText = null;
      }
    }
    List<String> headers = List.of();
    for (List<Cell> row : rows) {
      if (row.stream().allMatch(Cell::header)) {
        headers = row.stream().map(c -> r.wordsOf(c.body())).toList();
        continue;
      }
      if (byColumn(headers)) {
        for (int j = 0; j < row.size(); j++) {
          out.open(Block.Kind.BULLET, r.sectionPath(), j < headers.size() ? headers.get(j) : captionText, null);
          cell(row.get(j), false);
          out.close();
        }
      } else if (headers.stream().anyMatch(Tables::isDateColumn) && headers.stream().anyMatch(Tables::isPersonColumn)) {
        row(row, headers, captionText);
      } else {
        // "Year | Thai exports | Thai imports | Total": which figure of a row is which, the headers say
        String key = figuresByYear(headers) && row.size() == headers.size() ? String.join(" | ", headers.stream().map(String::trim).toList()) : null;
        out.open(Block.Kind.BULLET, r.sectionPath(), captionText, key);
        for (Cell c : row) cell(c, !out.since(out.current().start).isEmpty());
        out.close();
      }
    }
  }

  /**
   * A row under known headers, written the way a list entry is: a date that opens the row is set
   * off by a dash ("24–25 June 2023 – Narendra Modi, Prime Minister"), one that closes it stays
   * after a comma ("Abdel Fattah el-Sisi, President, 2015, 2016"), and the columns that say where
   * or why are left out.
   * The cells keep their order, so the row still maps onto the original text.
   */
  private void row(List<Cell> row, List<String> headers, String captionText) {
    PlainBuilder out = r.out();
    List<Integer> kept = new ArrayList<>();
    for (int j = 0; j < row.size(); j++) {
      String header = j < headers.size() ? headers.get(j) : "";
      // a table whose caption gives no direction ("Selected high-level visits") keeps its place column: the place tells it
      if (isAsideColumn(header) && (namesSides(captionText) || !isPlaceColumn(header))) continue;
      // "Date | Visitor | Office | Country | Place": whose country a bare "Country" gives, the visitor's or the host's,
      // the header does not say, so it is left out rather than read as the office or the place ("Host country" is a place)
      if (isCountryColumn(header)) continue;
      kept.add(j);
    }
    // the row's key names its columns, so that a reader knows a last field "China" is the column of places visited
    // (in a list written as prose it may as well be the visitor's country)
    String key = String.join(" | ", kept.stream().map(j -> j < headers.size() ? headers.get(j).trim() : "").toList());
    out.open(Block.Kind.BULLET, r.sectionPath(), captionText, key);
    boolean any = false;
    for (int j : kept) {
      String header = j < headers.size() ? headers.get(j) : "";
      Cell c = row.get(j);
      if (isDateColumn(header)) {
        if (!any) {
          cell(c, false);
          out.trimTrailingSpace();
          if (!out.since(out.current().start).isBlank()) out.insert(" – ", Math.max(0, out.lastOriginal()));
        } else {
          cell(c, any);
        }
      } else {
        boolean separated = any && !out.since(out.current().start).trim().endsWith("–");
        cell(c, separated);
      }
      any = !out.since(out.current().start).isBlank();
    }
    out.close();
  }

  // "Guest | Host | Place of visit | Date of visit", the common layout of a table of visits
  private static final String OF_VISIT = "(?:\\s+of\\s+(?:the\\s+)?visits?)?";
  private static final java.util.regex.Pattern DATE_COLUMN = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:dates?|years?|when|period|month)" + OF_VISIT + "\\s*");
  /** Where the visitor went: a place, or the country visited ("Host country"). */
  private static final String PLACE = "(?:(?:places?|city|cities|locations?|venues?|destinations?)" + OF_VISIT
      + "|(?:host|destination)\\s+(?:country|state|city)|(?:country|countries)\\s+visited|visited\\s+country|to)";
  /** Columns that say where, why, or who received the visitor: not part of the entry. */
  private static final java.util.regex.Pattern ASIDE_COLUMN = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:" + PLACE
          + "|notes?|remarks|purpose|comments?|description|details|refs?\\.?|references?|sources?|hosts?|hosted\\s+by|received\\s+by|counterparts?"
          // ("Occasion": "Official visit", "G20 summit"; "Type of visit")
          + "|occasions?|events?|reasons?|(?:type|nature|kind|format)(?:\\s+of\\s+(?:the\\s+)?visit)?|visit\\s+type)\\s*");

  private static final java.util.regex.Pattern PLACE_COLUMN = java.util.regex.Pattern.compile("(?i)\\s*" + PLACE + "\\s*");

  /** Whether a caption names a side ("Visits by Indian leaders to Egypt"): a capitalised word after its first. */
  private static boolean namesSides(String caption) {
    // ("High-level visits between Chile and China" names both, and so no direction)
    return caption != null && NAMED_WORD.matcher(caption.trim()).find() && !BETWEEN.matcher(caption).find();
  }

  private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile("(?i)\\bbetween\\b|\\bexchanged\\b|\\bmutual\\b");

  private static final java.util.regex.Pattern NAMED_WORD = java.util.regex.Pattern.compile("\\s\\p{Lu}");

  private static boolean isPlaceColumn(String header) { return PLACE_COLUMN.matcher(header).matches(); }

  private static final java.util.regex.Pattern COUNTRY_COLUMN = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:(?:(?:home|visiting|visitor'?s|guest'?s)\\s+)?(?:countr(?:y|ies)|nation|state|nationality)|from|origin)\\s*");

  private static boolean isCountryColumn(String header) { return COUNTRY_COLUMN.matcher(header).matches(); }

  private static final java.util.regex.Pattern PERSON_COLUMN = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:visitors?|visiting\\s+\\w+|names?|persons?|leaders?|dignitar(?:y|ies)|officials?|guests?|heads?(?:\\s+of\\s+\\w+)?|delegation)\\s*");

  /** A table of figures by year (trade, say): it opens with a column of years and has no column of people. */
  private static boolean figuresByYear(List<String> headers) {
    return headers.size() >= 2 && YEAR_COLUMN.matcher(headers.get(0)).matches() && headers.stream().noneMatch(Tables::isPersonColumn);
  }

  private static final java.util.regex.Pattern YEAR_COLUMN = java.util.regex.Pattern.compile("(?i)\\s*(?:years?|calendar\\s+year)\\s*");

  private static boolean isDateColumn(String header) { return DATE_COLUMN.matcher(header).matches(); }

  /** A table of visits has a column of people; a table of trade figures by year has none. */
  private static boolean isPersonColumn(String header) { return PERSON_COLUMN.matcher(header).matches(); }

  private static boolean isAsideColumn(String header) { return ASIDE_COLUMN.matcher(header).matches(); }

  /** Writes a cell, after ", " when it follows another; the separator is taken back if the cell has no words. */
  private void cell(Cell c, boolean separated) {
    PlainBuilder out = r.out();
    r.ensureBlock();
    if (separated) out.trimTrailingSpace();
    int before = out.length();
    if (separated) out.insert(", ", c.start());
    int words = out.length();
    r.inlineChildren(c.body());
    if (out.length() == words || out.since(words).isBlank()) out.cut(before);
  }

  private static boolean byColumn(List<String> headers) {
    return headers.size() >= 2
        && headers.stream().allMatch(h -> !Gazetteer.get().findCountries(h).isEmpty());
  }

  private void addCell(WtNode n, List<Cell> cells) {
    if (n instanceof WtTableCell c) cells.add(new Cell(c.getBody(), r.spans().start(n), false));
    else if (n instanceof WtTableHeader h) cells.add(new Cell(h.getBody(), r.spans().start(n), true));
  }

  /** Rows and cells may sit in an implicit table body or a node list. */
  private static List<WtNode> flatten(WtNode body) {
    List<WtNode> out = new ArrayList<>();
    for (WtNode n : body) {
      if (n.getNodeType() == WtNode.NT_TABLE_IMPLICIT_TBODY || n.getNodeType() == WtNode.NT_NODE_LIST
          || n.getNodeType() == WtNode.NT_BODY) out.addAll(flatten(n));
      else out.add(n);
    }
    return out;
  }
}
