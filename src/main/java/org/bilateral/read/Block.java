package org.bilateral.read;

import java.util.List;

/**
 * A structural unit of a document: a heading, a paragraph, a bullet or an infobox entry. Offsets
 * are into the document's original text; {@code contentStart} skips markup such as "- ".
 *
 * @param section the heading path of the section the block is in, outermost first
 * @param caption the nearest caption line above a bullet list ("High-level visits from A to B"), or null
 * @param key for an infobox entry, its key ("Envoy1"); for a row of a table of visits, the headers of the
 *     columns it was written from ("Date | Visitor | Office | Host country"); else null
 */
public record Block(Kind kind, int start, int end, int contentStart, List<String> section, String caption,
    String key) {
  public enum Kind { TITLE, HEADING, PARAGRAPH, CAPTION, BULLET, INFOBOX, INFOBOX_ENTRY }

  public Block {
    section = List.copyOf(section);
  }

  public String content(String text) { return text.substring(contentStart, end); }
}
