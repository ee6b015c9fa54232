package org.bilateral.query;

import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;

/**
 * The state of diplomatic relations on a date: the status, since when, and the change that decided
 * it ({@code basis}, null when nothing decided it). {@code uncertain} says that the deciding date
 * is coarser than the question (relations established "1955" asked as of "1955-01") or competes
 * with another change of the same period, so the answer holds by the end of the period only.
 */
public record RelationsAt(Status status, PartialDate since, boolean uncertain, RelationsChange basis) {
  public enum Status { NOT_YET_ESTABLISHED, ESTABLISHED, SEVERED, RESTORED, UNKNOWN }
}
