package org.bilateral.store;

import java.util.List;

/** A document as the store keeps it; {@code pair} is in the order of its title. */
public record StoredDocument(long id, String name, String path, String title, String checksum, String readAt,
    List<String> pair) {
  public StoredDocument { pair = List.copyOf(pair); }
}
