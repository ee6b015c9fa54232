package org.bilateral.read;

import java.util.List;

/**
 * A source article as read. {@link #text()} is the original, never altered: provenance offsets
 * point into it. Readers of markup (wikitext) also give a {@link #plain()} rendering without the
 * markup, which is what sentences and rules read; {@link #toOriginal(int)} maps a position of the
 * plain rendering back into the original. For plain-text articles the two are the same text.
 *
 * @param blocks the structural blocks, as offsets into the plain rendering
 * @param plainText the rendering the rules read, or null when it is the original text itself
 * @param offsets for each position of the plain rendering (and one past its end), the position in
 *     the original text; null when the two are the same
 * @param links links of the markup, as spans of the plain rendering with their targets: a hint of
 *     which entity the words name ("[[Embrapa|Brazilian Agricultural Research Corporation]]")
 * @param citations what the markup cites (a reference's URL), each at a position of the plain rendering
 */
public record Document(String name, String path, String text, String title, List<Block> blocks, String plainText,
    int[] offsets, List<Link> links, List<Citation> citations) {
  /** A link: words of the plain rendering and the page they point to. */
  public record Link(int start, int end, String target) {}

  /** A citation (a {@code <ref>}), placed at the position of the plain rendering where it stood. */
  public record Citation(int at, String url) {}

  public Document {
    blocks = List.copyOf(blocks);
    links = links == null ? List.of() : List.copyOf(links);
    citations = citations == null ? List.of() : List.copyOf(citations);
    if ((plainText == null) != (offsets == null)) throw new IllegalArgumentException("a plain rendering needs its offsets");
    if (offsets != null && offsets.length != plainText.length() + 1)
      throw new IllegalArgumentException("one offset per character of the rendering, and one past its end");
  }

  /** A document whose rules read the original text itself. */
  public Document(String name, String path, String text, String title, List<Block> blocks) {
    this(name, path, text, title, blocks, null, null, List.of(), List.of());
  }

  /** The first citation placed within [start, end] of the plain rendering, or null. */
  public String citationIn(int start, int end) {
    for (Citation c : citations) if (c.at() >= start && c.at() <= end) return c.url();
    return null;
  }

  /** What the rules read. */
  public String plain() { return plainText == null ? text : plainText; }

  /** A slice of the plain rendering. */
  public String slice(int start, int end) { return plain().substring(start, end); }

  /** Where a position of the plain rendering lies in the original text. */
  public int toOriginal(int plainOffset) { return offsets == null ? plainOffset : offsets[plainOffset]; }

  /**
   * The span of the original that a span of the plain rendering (a sentence) was read from, as
   * [start, end), taking in the markup that opens right before it and closes right after it: a
   * bullet "[[Michel Temer]], President (2016)" is cited whole, not as "Michel Temer]], President
   * (2016)", and "{{flag|Peru}} has an embassy" not as "Peru}} has an embassy". Markup between two sentences that belongs to neither (a citation, a bullet's "* ")
   * stays out.
   */
  public int[] originalSpan(int plainStart, int plainEnd) {
    int start = toOriginal(plainStart);
    int end = toOriginalEnd(plainEnd);
    if (offsets == null || plainEnd <= plainStart) return new int[] {start, end};
    int gapStart = plainStart == 0 ? 0 : offsets[plainStart - 1] + 1;
    String before = text.substring(Math.min(gapStart, start), start);
    // a link whose label starts the sentence ("[[Target|" and all) or a template whose argument does
    // ("{{flag|"): the earlier of the two that is still open where the sentence starts
    int open = Math.min(unclosed(before, "[[", "]]"), unclosed(before, "{{", "}}"));
    if (open < before.length()) start -= before.length() - open;
    int quotes = 0;
    while (start > gapStart && text.charAt(start - 1) == '\'' && quotes < 5) {
      start--;
      quotes++;
    }
    // a link or emphasis opened inside the span closes right after its last character
    String inside = text.substring(start, end);
    if (count(inside, "[[") > count(inside, "]]") && text.startsWith("]]", end)) end += 2;
    if (count(inside, "{{") > count(inside, "}}") && text.startsWith("}}", end)) end += 2;
    int q = 0;
    while (q < quotes && end + q < text.length() && text.charAt(end + q) == '\'') q++;
    if (q == quotes) end += q;
    return new int[] {start, end};
  }

  /** Where the last {@code open} of {@code s} that {@code close} does not follow starts; s.length() when none. */
  private static int unclosed(String s, String open, String close) {
    int at = s.lastIndexOf(open);
    return at >= 0 && s.indexOf(close, at) < 0 ? at : s.length();
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
    return n;
  }

  /**
   * Where a span of the plain rendering ends in the original: just after its last character, so
   * that markup closing after it (a link's "]]") is not taken in.
   */
  public int toOriginalEnd(int plainEnd) {
    if (offsets == null || plainEnd == 0) return plainEnd;
    return offsets[plainEnd - 1] + 1;
  }
}
