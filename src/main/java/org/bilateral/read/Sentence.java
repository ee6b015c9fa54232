package org.bilateral.read;

/** A sentence (or a whole bullet) of a block, as offsets into the document's text. */
public record Sentence(int start, int end, Block block, int index) {
  public String text(String documentText) { return documentText.substring(start, end); }
}
