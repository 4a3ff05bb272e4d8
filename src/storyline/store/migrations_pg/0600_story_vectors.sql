-- The story ANN index in the database: pgvector's HNSW over story centroids, where the
-- server has the extension (else nothing is made and the index stays usearch in memory).
-- A cache of the stories table like the usearch file beside a SQLite database: a row per
-- active story, its time buckets (NULL: undated) and its unit centroid; checked against
-- the stories when a session opens it and rebuilt if they disagree.
-- m 16 / ef_construction 128: usearch's connectivity and expansion_add on SQLite.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS vector;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pgvector is not available: the story index stays in memory';
        RETURN;
    END;
    CREATE TABLE IF NOT EXISTS story_vectors (
        key BIGINT PRIMARY KEY,
        first_bucket INTEGER,
        last_bucket INTEGER,
        centroid vector(384) NOT NULL
    );
    CREATE INDEX IF NOT EXISTS story_vectors_hnsw ON story_vectors
        USING hnsw (centroid vector_cosine_ops) WITH (m = 16, ef_construction = 128);
END
$$;
