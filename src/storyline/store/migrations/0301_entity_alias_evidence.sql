-- Why each merged name belongs to its entity ("WHO: initials of World Health Organization").
ALTER TABLE entities ADD COLUMN alias_evidence TEXT NOT NULL DEFAULT '[]';
