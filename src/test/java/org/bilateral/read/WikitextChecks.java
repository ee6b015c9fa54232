package org.bilateral.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Properties every wikitext rendering must have, whatever the article. */
final class WikitextChecks {
  static final List<String> MARKUP = List.of("[[", "]]", "{{", "}}", "'''", "<ref", "|");

  private WikitextChecks() {}

  /** No markup in any block or link, and offsets that run forward. */
  static void clean(Document d) {
    String plain = d.plain();
    for (Block b : d.blocks()) {
      String content = b.content(plain);
      assertThat(content).as("%s block", b.kind()).isNotBlank().doesNotContain(MARKUP);
    }
    for (Document.Link l : d.links()) {
      assertThat(d.slice(l.start(), l.end())).as("link to %s", l.target()).doesNotContain(MARKUP);
    }
    for (int i = 1; i <= plain.length(); i++) {
      assertThat(d.toOriginal(i)).as("offset of plain %d", i).isGreaterThanOrEqualTo(d.toOriginal(i - 1));
    }
    assertThat(d.toOriginal(plain.length())).isLessThanOrEqualTo(d.text().length());
  }

  /** Every letter and digit of the rendering sits at its own place in the source (nothing was inserted). */
  static void copiedInPlace(Document d) {
    String plain = d.plain();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        assertThat(d.text().charAt(d.toOriginal(i))).as("plain %d '%s'", i, c).isEqualTo(c);
      }
    }
  }

  static List<String> contents(Document d, Block.Kind kind) {
    return d.blocks().stream().filter(b -> b.kind() == kind).map(b -> b.content(d.plain())).toList();
  }
}
