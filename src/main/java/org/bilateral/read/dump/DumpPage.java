package org.bilateral.read.dump;

/**
 * One revision of a page of a MediaWiki export, as the dump gives it.
 *
 * @param ns the namespace number (0: articles)
 * @param timestamp the revision's time as the dump writes it (ISO 8601, {@code 2024-03-01T12:00:00Z})
 * @param text the page text (wikitext), exactly as the XML carries it once unescaped
 */
public record DumpPage(String title, int ns, long pageId, long revisionId, String timestamp, String text) {}
