package org.bilateral.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bilateral.read.wiki.PlainBuilder;
import org.bilateral.read.wiki.Renderer;

/**
 * Reads MediaWiki wikitext with Sweble's parser into a document whose {@link Document#plain()} holds
 * the words without markup and whose offsets point into the wikitext as written. Templates are not
 * expanded: an infobox becomes its entries, a flag its country, a citation its URL, and the rest
 * nothing or its obvious words (see {@code wiki.Templates}). Never throws on odd input: a part the
 * parser cannot read is taken as its text with the markup stripped.
 */
public final class WikitextReader {
  /** A title that names a pair: "Brazil–India relations", "Relations between A and B". */
  private static final Pattern PAIR_TITLE = Pattern.compile("(?i).*(?:relations|\\S\\s*[–—-]\\s*\\S|\\band\\b).*");

  public Document read(String name, String path, String wikitext) {
    PlainBuilder out = new PlainBuilder(wikitext);
    Renderer renderer = new Renderer(wikitext, out);
    renderer.render();
    String plain = out.plain();
    List<Block> blocks = finish(out.drafts(), plain);
    String title = renderer.infoboxTitle();
    if (title == null && renderer.boldTitle() != null && PAIR_TITLE.matcher(renderer.boldTitle()).matches()) {
      title = renderer.boldTitle();
    }
    return new Document(name, path, wikitext, title, blocks, plain, out.offsets(), out.links(), out.citations());
  }

  /**
   * Captions as {@link PlainTextReader} finds them: a short line without closing punctuation directly
   * above a list captions it, and the bullets below carry it until something else comes.
   */
  private static List<Block> finish(List<PlainBuilder.Draft> drafts, String plain) {
    List<Block> blocks = new ArrayList<>(drafts.size());
    String caption = null;
    for (int i = 0; i < drafts.size(); i++) {
      PlainBuilder.Draft d = drafts.get(i);
      String content = plain.substring(d.start, d.end);
      boolean nextIsBullet = i + 1 < drafts.size() && drafts.get(i + 1).kind == Block.Kind.BULLET;
      Block.Kind kind = d.kind;
      if (kind == Block.Kind.PARAGRAPH && nextIsBullet && isCaption(content)) kind = Block.Kind.CAPTION;
      String own = null;
      switch (kind) {
        case CAPTION -> caption = content;
        case BULLET -> own = d.caption != null ? d.caption : caption;
        default -> caption = null;
      }
      blocks.add(new Block(kind, d.start, d.end, d.start, d.section, own, d.key));
    }
    return blocks;
  }

  private static boolean isCaption(String line) {
    char last = line.charAt(line.length() - 1);
    return line.length() < 160 && last != '.' && last != '!' && last != '?';
  }
}
