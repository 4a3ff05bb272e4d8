-- Stories (storyline.corpus.stories): running story state, memberships as assigned,
-- merges (so old ids resolve), and the document frequencies behind lexical similarity.
-- story_members.article_id has no foreign key: `cluster` may assign articles that are
-- not stored, and a membership must outlive a re-ingested article row.
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    key INTEGER NOT NULL UNIQUE,
    vector_sum BLOB NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    start_date TEXT,
    end_date TEXT,
    terms TEXT NOT NULL DEFAULT '{}',
    entities TEXT NOT NULL DEFAULT '{}',
    outlets TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL DEFAULT '',
    central_id TEXT,
    central_score REAL NOT NULL DEFAULT -1,
    merged_into TEXT REFERENCES stories(id),
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_merged_into ON stories(merged_into);
CREATE INDEX IF NOT EXISTS stories_end_date ON stories(end_date);

CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    score REAL,
    published TEXT,
    title TEXT,
    outlet TEXT,
    content_hash TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id, seq);
CREATE INDEX IF NOT EXISTS story_members_hash ON story_members(content_hash);

CREATE TABLE IF NOT EXISTS story_merges (
    source TEXT PRIMARY KEY REFERENCES stories(id),
    target TEXT NOT NULL REFERENCES stories(id),
    score REAL NOT NULL,
    seq INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS story_term_df (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS story_counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO story_counters(name, value) VALUES ('key', 0), ('seq', 0), ('docs', 0);

-- Articles moved by an explicit batch re-clustering (never silently).
CREATE TABLE IF NOT EXISTS story_moves (
    article_id TEXT NOT NULL,
    from_story TEXT NOT NULL,
    to_story TEXT NOT NULL,
    seq INTEGER NOT NULL,
    moved_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_moves_article ON story_moves(article_id);
