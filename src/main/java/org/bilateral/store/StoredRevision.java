package org.bilateral.store;

/**
 * A stored revision of a page: its id and time, how many facts were read from it, and whether
 * those are the current facts of the page (else they are its history).
 */
public record StoredRevision(long documentId, String document, long revisionId, String timestamp, int facts,
    boolean current) {}
