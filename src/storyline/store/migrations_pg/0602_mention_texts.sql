-- Issue 19, a smaller database: an entity mention keeps '' as its text when that text is
-- exactly the article's characters [start, end), as quotes, claims and timexes do since
-- 0002_span_texts; the row writer and readers are shared with SQLite (sqlite_rows).
UPDATE entity_mentions SET text = '' WHERE text <> '' AND start >= 0 AND start < "end"
    AND text = substr((SELECT a.text FROM articles a WHERE a.id = entity_mentions.article_id),
                      CAST(start + 1 AS INTEGER), CAST("end" - start AS INTEGER));
