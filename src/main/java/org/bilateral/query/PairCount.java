package org.bilateral.query;

/** A stored pair (codes in canonical order) with how many facts and documents it has. */
public record PairCount(String a, String b, int facts, int documents) {}
