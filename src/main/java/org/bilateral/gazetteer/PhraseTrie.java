package org.bilateral.gazetteer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases as paths of token keys. Walking the trie from each token gives the longest phrase
 * starting there in time proportional to its length, whatever the number of phrases.
 */
final class PhraseTrie {

  /** What a phrase stands for. {@code value == null} marks a phrase that is not a place. */
  record Entry(Object value, MatchKind kind, String note, long rank) {}

  /** Lower rank wins when several entries share one phrase. */
  private static final Comparator<Entry> BY_RANK = Comparator.comparingLong(Entry::rank);

  private static final class Node {
    Map<String, Node> next;
    Entry entry;
  }

  record Hit(int firstToken, int tokenCount, Entry entry) {}

  private final Node root = new Node();

  void put(List<String> tokenKeys, Entry entry) {
    if (tokenKeys.isEmpty()) {
      return;
    }
    Node node = root;
    for (String k : tokenKeys) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(k, x -> new Node());
    }
    if (node.entry == null || BY_RANK.compare(entry, node.entry) < 0) {
      node.entry = entry;
    }
  }

  /** Leftmost-longest, non-overlapping hits over the whole token sequence. */
  List<Hit> scan(Text.Tokens tokens) {
    List<Hit> hits = new java.util.ArrayList<>();
    int i = 0;
    while (i < tokens.size) {
      Node node = root;
      Entry best = null;
      int bestLen = 0;
      for (int j = i; j < tokens.size; j++) {
        if (node.next == null) {
          break;
        }
        node = node.next.get(tokens.key[j]);
        if (node == null) {
          break;
        }
        if (node.entry != null) {
          best = node.entry;
          bestLen = j - i + 1;
        }
      }
      if (best != null) {
        hits.add(new Hit(i, bestLen, best));
        i += bestLen;
      } else {
        i++;
      }
    }
    return hits;
  }
}
