-- Stories hold threads (storyline.corpus.stories.threads): a thread (a row of `stories`,
-- one development) linked to the story it belongs to, so a long-running story keeps
-- together across quiet weeks. `story` names a thread standing for the story (its root
-- once links are followed); a thread without a row is a story of its own.
CREATE TABLE IF NOT EXISTS story_threads (
    thread TEXT PRIMARY KEY REFERENCES stories(id),
    story TEXT NOT NULL REFERENCES stories(id),
    score REAL NOT NULL,
    seq INTEGER NOT NULL,
    linked_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_threads_story ON story_threads(story);
