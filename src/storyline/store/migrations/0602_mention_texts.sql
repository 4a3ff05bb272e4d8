-- Issue 19, a smaller database: an entity mention keeps '' as its text when that text is
-- exactly the article's characters [start, end), as quotes, claims and timexes do since
-- 0601 (every mention the entity stage writes is such a slice); readers take the slice
-- (sqlite_rows.span_text; iter_entity_mentions reads each body once).
UPDATE entity_mentions SET text = '' WHERE text <> '' AND start >= 0 AND start < "end"
    AND text = substr((SELECT a.text FROM articles a WHERE a.id = entity_mentions.article_id),
                      start + 1, "end" - start);
