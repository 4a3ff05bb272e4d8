-- Article versions (issue 15): when an article is re-ingested with changed content, the
-- version it replaces is kept here with the time it was seen, its claims and flags as
-- analysed then (so a claim ledger can read each version's figures at its time), and
-- the diff from it to the version that replaced it. The current version stays in
-- `articles`; `articles.version` counts from 1, `updated_at` is when it replaced the last.
CREATE TABLE article_versions (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    seen_at      TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    title        TEXT,
    published    TEXT,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    claims       TEXT NOT NULL DEFAULT '[]',
    flags        TEXT NOT NULL DEFAULT '[]',
    diff         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, version)
);
ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN updated_at TEXT;
