-- Issue 19, a smaller database: the index on claims(category, as_of) goes. No query reads
-- claims by category (a story's claims are read by article and grouped in Python,
-- query/claims.py; an article's claims by article), as 0600 found for sentences(date)
-- and timexes(value). 57 KB of the 150-article Timeline17 sample's 4.8 MB.
DROP INDEX IF EXISTS claims_category;
