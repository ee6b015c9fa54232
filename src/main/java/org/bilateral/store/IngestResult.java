package org.bilateral.store;

/** What an ingest did to one document: its id and how many facts it now has in the store. */
public record IngestResult(Status status, long documentId, int factCount) {
  public enum Status {
    /** A document not seen before. */
    ADDED,
    /** A known document whose text changed: its facts were replaced. */
    REPLACED,
    /** A known document with the same text, or a page revision already stored: nothing was written. */
    UNCHANGED,
    /** A page revision older than the one stored: nothing was written. */
    OLDER
  }
}
