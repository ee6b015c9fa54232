package org.bilateral.store;

/**
 * What importing one file did: {@code facts} stored for it, of which {@code merged} were attached
 * to a fact another source had already stated, and {@code conflicts} recorded.
 */
public record ImportResult(IngestResult.Status status, String dataset, String file, int records, int skipped,
    int facts, int merged, int conflicts, int pairs) {}
