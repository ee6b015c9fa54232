package org.bilateral.store;

/** A pair in canonical order with how many facts and documents the store holds for it. */
public record StoredPair(String a, String b, int facts, int documents) {}
