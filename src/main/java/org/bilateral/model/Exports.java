package org.bilateral.model;

import java.util.List;

/** The main goods that {@code from} sells to {@code to}, each as written. */
public record Exports(String from, String to, Integer year, List<String> products, List<Source> sources)
    implements Fact {
  public Exports {
    products = List.copyOf(products);
    sources = Fact.requireSources(sources);
  }

  @Override public Kind kind() { return Kind.EXPORTS; }
  @Override public PartialDate validFrom() { return year == null ? null : PartialDate.ofYear(year); }
  @Override public Exports withSources(List<Source> s) { return new Exports(from, to, year, products, s); }
  @Override public String describe() { return from + " exports to " + to + ": " + String.join(", ", products); }
}
