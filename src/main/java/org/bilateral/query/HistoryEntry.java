package org.bilateral.query;

/**
 * One stored revision of a page about a pair: when it was made, how many facts were read from it,
 * and whether they are the pair's current facts (else they are history).
 */
public record HistoryEntry(String document, long revisionId, String timestamp, int facts, boolean current) {}
