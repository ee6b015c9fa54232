package org.bilateral.store;

import org.bilateral.model.Fact;

/** A fact of a data set with the pair it is about (a record names its pair; an article's title does). */
public record ImportedFact(String a, String b, Fact fact) {}
