package org.bilateral.read.wiki;

import java.util.IdentityHashMap;
import java.util.Map;
import org.sweble.wikitext.parser.WtRtData;
import org.sweble.wikitext.parser.nodes.WtContentNode;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtStringNode;
import org.sweble.wikitext.parser.nodes.WtText;

/**
 * Where each node of a Sweble tree lies in the source. Sweble's round-trip data holds the exact
 * markup around each node, so walking the tree in the order its round-trip printer prints it
 * (WtRtDataPrinter) and counting characters gives every node's span. Each piece is checked against
 * the source as it is counted: a tree that does not print back to the source is refused, so no
 * offset can ever be guessed.
 */
final class NodeSpans {
  private final String src;
  private final int base;
  private final Map<WtNode, int[]> spans = new IdentityHashMap<>();
  private int at;

  private NodeSpans(String src, int base) {
    this.src = src;
    this.base = base;
    this.at = base;
  }

  /**
   * Spans of a tree parsed from {@code src.substring(base, end)}.
   *
   * @throws IllegalStateException when the tree does not print back to that text
   */
  static NodeSpans of(WtNode root, String src, int base, int end) {
    NodeSpans s = new NodeSpans(src, base);
    s.dispatch(root);
    if (s.at != end) throw new IllegalStateException("tree covers " + (s.at - base) + " of " + (end - base) + " characters");
    return s;
  }

  int start(WtNode n) { return span(n)[0]; }

  int end(WtNode n) { return span(n)[1]; }

  boolean has(WtNode n) { return spans.containsKey(n); }

  private int[] span(WtNode n) {
    int[] s = spans.get(n);
    if (s == null) throw new IllegalStateException("node outside the tree: " + n.getNodeName());
    return s;
  }

  private void dispatch(WtNode n) {
    int start = at;
    switch (n.getNodeType()) {
      case WtNode.NT_TEXT -> verbatim(((WtText) n).getContent());
      case WtNode.NT_NODE_LIST -> children(n);
      default -> {
        WtRtData rtd = n.getRtd();
        if (n instanceof WtStringNode sn) {
          if (rtd == null) verbatim(sn.getContent());
          else if (!rtd.isSuppress()) fields(rtd.getField(0));
        } else if (n instanceof WtContentNode) {
          if (rtd == null) children(n);
          else if (!rtd.isSuppress()) {
            fields(rtd.getField(0));
            children(n);
            fields(rtd.getField(1));
          }
        } else if (rtd == null) {
          children(n);
        } else if (!rtd.isSuppress()) {
          int i = 0;
          for (WtNode c : n) {
            fields(rtd.getField(i++));
            dispatch(c);
          }
          fields(rtd.getField(i));
        }
      }
    }
    // shared empty singletons (no name, no title) have no place of their own
    spans.putIfAbsent(n, new int[] {start, at});
  }

  private void children(WtNode n) {
    for (WtNode c : n) dispatch(c);
  }

  private void fields(Object[] fields) {
    for (Object o : fields) {
      if (o instanceof WtNode w) dispatch(w);
      else verbatim(String.valueOf(o));
    }
  }

  private void verbatim(String s) {
    if (!src.startsWith(s, at)) throw new IllegalStateException("tree departs from the source at " + at);
    at += s.length();
  }

  int base() { return base; }
}
