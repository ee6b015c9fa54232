-- What a source itself cites for a statement (the URL of a wikitext citation), when it says.
ALTER TABLE fact_sources ADD COLUMN reference TEXT;
