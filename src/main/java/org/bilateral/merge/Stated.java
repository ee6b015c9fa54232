package org.bilateral.merge;

import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;

/**
 * A stored fact as conflict detection sees it.
 *
 * @param listedOpenOn the latest date on which one of its sources lists it as open (a mission in
 *     a snapshot data set), or null
 */
public record Stated(long id, Fact fact, PartialDate listedOpenOn) {}
