-- The title written with an entity mention ("Secretary of State"), kept for entity roles.
ALTER TABLE entity_mentions ADD COLUMN role TEXT;
