package org.bilateral.gazetteer;

/** What kind of surface form a {@link Mention} or a lookup matched. */
public enum MatchKind {
  /** The country's common or official name. */
  NAME,
  /** Another name or spelling ("Holland", "UK"). */
  ALIAS,
  /** A demonym or adjective ("Mexican", "Pakistanis"). */
  DEMONYM,
  /** A historical state or former name, coded as its successor ("Dominion of Pakistan"). */
  HISTORICAL,
  /** An ISO 3166-1 code ("MEX", "MX"). */
  CODE,
  CITY,
  ORGANISATION
}
