"""Old name of `storyline.store.sql_review` (its SQL runs on SQLite and PostgreSQL alike).

Kept so code that still imports it (crosscheck) works unchanged; new code asks the
store for its review cache (`store.reviews()`).
"""

from storyline.store.sql_review import SqlReviewStore as SQLiteReviewStore

__all__ = ["SQLiteReviewStore"]
