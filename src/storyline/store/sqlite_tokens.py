"""Old name of `storyline.store.sql_tokens` (its SQL runs on SQLite and PostgreSQL alike).

Kept so code that still imports it (web, api) works unchanged; new code asks the
store for its tokens (`store.tokens()`).
"""

from storyline.store.sql_tokens import SqlTokens as SQLiteTokens
from storyline.store.sql_tokens import token_digest

__all__ = ["SQLiteTokens", "token_digest"]
