package org.bilateral.read;

import java.util.List;

/**
 * A source article as read: its original text, title and blocks. Everything later found in it is a
 * span of offsets into {@link #text()}, which is never altered after reading.
 */
public record Document(String name, String path, String text, String title, List<Block> blocks) {
  public Document {
    blocks = List.copyOf(blocks);
  }

  public String slice(int start, int end) { return text.substring(start, end); }
}
