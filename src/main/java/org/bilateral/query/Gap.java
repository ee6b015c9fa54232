package org.bilateral.query;

import java.util.List;
import org.bilateral.model.Fact;

/** Something the record implies but no source backs, or that sits oddly with another fact. */
public record Gap(List<String> pair, Kind kind, String description, Fact fact) {
  public enum Kind {
    /** An accreditation through a mission in a third country that no source knows. */
    UNKNOWN_VIA_MISSION,
    /** A visit dated before the pair's relations were established. */
    VISIT_BEFORE_RELATIONS
  }
}
