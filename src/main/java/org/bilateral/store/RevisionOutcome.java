package org.bilateral.store;

/**
 * What storing one page revision of a batch did: a result, or the failure that left the store as
 * it was for that page (the other pages of the batch are still stored).
 */
public record RevisionOutcome(PageRevision page, IngestResult result, RuntimeException failure) {
  public boolean failed() { return failure != null; }
}
