package org.bilateral.query;

/** A country with the number of pairs it is in and of facts about those pairs. */
public record CountryCount(String country, int pairs, int facts) {}
