package org.bilateral.read;

/** A sentence (or a whole bullet) of a block, as offsets into the document's text. */
public record Sentence(int start, int end, Block block, int index) {
  /** The sentence in the text it was split from (a document's plain rendering). */
  public String text(String plain) { return plain.substring(start, end); }
}
