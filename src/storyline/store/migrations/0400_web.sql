-- Web pages and the REST API (storyline.query, storyline.api): the indexes their listings
-- page through, the API tokens (only their SHA-256 is kept), and a cache of what is costly
-- to recompute per request (a story's timeline), keyed by a version of its inputs.
-- Listings newest first, all or by outlet, read from these alone: the article rows hold the
-- text, and a column stored after it (duplicate_of) would mean reading the whole text.
CREATE INDEX IF NOT EXISTS articles_listing
    ON articles(published, id, title, outlet, published_source, duplicate_of);
CREATE INDEX IF NOT EXISTS articles_outlet_listing
    ON articles(outlet COLLATE NOCASE, published, id, title, published_source, duplicate_of);
CREATE INDEX IF NOT EXISTS stories_active_size ON stories(merged_into, count);
CREATE INDEX IF NOT EXISTS flags_code ON flags(code, severity);
CREATE INDEX IF NOT EXISTS story_merges_target ON story_merges(target);
CREATE INDEX IF NOT EXISTS quotes_speaker_text ON quotes(speaker_text);

CREATE TABLE IF NOT EXISTS api_tokens (
    hash       TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS page_cache (
    key      TEXT PRIMARY KEY,
    version  TEXT NOT NULL,
    payload  TEXT NOT NULL,
    built_at TEXT NOT NULL
);
