package org.bilateral.query;

import java.util.List;
import org.bilateral.model.Accreditation;
import org.bilateral.model.PartialDate;

/**
 * The relations of a pair as they stood by the end of {@code date}. {@code missions} lists the
 * open missions and those closed within the period (see {@link MissionAt}); accreditations carry
 * no dates and are listed as current, unless relations did not exist on the date.
 */
public record AsOf(List<String> pair, PartialDate date, RelationsAt relations, List<MissionAt> missions,
    List<Accreditation> accreditations) {
  public AsOf {
    pair = List.copyOf(pair);
    missions = List.copyOf(missions);
    accreditations = List.copyOf(accreditations);
  }

  /** The missions open on the date. */
  public List<MissionAt> openMissions() { return missions.stream().filter(MissionAt::open).toList(); }
}
