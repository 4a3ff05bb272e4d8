-- Issue 18, a smaller PostgreSQL store: the annotation tables (sentences, entity mentions,
-- timexes, quotes, claims: 14.6M rows at 100k articles) are found by their article only,
-- through an index on article_id, not through the primary key (article_id, idx).
-- Why: PostgreSQL keeps a table and its primary key apart (SQLite stores these tables in
-- their key's order, with no second copy), and a unique (article_id, idx) key holds one
-- entry of some 32 bytes per row: 950 MB of the 4.7 GB of the 100k bench store. A plain
-- index on article_id is deduplicated by the B-tree (one key and a list of row pointers per
-- article): 16 MB for timexes where the key took 169 MB, 42 MB against 276 MB for entity
-- mentions. Every read of these rows names its article and orders by idx itself (a small
-- sort per article, or an incremental sort over the article order). The writes keep
-- (article_id, idx) unique by construction: an article's rows are deleted and written
-- again together, numbered from 0, and a SQLite store moved here already enforces it.
-- flags keeps its key (a few rows an article).
ALTER TABLE sentences DROP CONSTRAINT IF EXISTS sentences_pkey;
CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id);
ALTER TABLE entity_mentions DROP CONSTRAINT IF EXISTS entity_mentions_pkey;
CREATE INDEX IF NOT EXISTS entity_mentions_article ON entity_mentions(article_id);
ALTER TABLE timexes DROP CONSTRAINT IF EXISTS timexes_pkey;
CREATE INDEX IF NOT EXISTS timexes_article ON timexes(article_id);
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_pkey;
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_pkey;
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
