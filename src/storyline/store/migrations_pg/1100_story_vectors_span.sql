-- Issue 18: a story search reads the stories whose time buckets overlap a window around
-- the article's date (and the undated ones). With a time filter an HNSW scan walks the
-- graph until enough rows pass it: when the window holds few of the index's stories it
-- visits thousands of entries for a handful. This index on a story's span as a range
-- (an undated story's NULL buckets: the unbounded range, in every window) finds the
-- window's rows themselves, which are then searched exactly when they are few
-- (storyline.store.pg_story_index). Made only where story_vectors is (pgvector, 0600).
DO $$
BEGIN
    IF to_regclass('story_vectors') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS story_vectors_span ON story_vectors USING gist (
            int4range(least(first_bucket, last_bucket), greatest(first_bucket, last_bucket), '[]')
        );
    END IF;
END
$$;
