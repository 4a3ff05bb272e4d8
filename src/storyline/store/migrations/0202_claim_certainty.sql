-- Claims (storyline.analyze.claims): whether the text gives a count as confirmed or only
-- as suspected ("feared dead", "probably linked"); NULL when it says neither.
ALTER TABLE claims ADD COLUMN certainty TEXT;
