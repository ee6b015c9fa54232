package org.bilateral.store;

/** Two stored facts that sources state differently, with what they disagree about. */
public record StoredConflict(String pairA, String pairB, String reason, StoredFact first, StoredFact second) {}
