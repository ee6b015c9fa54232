-- Pages of MediaWiki dumps are documents with revisions. A newer revision replaces the current
-- facts of its page; the facts of the older one stay, no longer current, as its history.
-- Files keep their behaviour (the checksum decides, facts are replaced outright): their facts
-- have no revision and are always current.
-- Portable to PostgreSQL as written: booleans are kept as 0/1 integers, timestamps as ISO 8601 text.

ALTER TABLE documents ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'file' CHECK (source_kind IN ('file', 'dump'));
-- the revision whose facts are current; null for files
ALTER TABLE documents ADD COLUMN revision_id INTEGER;
ALTER TABLE documents ADD COLUMN revision_timestamp TEXT;

-- the revision a fact was read from (null for files), and whether it belongs to the current one
ALTER TABLE facts ADD COLUMN revision INTEGER;
ALTER TABLE facts ADD COLUMN current INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1));

-- every revision of a page that was stored, the current one included
CREATE TABLE document_revisions (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  revision_id INTEGER NOT NULL,
  revision_timestamp TEXT NOT NULL,
  checksum TEXT NOT NULL,
  read_at TEXT NOT NULL,
  PRIMARY KEY (document_id, revision_id)
);

-- queries read the current facts of a pair; history reads one revision's facts
CREATE INDEX facts_pair_current ON facts (pair_a, pair_b, current);
CREATE INDEX facts_revision ON facts (revision);
