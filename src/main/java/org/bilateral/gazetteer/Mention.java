package org.bilateral.gazetteer;

/**
 * A mention of an entity in a text: [start,end) in UTF-16 offsets.
 *
 * @param start offset of the first char
 * @param end offset after the last char
 * @param surface the text as written, {@code text.subSequence(start, end)}
 * @param entity what it refers to
 * @param kind what kind of surface form matched
 * @param note e.g. "Dominion of Pakistan: historical name, successor PAK", or {@code null}
 */
public record Mention<T>(int start, int end, String surface, T entity, MatchKind kind, String note) {}
