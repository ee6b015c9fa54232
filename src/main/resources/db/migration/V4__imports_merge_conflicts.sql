-- Structured sources (data sets) beside articles, one fact stated by several sources, and
-- disagreements kept side by side. Portable to PostgreSQL as written (INTEGER PRIMARY KEY aside).

-- one row per imported data-set file; the checksum makes a re-import of the same file a no-op
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  dataset TEXT NOT NULL,
  file TEXT NOT NULL,
  checksum TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  records INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  -- the date on which the data set lists its missions as open (the Wikidata export's date); null
  -- when it says nothing about missions being open
  listed_open_on TEXT,
  UNIQUE (dataset, file)
);

-- an imported file's facts hang on one document per pair, so that every pair query, count and
-- cascade works for them as for articles
ALTER TABLE documents ADD COLUMN import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE;
CREATE INDEX documents_import ON documents (import_id);

-- the document whose reading attached this source: a source another document's fact gained by
-- merging belongs to the document that stated it, and goes when that document is read again.
-- claim: the fact as this source states it (DossierJson.writeFact), so that the fact can be
-- rebuilt from the sources that remain.
ALTER TABLE fact_sources ADD COLUMN origin_document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE;
ALTER TABLE fact_sources ADD COLUMN claim TEXT;
UPDATE fact_sources SET origin_document_id = (SELECT f.document_id FROM facts f WHERE f.id = fact_sources.fact_id);
CREATE INDEX fact_sources_origin ON fact_sources (origin_document_id);

-- what a fact is matched on when another source states it (kind-specific: owner, host and type of
-- a mission; from, to and via country of an accreditation...); null for facts stored before V4,
-- which are given one when their document is read again
ALTER TABLE facts ADD COLUMN merge_key TEXT;
CREATE INDEX facts_merge ON facts (pair_a, pair_b, kind, merge_key);

-- two facts that sources state differently (two dates for one establishment; a mission closed
-- in one source and listed as open in another): both are kept, and the pair is recorded here
CREATE TABLE conflicts (
  fact_a INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
  fact_b INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  PRIMARY KEY (fact_a, fact_b),
  CHECK (fact_a < fact_b)
);
CREATE INDEX conflicts_b ON conflicts (fact_b);
