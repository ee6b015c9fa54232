package org.bilateral.query;

import java.util.List;
import org.bilateral.model.Fact;

/** Two facts that sources state differently, both kept, with what they disagree about. */
public record Conflict(List<String> pair, String reason, Fact first, Fact second) {}
