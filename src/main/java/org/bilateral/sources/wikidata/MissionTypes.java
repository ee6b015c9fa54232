package org.bilateral.sources.wikidata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.model.MissionType;

/**
 * The embassy list's {@code type} labels as the dossier's mission types. An apostolic nunciature is
 * the Holy See's embassy; a de facto embassy (Taiwan's, say) a representative office; an assistant
 * high commission a consulate (DOSSIER.md). Labels not here (a permanent mission to an
 * organisation, a provincial government's office) give no mission.
 */
final class MissionTypes {
  private static final Map<String, MissionType> TYPES = Map.ofEntries(
      Map.entry("embassy", MissionType.EMBASSY),
      Map.entry("embassy of the united states", MissionType.EMBASSY),
      Map.entry("diplomatic mission", MissionType.EMBASSY),
      Map.entry("diplomatic mission of el salvador", MissionType.EMBASSY),
      Map.entry("apostolic nunciature", MissionType.EMBASSY),
      Map.entry("high commission", MissionType.HIGH_COMMISSION),
      Map.entry("british high commission", MissionType.HIGH_COMMISSION),
      Map.entry("australian high commission", MissionType.HIGH_COMMISSION),
      Map.entry("consulate general", MissionType.CONSULATE_GENERAL),
      Map.entry("consulate general of sweden", MissionType.CONSULATE_GENERAL),
      Map.entry("consulate general of belgium", MissionType.CONSULATE_GENERAL),
      Map.entry("consulate", MissionType.CONSULATE),
      Map.entry("consulates of sweden", MissionType.CONSULATE),
      Map.entry("consular office", MissionType.CONSULATE),
      Map.entry("consular agency", MissionType.CONSULATE),
      Map.entry("assistant high commission", MissionType.CONSULATE),
      Map.entry("honorary consulate", MissionType.HONORARY_CONSULATE),
      Map.entry("de facto embassy", MissionType.REPRESENTATIVE_OFFICE),
      Map.entry("de facto consulate", MissionType.REPRESENTATIVE_OFFICE),
      Map.entry("representative office", MissionType.REPRESENTATIVE_OFFICE),
      Map.entry("taipei representative office", MissionType.REPRESENTATIVE_OFFICE),
      Map.entry("apostolic delegation", MissionType.REPRESENTATIVE_OFFICE),
      Map.entry("liaison office", MissionType.LIAISON_OFFICE),
      Map.entry("interests section", MissionType.LIAISON_OFFICE),
      Map.entry("trade office", MissionType.TRADE_OFFICE));

  private MissionTypes() {}

  static Optional<MissionType> of(String label) {
    return Optional.ofNullable(label == null ? null : TYPES.get(label.strip().toLowerCase(Locale.ROOT)));
  }
}
