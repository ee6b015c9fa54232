package org.bilateral.store;

import org.bilateral.model.Fact;

/** A fact with the ids that let later sources (data sets) attach to it. */
public record StoredFact(long id, long documentId, Fact fact) {}
