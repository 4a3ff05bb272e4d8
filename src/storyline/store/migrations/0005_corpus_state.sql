-- Versions of derived corpus tables. 'entity_mentions' goes up in the transaction
-- that changes entity_mentions; 'entities' is the version the entity list was built
-- from. When they differ the list is rebuilt as it is next read, not after every
-- ingest, and a rebuild racing an ingest never passes for fresh.
CREATE TABLE corpus_state (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
