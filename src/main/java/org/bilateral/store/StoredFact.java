package org.bilateral.store;

import org.bilateral.model.Fact;

/** A fact with the ids that let later sources (data sets) attach to it, and its pair in canonical order. */
public record StoredFact(long id, long documentId, String pairA, String pairB, Fact fact) {}
