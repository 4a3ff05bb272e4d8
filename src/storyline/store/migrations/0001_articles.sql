-- Articles and their per-article annotations. Offsets point into articles.text.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    url              TEXT,
    path             TEXT,
    outlet           TEXT,
    title            TEXT,
    author           TEXT,
    published        TEXT,
    published_source TEXT NOT NULL DEFAULT 'none',
    language         TEXT,
    text             TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    duplicate_of     TEXT REFERENCES articles(id),
    signature        BLOB,
    embedding        BLOB,
    annotated        TEXT NOT NULL DEFAULT '[]',
    ingested_at      TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE sentences (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    date        TEXT,
    date_source TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX sentences_date ON sentences(date);

CREATE TABLE entity_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    label      TEXT NOT NULL,
    canonical  TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX entity_mentions_canonical ON entity_mentions(canonical);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE quotes (
    article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    cue               TEXT,
    speaker_text      TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_canonical TEXT,
    speaker_named     INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_canonical);

CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      REAL NOT NULL,
    qualifier  TEXT NOT NULL,
    unit       TEXT,
    category   TEXT NOT NULL,
    subject    TEXT,
    location   TEXT,
    as_of      TEXT,
    speaker    TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX claims_category ON claims(category, as_of);

CREATE TABLE flags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    code       TEXT NOT NULL,
    severity   TEXT NOT NULL,
    message    TEXT NOT NULL,
    evidence   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, idx)
);

-- Full-text search over title and body (external content: the text is stored once).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
