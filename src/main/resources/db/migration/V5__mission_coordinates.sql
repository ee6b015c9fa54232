-- Where a mission lies, when a source locates it (Wikidata's embassy list gives latitude and
-- longitude; articles do not). Kept in columns beside the payload, which also carries them, so that
-- a map or a "missions near" query need not parse JSON. Decimal degrees, WGS 84; null when unknown.
-- Portable to PostgreSQL as written.
ALTER TABLE facts ADD COLUMN latitude REAL CHECK (latitude IS NULL OR (latitude >= -90 AND latitude <= 90));
ALTER TABLE facts ADD COLUMN longitude REAL CHECK (longitude IS NULL OR (longitude >= -180 AND longitude <= 180));
