-- Issue 18: search ranks its candidates with ts_rank over each one's tsvector. In `articles`
-- the vector (3.1 kB on average, 4.3 kB in the bench's newest rows) is moved out of line by
-- TOAST and not compressed (pglz gains nothing on it), so ranking a candidate read about five
-- buffers more than finding it: the TOAST index and the chunks. This narrow table holds the
-- same vector (copied, never computed again) in line (STORAGE MAIN: moved out only past
-- 8 kB), with whether the article is an original (not a duplicate, `Store.search`'s default
-- filter), and its own GIN index: a candidate found by it is ranked from the heap page the
-- search read anyway. A trigger keeps it: every write of an article's title, text or
-- duplicate_of copies the generated vector; a deleted article's row goes with it.
-- articles.search_vector and its index stay: the shared SQL counts matches over them.
CREATE TABLE article_search (
    rowid          BIGINT PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    original       BOOLEAN NOT NULL,
    search_vector  TSVECTOR NOT NULL
);
ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE MAIN;

CREATE FUNCTION article_search_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_search (rowid, original, search_vector)
    VALUES (NEW.rowid, NEW.duplicate_of IS NULL, NEW.search_vector)
    ON CONFLICT (rowid) DO UPDATE
    SET original = EXCLUDED.original, search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_search_copy AFTER INSERT OR UPDATE OF title, text, duplicate_of
    ON articles FOR EACH ROW EXECUTE FUNCTION article_search_copy();

SET LOCAL maintenance_work_mem = '256MB';
INSERT INTO article_search (rowid, original, search_vector)
    SELECT rowid, duplicate_of IS NULL, search_vector FROM articles ORDER BY rowid;
CREATE INDEX article_search_match ON article_search USING GIN (search_vector);
ANALYZE article_search;
