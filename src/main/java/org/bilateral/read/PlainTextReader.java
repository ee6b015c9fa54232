package org.bilateral.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain rendering of an article: {@code = Title =}, {@code == Section ==} (with or
 * without inner spaces, deeper levels too), one paragraph a line, {@code - } or {@code * } bullets,
 * and an {@code Infobox ...} line followed by {@code - Key: value} bullets. A brief's forms are read too:
 * headings in capitals, lists without bullets under a line ending in ":", and tables written with
 * aligned columns (each row a bullet whose key is the header).
 */
public final class PlainTextReader {
  /** A line in capitals, without figures or closing punctuation: "MAIN EXPORTS", "VISITS AND MEETINGS". */
  // ("3. HIGH-LEVEL VISITS", "IV. TRADE": a brief's numbered heading)
  // ("6. HIGH-LEVEL VISITS (recent)": a note in small letters after it)
  private static final Pattern SHOUTED = Pattern.compile("(?:\\d{1,2}[.)]\\s+|[IVX]{1,4}\\.\\s+)?\\p{Lu}[\\p{Lu}\\s&/,'’()–-]{3,58}[\\p{Lu})](?:\\s+\\([\\p{L}\\d ,.–-]{1,30}\\))?");
  /** A numbered heading, a section of its own even when bullets follow it at once. */
  private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}[.)]|[IVX]{1,4}\\.)\\s+\\p{Lu}");
  /** "Year    UG exports    UG imports    Total trade": a table's header written with aligned columns. */
  private static final Pattern TABLE_HEADER = Pattern.compile("(?i)(?:calendar\\s+)?years?(?:\\t+|\\s{2,})\\S.*");
  private static final Pattern COLUMN_GAP = Pattern.compile("\\t+|\\s{2,}");
  private static final Pattern TABLE_ROW = Pattern.compile("\\d{4}(?:\\t+|\\s{2,})\\S.*");
  private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.*?)\\s*\\1\\s*$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");
  private static final Pattern INFOBOX = Pattern.compile("^\\s*\\{?\\{?\\s*Infobox\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY = Pattern.compile("^([A-Za-z][\\w ]{0,40}?)\\s*[:=]\\s*");

  public Document read(String name, String path, String text) {
    List<Block> blocks = new ArrayList<>();
    List<String> section = new ArrayList<>();
    String title = null;
    String caption = null;
    boolean inInfobox = false;
    // the caption of a list whose lines have no bullets, where its next line must start, and whether its lines must be
    // indented (a caption without a colon is one only over indented lines)
    String unbulleted = null;
    int unbulletedNext = -1;
    boolean indentedOnly = false;
    // a table written with aligned columns: its header, as the rows' key, and where its next row must start
    String tableKey = null, tableCaption = null;
    int tableColumns = 0, tableNext = -1;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      int next = lineEnd + 1;
      // keep offsets exact: trim only for classification and block bounds
      int s = lineStart, e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (s == e) {
        lineStart = next;
        continue;
      }
      String line = text.substring(s, e);
      Matcher h = HEADING.matcher(line);
      Matcher b = BULLET.matcher(line);
      if (h.matches() && !h.group(2).isEmpty()) {
        int level = h.group(1).length();
        int cs = s + line.indexOf(h.group(2));
        int ce = cs + h.group(2).length();
        if (level == 1 && title == null) {
          title = h.group(2);
          blocks.add(new Block(Block.Kind.TITLE, cs, cs + title.length(), cs, List.of(), null, null));
        } else {
          int depth = Math.max(0, level - 2);
          while (section.size() > depth) section.remove(section.size() - 1);
          section.add(h.group(2));
          blocks.add(new Block(Block.Kind.HEADING, cs, ce, cs, section, null, null));
        }
        caption = null;
        inInfobox = false;
      } else if (INFOBOX.matcher(line).matches()) {
        blocks.add(new Block(Block.Kind.INFOBOX, s, e, s, section, null, null));
        inInfobox = true;
        caption = null;
      } else if (b.find()) {
        int cs = s + b.end();
        String key = null;
        if (inInfobox) {
          Matcher k = KEY.matcher(text.substring(cs, e));
          if (k.find()) {
            key = k.group(1).trim();
            cs += k.end();
          }
        }
        Block.Kind kind = inInfobox && key != null ? Block.Kind.INFOBOX_ENTRY : Block.Kind.BULLET;
        blocks.add(new Block(kind, cs, e, cs, section, kind == Block.Kind.BULLET ? caption : null, key));
      } else {
        inInfobox = false;
        // A short line without closing punctuation, directly followed by bullets, captions them.
        boolean caps = isCaption(line) && nextLineIsBullet(text, next) && !(NUMBERED.matcher(line).find() && SHOUTED.matcher(line).matches());
        if (tableKey != null && lineStart == tableNext && TABLE_ROW.matcher(line).matches() && COLUMN_GAP.split(line).length == tableColumns) {
          // a row of a table with aligned columns: a bullet whose key is the header, so a reader knows which figure is which
          blocks.add(new Block(Block.Kind.BULLET, s, e, s, section, tableCaption, tableKey));
          tableNext = next;
          lineStart = next;
          continue;
        } else if (isTableHeader(line, nextLine(text, next))) {
          String[] columns = COLUMN_GAP.split(line);
          tableKey = String.join(" | ", columns);
          tableColumns = columns.length;
          tableNext = next;
          // the short line just before the header ("Bilateral trade (USD mn; source: …)") is the table's caption
          tableCaption = null;
          Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
          // (or the caption of a list it turned out not to be: "Trade turnover (million USD):" right over the header)
          if (last != null && (last.kind() == Block.Kind.PARAGRAPH || last.kind() == Block.Kind.BULLET || last.kind() == Block.Kind.CAPTION)
              && text.substring(last.end(), s).isBlank()
              && isCaption(text.substring(last.start(), last.end()))) {
            tableCaption = text.substring(last.contentStart(), last.end());
            if (last.kind() == Block.Kind.PARAGRAPH) blocks.set(blocks.size() - 1, new Block(Block.Kind.CAPTION, last.start(), last.end(), last.contentStart(), last.section(), null, null));
          }
          blocks.add(new Block(Block.Kind.CAPTION, s, e, s, section, null, null));
          caption = null;
          unbulleted = null;
          lineStart = next;
          continue;
        } else if (caps) {
          caption = line;
          blocks.add(new Block(Block.Kind.CAPTION, s, e, s, section, null, null));
        } else if (unbulleted != null && lineStart == unbulletedNext && isItem(line) && (!indentedOnly || s > lineStart)) {
          // "Trade turnover (USD mn):" over "2020 – 782.6", "2021 – 1,023.7": a list written without bullets
          // ("Visits of Estonian officials to Latvia" over "  18.11.2018      President Kersti Kaljulaid – …, Riga": or indented)
          blocks.add(new Block(Block.Kind.BULLET, s, e, s, section, unbulleted, null));
          unbulletedNext = next;
          lineStart = next;
          continue;
        } else if (line.endsWith(":") && isCaption(line) && isItem(nextLine(text, next))
            || s == lineStart && isCaption(line) && !SHOUTED.matcher(line).matches() && indentedItemFollows(text, next)) {
          caption = null;
          unbulleted = line;
          unbulletedNext = next;
          indentedOnly = !line.endsWith(":");
          blocks.add(new Block(Block.Kind.CAPTION, s, e, s, section, null, null));
          lineStart = next;
          continue;
        } else if (!blocks.isEmpty() && SHOUTED.matcher(line).matches()) {
          // a brief's heading in capitals ("MAIN EXPORTS", "TRADE"), after its first line: a section of its own
          caption = null;
          while (section.size() > 0) section.remove(section.size() - 1);
          section.add(line);
          blocks.add(new Block(Block.Kind.HEADING, s, e, s, section, null, null));
        } else {
          caption = null;
          blocks.add(new Block(Block.Kind.PARAGRAPH, s, e, s, section, null, null));
        }
      }
      lineStart = next;
    }
    return new Document(name, path, text, title, blocks);
  }

  /** A header of aligned columns that starts with the years, over a first row of as many columns. */
  private static boolean isTableHeader(String line, String following) {
    if (following == null || !TABLE_HEADER.matcher(line).matches() || !TABLE_ROW.matcher(following).matches()) return false;
    int columns = COLUMN_GAP.split(line).length;
    return columns >= 2 && COLUMN_GAP.split(following).length == columns;
  }

  private static boolean isCaption(String line) {
    char last = line.charAt(line.length() - 1);
    return line.length() < 160 && last != '.' && last != '!' && last != '?';
  }

  /** A short line that ends no sentence and opens no new caption: an item of a list written without bullets. */
  private static boolean isItem(String line) {
    if (line == null || line.isEmpty() || line.length() > 120) return false;
    char last = line.charAt(line.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != ':' && !BULLET.matcher(line).find() && !HEADING.matcher(line).matches();
  }

  /** The line that starts at {@code from}, trimmed; null at the end or when it is blank (a blank line ends a list). */
  private static String nextLine(String text, int from) {
    if (from >= text.length()) return null;
    int e = text.indexOf('\n', from);
    String l = text.substring(from, e < 0 ? text.length() : e).trim();
    return l.isEmpty() ? null : l;
  }

  /** Whether the line at {@code from} is indented and an item of a list, not the header of a table of aligned columns. */
  private static boolean indentedItemFollows(String text, int from) {
    if (from >= text.length() || !(text.startsWith("  ", from) || text.startsWith("\t", from))) return false;
    String line = nextLine(text, from);
    if (!isItem(line)) return false;
    int e = text.indexOf('\n', from);
    return !isTableHeader(line, e < 0 ? null : nextLine(text, e + 1));
  }

  private static boolean nextLineIsBullet(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int e = text.indexOf('\n', i);
      if (e < 0) e = text.length();
      String l = text.substring(i, e);
      if (!l.isBlank()) return BULLET.matcher(l).find();
      i = e + 1;
    }
    return false;
  }
}
