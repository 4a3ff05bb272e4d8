-- Issue 19, a smaller database: a quote, claim or timex keeps '' as its text when that
-- text is exactly the article's characters [start, end); readers take the slice
-- (sqlite_rows.span_text / span_sql). The speaker indexes cover only rows with a speaker:
-- the lookups ask for a given speaker, never for a missing one.
UPDATE quotes SET text = '' WHERE text <> '' AND start >= 0 AND start < "end"
    AND text = substr((SELECT a.text FROM articles a WHERE a.id = quotes.article_id),
                      CAST(start + 1 AS INTEGER), CAST("end" - start AS INTEGER));
UPDATE claims SET text = '' WHERE text <> '' AND start >= 0 AND start < "end"
    AND text = substr((SELECT a.text FROM articles a WHERE a.id = claims.article_id),
                      CAST(start + 1 AS INTEGER), CAST("end" - start AS INTEGER));
UPDATE timexes SET text = '' WHERE text <> '' AND start >= 0 AND start < "end"
    AND text = substr((SELECT a.text FROM articles a WHERE a.id = timexes.article_id),
                      CAST(start + 1 AS INTEGER), CAST("end" - start AS INTEGER));
DROP INDEX IF EXISTS quotes_speaker;
CREATE INDEX quotes_speaker ON quotes(speaker_canonical) WHERE speaker_canonical IS NOT NULL;
DROP INDEX IF EXISTS quotes_speaker_text;
CREATE INDEX quotes_speaker_text ON quotes(speaker_text) WHERE speaker_text IS NOT NULL;
