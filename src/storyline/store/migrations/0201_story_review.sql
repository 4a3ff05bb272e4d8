-- Cross-checking (storyline.corpus.flags.review): each story's cached review, so one
-- more article recomputes only the ledger groups it touches. Payloads are JSON made
-- by the corpus code; the tables are plain key-value rows. `version` is a digest of
-- the cross-checking code: rows of another version are rebuilt when next read.
CREATE TABLE review_stories (
    story_id   TEXT PRIMARY KEY,
    version    TEXT NOT NULL,
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE review_members (
    story_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
CREATE TABLE review_groups (
    story_id TEXT NOT NULL,
    key      TEXT NOT NULL,
    names    TEXT NOT NULL DEFAULT '[]',
    items    TEXT NOT NULL,
    outcome  TEXT NOT NULL,
    PRIMARY KEY (story_id, key)
);
