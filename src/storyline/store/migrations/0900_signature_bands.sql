-- Issue 18, bounded ingest memory: the near-duplicate (MinHash LSH) index lives in the
-- store instead of in every ingest process. One row per band of each original article's
-- signature: the band key (storyline.ingest.dedup.band_keys, a signed 64-bit hash of the
-- band's values) and the article. Ingest asks for the originals sharing a key with a new
-- article and confirms each by similarity. Keyed on (key, article_id) with no rowid, so the
-- lookup is one index walk and a row is its key. No index on article_id and no foreign
-- key: articles are never deleted, and a row left by an article re-stored with another
-- signature only adds a candidate the confirmation drops.
CREATE TABLE signature_bands (
    key        INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
-- 'signature_bands' = 1: every stored original's keys are in the table. A store with no
-- signature yet has nothing to fill; an older one is filled on its first ingest
-- (Store.fill_signature_bands), which then sets it.
INSERT INTO corpus_state (name, value)
SELECT 'signature_bands', 1 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE signature IS NOT NULL);
