-- Issue 19, a smaller database: a merged story's term, entity, outlet and name maps are
-- emptied (the merge added them into its target, and every reader resolves a merged id to
-- the target first; SqlStoryRepository.record_merge empties them from now on). About half
-- of the stories table of a Timeline17 ingest. Id, title, dates, count and vector stay.
UPDATE stories SET terms = '{}', entities = '{}', outlets = '{}', names = '{}'
WHERE merged_into IS NOT NULL
  AND (terms <> '{}' OR entities <> '{}' OR outlets <> '{}' OR names <> '{}');
