"""A story and the stories merged into it, as a CTE `merged(id)` the planner can count.

The readers of a story's parts ask for `story_id IN (SELECT id FROM merged)`. Written as
a recursive CTE over story_merges, PostgreSQL cannot know how many ids it yields and
guesses the recursive step at ten times its input: with a few dozen merges stored it
expects hundreds of stories, thousands of members and a large share of the quotes, and
picks sequential scans of story_members and quotes (27 ms a story at 10k articles where
an index walk takes well under 1 ms). So the ids are resolved first, by the recursive
query, and the readers get them as a `VALUES` list whose length the planner sees. A
story with very many merged ones (past `MAX_LISTED`) keeps the recursive form, so no
query ever passes more parameters than either backend takes.

That costs a round trip per read: a story page's six reads made twelve. On PostgreSQL,
where each is a socket round trip, the ids are resolved inside the read's own statement
instead (`IN_ONE`): the recursive walk is collected into an array by an InitPlan, run once
before the read, and `unnest` of an array the planner cannot see is estimated at a fixed
few rows, whatever the merges stored, so the plan stays the index walk of the list form.
SQLite keeps the list (in process, a statement costs no round trip).
"""

from __future__ import annotations

from storyline.store.sql import SqlConnection

__all__ = ["IN_ONE", "MAX_LISTED", "RECURSIVE", "merged_cte", "merged_ids"]

RECURSIVE = (
    "WITH RECURSIVE merged(id) AS (SELECT id FROM stories WHERE id = ? UNION "
    "SELECT source FROM story_merges JOIN merged ON story_merges.target = merged.id) "
)
"""The story and every story merged into it, as `merged(id)`; its one parameter is the id."""
IN_ONE = (
    "WITH RECURSIVE walk(id) AS (SELECT id FROM stories WHERE id = ? UNION "
    "SELECT source FROM story_merges JOIN walk ON story_merges.target = walk.id), "
    "merged(id) AS (SELECT unnest(ARRAY(SELECT id FROM walk))) "
)
"""PostgreSQL: `merged(id)` resolved in the read's own statement; one parameter, the id."""
MAX_LISTED = 500
"""Most ids passed as parameters; more take the recursive CTE (SQLite allows 32,766)."""


def merged_ids(conn: SqlConnection, story_id: str) -> list[str]:
    """The story's id (if stored) and the ids of every story merged into it, sorted."""
    rows = conn.execute(f"{RECURSIVE}SELECT id FROM merged ORDER BY id", (story_id,))
    return [str(r[0]) for r in rows]


def merged_cte(
    conn: SqlConnection, story_id: str, dialect: str = "sqlite"
) -> tuple[str, tuple[object, ...]]:
    """(prefix defining `merged(id)`, its parameters), for a query that reads `merged`.

    An unknown story gives a CTE with no row (`VALUES` needs one: a NULL id, which no
    `IN` matches), so the reader's answer stays empty as before. On PostgreSQL
    (`dialect`) nothing is read here: the prefix resolves the ids itself (`IN_ONE`).
    """
    if dialect == "postgresql":
        return IN_ONE, (story_id,)
    ids = merged_ids(conn, story_id)
    if len(ids) > MAX_LISTED:
        return RECURSIVE, (story_id,)
    if not ids:
        return "WITH merged(id) AS (SELECT NULL WHERE 1 = 0) ", ()
    rows = ", ".join("(?)" for _ in ids)
    return f"WITH merged(id) AS (VALUES {rows}) ", tuple(ids)
