package org.bilateral.query;

import org.bilateral.model.Mission;

/**
 * A mission as it stood on a date. Missions closed by then appear only when their closing falls
 * within the asked period ({@code open} false, {@code uncertain} true), so that a reader sees that
 * the answer depends on where in the period one looks. {@code uncertain} is also set for an opening
 * within the period and for a mission whose opening date is unknown.
 */
public record MissionAt(Mission mission, boolean open, boolean uncertain) {}
