"""Corpus-level work over many articles: entities, stories, timelines, briefings."""
