package org.bilateral.extract;

import org.bilateral.model.PartialDate;

/**
 * A date found in a text, as offsets into the document. {@code date} is null for phrases that name
 * a time but give no date ("in the 1960s", "between 1952 and 1955"): they still matter, because
 * they stop a fact from borrowing a date from its neighbours. {@code range} marks a span of days or
 * years ("4–6 May 2015", "2022-23") dated by its first: what happened during it may fall on any.
 */
public record DateMention(int start, int end, PartialDate date, boolean relative, boolean range) {}
