package org.bilateral.model;

import java.util.Arrays;

/** The kinds of diplomatic mission, with the codes of the dossier format. */
public enum MissionType {
  EMBASSY("embassy"), HIGH_COMMISSION("high-commission"), LEGATION("legation"),
  CONSULATE_GENERAL("consulate-general"), CONSULATE("consulate"),
  HONORARY_CONSULATE("honorary-consulate"), TRADE_OFFICE("trade-office"),
  REPRESENTATIVE_OFFICE("representative-office"), LIAISON_OFFICE("liaison-office");

  private final String code;

  MissionType(String code) { this.code = code; }

  public String code() { return code; }

  public String label() { return code.replace('-', ' '); }

  public static MissionType fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown mission type: " + code));
  }
}
