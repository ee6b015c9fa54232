package org.bilateral.store;

/** An imported data-set file: how many records it held, how many gave no fact, how many pairs it touched. */
public record StoredImport(String dataset, String file, int records, int skipped, String importedAt, int pairs) {}
