package org.bilateral.query;

import java.util.List;

/** A country's network abroad and the missions it hosts; as of a date when one was asked. */
public record CountryMissions(String country, List<MissionAt> abroad, List<MissionAt> hosted) {}
