package org.bilateral.query;

import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;
import org.bilateral.model.Source;

/**
 * One dated edge of a fact: its start, or its end for facts that end (a mission's closing). The
 * date keeps the precision of the source, so "1974-05" is never shown as a day.
 */
public record TimelineEntry(PartialDate date, Edge edge, Fact.Kind kind, String description, Source source,
    Fact fact) {
  public enum Edge { START, END }

  public PartialDate.Precision precision() { return date.precision(); }

  /** A short reference to where it was read, e.g. {@code mexico-pakistan.txt@512}. */
  public String sourceRef() { return source.shortRef(); }
}
