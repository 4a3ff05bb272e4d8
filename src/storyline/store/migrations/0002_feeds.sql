-- State of each watched feed, for conditional GET and backoff.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_checked  TEXT,
    failures      INTEGER NOT NULL DEFAULT 0,
    next_due      TEXT,
    last_error    TEXT
);
