package org.bilateral.store;

import java.util.Objects;
import org.bilateral.model.Dossier;

/**
 * One revision of a wiki page, read into a dossier, ready to be stored.
 *
 * @param key what identifies the page across dumps (e.g. {@code enwiki:Chile–Norway relations});
 *     kept where files keep their path
 * @param name the document name its sources carry (the page title)
 * @param timestamp the revision's ISO 8601 instant ({@code 2024-03-01T12:00:00Z})
 * @param text the page text as read, for the checksum
 */
public record PageRevision(String key, String name, long revisionId, String timestamp, String text, Dossier dossier) {
  public PageRevision {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dossier, "dossier");
  }
}
