-- How a quote's speaker was resolved and the mention its name was read from.
ALTER TABLE quotes ADD COLUMN speaker_resolution TEXT;
ALTER TABLE quotes ADD COLUMN speaker_from_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_from_end INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_from_text TEXT;
