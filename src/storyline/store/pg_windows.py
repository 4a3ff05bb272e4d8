"""How many rows each search window of the PostgreSQL store covers (`postgres.newest_ranked`).

The newest matches of a search are looked for in windows of rowid, newest first. Each
window is one statement whose plan ANDs the GIN bitmap of the query's matches with the
window's rowid range, and that GIN bitmap holds every match in the table, whatever the
window: a common word's costs about 65 ns a match (at 100k articles "people", 61,000
matches, 4-14 ms; at 1M ten times that). So a word whose candidates take two windows
pays for its bitmap twice. With windows of fixed sizes (2,000 rows, then each 4x the
one before) a word in fewer than half of the newest articles took at least two, a rare
one five at 1M.

Here a window is sized for the matches still missing at the density of matches expected
there: for the first, the planner's estimate of the query's matches in the table (its
statistics of the tsvector's lexemes: close for common words, an upper guess for rare
ones); for a later one, the density the windows before found. A margin keeps a window
sized from a fair density from falling just short. The sizes only decide how many
statements find the candidates and how many matching rows they read: the windows still
do not overlap and each asks only for the matches still missing, so they return the
same rows whatever their sizes.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["MARGIN", "estimated_density", "window_rows"]

MARGIN = 1.3
"""How many more matches a window is sized for than are missing."""


def window_rows(missing: int, density: float | None, least: int, most: int) -> int:
    """Rows a window covers to find `missing` matches at `density` matches a row (with
    `MARGIN`), within `least` and `most`; `most` when the density is not known or nil."""
    if density is None or density <= 0:
        return most
    wanted = math.ceil(missing * MARGIN / density)
    return max(least, min(most, wanted))


def estimated_density(plan: Any, rows: int) -> float | None:
    """Matches a row the planner expects, from `EXPLAIN (FORMAT JSON)` of the query over
    the whole table (`plan`, as psycopg returns it) and the rows the windows can cover."""
    try:
        expected = float(plan[0]["Plan"]["Plan Rows"])
    except (IndexError, KeyError, TypeError, ValueError):
        return None
    return expected / rows if rows > 0 else None
