package org.bilateral.model;

import java.util.Objects;

/**
 * Where a fact was read: the document, the UTF-16 offsets of the sentence (or bullet, or infobox
 * line) that states it, and that sentence. {@code text.substring(start, end)} is the sentence.
 *
 * @param reference what the source itself cites for the statement (a citation's URL), or null
 */
public record Source(String document, int start, int end, String sentence, String reference) {
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public Source(String document, int start, int end, String sentence) {
    this(document, start, end, sentence, null);
  }

  /** A short reference for listings: {@code mexico-pakistan.txt@512}. */
  public String shortRef() { return document + "@" + start; }
}
