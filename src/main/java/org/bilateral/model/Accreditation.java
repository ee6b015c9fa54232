package org.bilateral.model;

import java.util.List;

/** {@code from} is accredited to {@code to} from its mission in a third country. */
public record Accreditation(String from, String to, String viaCountry, String viaCity, List<Source> sources)
    implements Fact {
  public Accreditation { sources = Fact.requireSources(sources); }

  @Override public Kind kind() { return Kind.ACCREDITATION; }
  @Override public PartialDate validFrom() { return null; }
  @Override public Accreditation withSources(List<Source> s) { return new Accreditation(from, to, viaCountry, viaCity, s); }
  @Override public String describe() {
    return from + " accredited to " + to + " from " + (viaCity == null ? "" : viaCity + ", ") + viaCountry;
  }
}
