-- Canonical entities across the corpus (rebuilt from entity_mentions).
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    aliases  TEXT NOT NULL DEFAULT '[]',
    roles    TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE entity_aliases (
    alias     TEXT NOT NULL COLLATE NOCASE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, entity_id)
);
