package org.bilateral.read.wiki;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bilateral.read.Block;
import org.bilateral.read.Document;

/**
 * The plain rendering as it is written: text, the original position of each character, and the
 * blocks, links and citations over it. White space is collapsed as it comes (a dropped reference
 * leaves no double space), and a block with nothing but white space leaves no trace.
 *
 * <p>Each plain character maps to the source character it was copied from; an inserted one (a
 * country named by a flag template, a ", " between table cells) maps to the construct that produced
 * it; the newline between blocks maps just past the previous block. Offsets never decrease.
 */
public final class PlainBuilder {
  /** A block being written; its kind may still change (a short line above a list becomes a caption). */
  public static final class Draft {
    public Block.Kind kind;
    public final int start;
    public int end;
    public final List<String> section;
    public String caption;
    public final String key;

    Draft(Block.Kind kind, int start, List<String> section, String caption, String key) {
      this.kind = kind;
      this.start = start;
      this.section = List.copyOf(section);
      this.caption = caption;
      this.key = key;
    }
  }

  private final String src;
  private final StringBuilder plain = new StringBuilder();
  private int[] offsets = new int[256];
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Document.Link> links = new ArrayList<>();
  private final List<Document.Citation> citations = new ArrayList<>();
  private Draft open;
  private int openedAt;

  public PlainBuilder(String src) {
    this.src = src;
  }

  public String source() { return src; }

  /** Starts a block (closing the one being written). */
  public void open(Block.Kind kind, List<String> section, String caption, String key) {
    close();
    openedAt = plain.length();
    if (plain.length() > 0) raw('\n', lastOffset() + 1);
    open = new Draft(kind, plain.length(), section, caption, key);
  }

  /** Whether a block is being written. */
  public boolean isOpen() { return open != null; }

  /** The block being written, or null. */
  public Draft current() { return open; }

  /** Ends the block being written: trailing white space is cut; an empty block is taken back. */
  public void close() {
    if (open == null) return;
    int end = plain.length();
    while (end > open.start && plain.charAt(end - 1) == ' ') end--;
    if (end == open.start) {
      truncate(openedAt);
    } else {
      truncate(end);
      open.end = end;
      drafts.add(open);
    }
    open = null;
  }

  /** Text copied from the source at {@code from}; stray markup that reached a text node is left out. */
  public void copy(String text, int from) {
    for (int i = 0; i < text.length(); i++) {
      int skip = Markup.strayAt(text, i);
      if (skip > 0) {
        i += skip - 1;
        continue;
      }
      put(text.charAt(i), from + i);
    }
  }

  /** Text the source does not hold as such, placed at the construct at {@code at}. */
  /** Where the last character written came from in the original, or -1 before any. */
  public int lastOriginal() {
    return plain.length() == 0 ? -1 : offsets[plain.length() - 1];
  }

  public void insert(String text, int at) {
    for (int i = 0; i < text.length(); i++) put(text.charAt(i), at);
  }

  public void link(int start, int end, String target) {
    if (end > start) links.add(new Document.Link(start, end, target));
  }

  public void cite(String url) {
    if (url != null && !url.isBlank()) citations.add(new Document.Citation(plain.length(), url.trim()));
  }

  /** Takes back everything written from {@code len} on, within the block being written. */
  public void cut(int len) {
    if (open != null && len >= open.start) truncate(len);
  }

  /** The current length of the rendering. */
  public int length() { return plain.length(); }

  /** The plain text written from {@code start} on. */
  public String since(int start) { return plain.substring(Math.min(start, plain.length())); }

  private void put(char c, int at) {
    if (open == null) throw new IllegalStateException("text outside a block");
    boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
    if (space) {
      // leading, doubled and trailing white space is dropped; a block's text is one line
      if (plain.length() == open.start || plain.charAt(plain.length() - 1) == ' ') return;
      c = ' ';
    }
    raw(c, at);
  }

  private void raw(char c, int at) {
    int n = plain.length();
    if (n + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
    offsets[n] = n == 0 ? at : Math.max(at, offsets[n - 1]);
    plain.append(c);
  }

  private int lastOffset() { return plain.length() == 0 ? 0 : offsets[plain.length() - 1]; }

  /** Cuts the rendering back; links and citations that stood in the cut part are pulled back to its end. */
  private void truncate(int len) {
    plain.setLength(len);
    // both lists grow in plain order, so only their tails can reach past the cut
    for (int i = links.size() - 1; i >= 0 && links.get(i).end() > len; i--) {
      Document.Link l = links.get(i);
      if (l.start() >= len) links.remove(i);
      else links.set(i, new Document.Link(l.start(), len, l.target()));
    }
    for (int i = citations.size() - 1; i >= 0 && citations.get(i).at() > len; i--) {
      citations.set(i, new Document.Citation(len, citations.get(i).url()));
    }
  }

  /** Drops a space just written at the end of the block, so that a separator follows the words directly. */
  public void trimTrailingSpace() {
    int n = plain.length();
    if (open != null && n > open.start && plain.charAt(n - 1) == ' ') truncate(n - 1);
  }

  public List<Draft> drafts() { return drafts; }

  public List<Document.Link> links() { return links; }

  public List<Document.Citation> citations() { return citations; }

  public String plain() { return plain.toString(); }

  /** The offsets, one per plain character and one past the end. */
  public int[] offsets() {
    int n = plain.length();
    int[] out = Arrays.copyOf(offsets, n + 1);
    out[n] = n == 0 ? src.length() : Math.max(out[n - 1], src.length());
    return out;
  }
}
