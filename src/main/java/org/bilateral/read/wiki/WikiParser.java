package org.bilateral.read.wiki;

import org.sweble.wikitext.engine.utils.DefaultConfigEnWp;
import org.sweble.wikitext.parser.ParserConfig;
import org.sweble.wikitext.parser.WikitextEncodingValidator;
import org.sweble.wikitext.parser.WikitextParser;
import org.sweble.wikitext.parser.WikitextPreprocessor;
import org.sweble.wikitext.parser.encval.ValidatedWikitext;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtPreproWikitextPage;
import org.sweble.wikitext.parser.parser.PreprocessorToParserTransformer;

/**
 * Sweble's parser without template expansion and without its post-processor: the post-processor
 * rebuilds the tree as HTML would nest it (and may move nodes), while the raw parse keeps every
 * node in source order with its round-trip data, which {@link NodeSpans} turns into offsets.
 */
final class WikiParser {
  private static volatile ParserConfig config;

  private WikiParser() {}

  /** A parsed fragment of a source with the span of each node in that source. */
  record Parsed(WtNode root, NodeSpans spans) {}

  /**
   * Parses {@code src.substring(start, end)}.
   *
   * @throws RuntimeException (or a parse exception wrapped in one) when Sweble cannot read it
   */
  static Parsed parse(String src, int start, int end) {
    String fragment = src.substring(start, end);
    try {
      ParserConfig pc = config();
      ValidatedWikitext validated = new WikitextEncodingValidator().validate(pc, fragment, "article");
      WtPreproWikitextPage prepro =
          (WtPreproWikitextPage) new WikitextPreprocessor(pc).parseArticle(validated, "article", false);
      WtNode root = new WikitextParser(pc).parseArticle(PreprocessorToParserTransformer.transform(prepro), "article");
      return new Parsed(root, NodeSpans.of(root, src, start, end));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("wikitext parser failed: " + e.getMessage(), e);
    }
  }

  private static ParserConfig config() {
    if (config == null) {
      synchronized (WikiParser.class) {
        // English Wikipedia's namespaces and extension tags: File:, Category:, <ref> are known
        if (config == null) config = DefaultConfigEnWp.generate().getParserConfig();
      }
    }
    return config;
  }
}
