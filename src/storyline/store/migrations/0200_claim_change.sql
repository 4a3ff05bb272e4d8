-- Claims (storyline.analyze.claims): whether a number is a running total, an increment
-- added to one ("twelve more bodies") or a part of a group counted elsewhere
-- ("eleven of the victims"). Claims stored before this migration read as totals.
ALTER TABLE claims ADD COLUMN change TEXT NOT NULL DEFAULT 'total';
-- Who or what did it, when the text says ("[Seasonal flu] kills 500,000 people").
ALTER TABLE claims ADD COLUMN cause TEXT;
