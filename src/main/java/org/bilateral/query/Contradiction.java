package org.bilateral.query;

import org.bilateral.model.Fact;

/** What contradicts a fact: the other fact of a conflict (with its sources), and why they disagree. */
public record Contradiction(String reason, Fact other) {}
