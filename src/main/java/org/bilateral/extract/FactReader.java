package org.bilateral.extract;

/** One component of the reading pipeline: reads the facts of one kind from a sentence. */
interface FactReader {
  void read(SentenceView s, Reading r);
}
