-- Issue 18: search ranks the newest 1,000 matches of a query with ts_rank, which reads
-- (detoasts) each one's whole tsvector. ts_rank's score (normalisation 1) is a part
-- below 1 (below 0.2 for one word found only in the body) divided by log2 of the
-- document's length in positions; with that length stored here, a candidate whose
-- bound falls below the best scores already found is never read
-- (storyline.store.pg_rank). The length is cnt_length() of ts_rank's C code: each
-- lexeme's positions, a lexeme without positions counting one. Kept by a trigger
-- after each write of title or text (the tsvector is generated from them, so it is
-- there only after the row is); an article without a row here is always read.
CREATE FUNCTION storyline_search_length(v tsvector) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(sum(coalesce(array_length(positions, 1), 1)), 0)::integer FROM unnest(v)
$$;

CREATE TABLE article_search_lengths (
    rowid  BIGINT PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    length INTEGER NOT NULL
);

CREATE FUNCTION storyline_keep_search_length() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_search_lengths (rowid, length)
    VALUES (NEW.rowid, storyline_search_length(NEW.search_vector))
    ON CONFLICT (rowid) DO UPDATE SET length = excluded.length;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_search_length AFTER INSERT OR UPDATE OF title, text ON articles
FOR EACH ROW EXECUTE FUNCTION storyline_keep_search_length();

INSERT INTO article_search_lengths (rowid, length)
SELECT rowid, storyline_search_length(search_vector) FROM articles;
