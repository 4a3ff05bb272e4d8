-- Issue 18: an undated article searches the story index only near its newest stories
-- (storyline.corpus.stories.index.undated_reach), so the newest dated bucket is read at
-- each such search: an index on last_bucket answers max(last_bucket) from its end
-- instead of a scan of every story's row (centroid and all). Made only where the
-- story_vectors table is (pgvector present: migration 0600).
DO $$
BEGIN
    IF to_regclass('story_vectors') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS story_vectors_last_bucket ON story_vectors(last_bucket);
    END IF;
END
$$;
