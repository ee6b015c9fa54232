package org.bilateral.model;

/** Where a place lies, in decimal degrees (WGS 84), as a source gives it. */
public record Coordinates(double latitude, double longitude) {
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) throw new IllegalArgumentException("latitude out of range: " + latitude);
    if (!(longitude >= -180 && longitude <= 180))
      throw new IllegalArgumentException("longitude out of range: " + longitude);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.5f, %.5f", latitude, longitude).replaceAll("0+(?=,|$)", "")
        .replaceAll("\\.(?=,|$)", "");
  }
}
