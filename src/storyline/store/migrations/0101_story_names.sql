-- Stories (storyline.corpus.stories): how many member articles write each name, the
-- evidence that tells two events of the same kind apart (JSON map name -> count).
ALTER TABLE stories ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
