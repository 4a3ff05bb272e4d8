"""Old name of `storyline.store.sql_stories` (its SQL runs on SQLite and PostgreSQL alike).

Kept so code that still imports it (crosscheck, web, api) works unchanged; new code
asks the store for its repository (`store.stories()`).
"""

from storyline.store.sql_stories import SqlStoryRepository as SQLiteStoryRepository
from storyline.store.sql_stories import index_path

__all__ = ["SQLiteStoryRepository", "index_path"]
