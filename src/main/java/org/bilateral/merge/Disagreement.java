package org.bilateral.merge;

/** Two stored facts ({@code first < second} by id) that cannot both hold, and why. */
public record Disagreement(long first, long second, String reason) {}
