package org.bilateral.extract;

import org.bilateral.model.PartialDate;

/**
 * A date found in a text, as offsets into the document. {@code date} is null for phrases that name
 * a time but give no date ("in the 1960s", "between 1952 and 1955"): they still matter, because
 * they stop a fact from borrowing a date from its neighbours.
 */
public record DateMention(int start, int end, PartialDate date, boolean relative) {}
