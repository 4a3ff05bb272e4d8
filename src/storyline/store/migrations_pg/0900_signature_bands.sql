-- Issue 18, bounded ingest memory: the near-duplicate (MinHash LSH) index lives in the
-- store instead of in every ingest process (as SQLite's 0900_signature_bands.sql). One
-- row per band of each original article's signature: the band key
-- (storyline.ingest.dedup.band_keys, a signed 64-bit hash) and the article; the primary
-- key answers which originals share a key. No index on article_id and no foreign key:
-- articles are never deleted, and a row left by an article re-stored with another
-- signature only adds a candidate the confirmation drops.
CREATE TABLE signature_bands (
    key        BIGINT NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (key, article_id)
);
-- 'signature_bands' = 1: every stored original's keys are in the table (an older store
-- is filled on its first ingest, Store.fill_signature_bands, which then sets it).
INSERT INTO corpus_state (name, value)
SELECT 'signature_bands', 1 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE signature IS NOT NULL);
