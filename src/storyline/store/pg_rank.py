"""The best `limit` of a search's candidates by ts_rank, without reading every candidate.

`ts_rank(weights, vector, query, 1)` reads (detoasts) the candidate's whole tsvector, a
few pages each (4.3 kB on average in the bench store): ranking the 1,000 newest
matches of a common word read some 3,000 TOAST pages a query. Its score is bounded
without reading the vector. In PostgreSQL's tsrank.c, with these weights (body B 0.2,
title A 1.0) and normalisation 1, the score is `res / log2(length + 1)`, where `length`
is the vector's count of positions (`cnt_length`) and `res`:

- for a query of one lexeme (`calc_rank_or`): `resj / 1.6449...`, `resj` the sum of
  each position's weight over (j + 1)^2 in position order; title positions come first,
  so the first is the heaviest, and `res` < 1 (the sum of 1/j^2 is pi^2/6), < 0.2 when
  the lexeme is in the body only (every weight 0.2);
- for several lexemes: the mean of such parts (`calc_rank_or`, each < 1), or
  1 - the product of (1 - w) over pairs of positions, each w <= 1 (`calc_rank_and`,
  "a b" and phrases): < 1 as well. websearch_to_tsquery makes no prefix items (`:*`),
  the one case where a part could pass 1.

So `bound = c / log2(length + 1)`, c = 0.2 for one lexeme not in the title (the title's
own tsvector, cheap: it is in the row) and 1 otherwise, with the length stored by
migration 1200 (`article_search_lengths`). Candidates are read in order of their bound;
once the `limit`-th best score read is above every unread bound, none of those can
enter, so the answer is the same as reading every candidate: the same scores, ties
by rowid, oldest first. A candidate without a stored length is always read.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.store.pg_connection import PgConnection

__all__ = ["RANK", "Candidate", "best_ranked", "bound"]

RANK = "ts_rank('{0, 0, 0.2, 1.0}', a.search_vector, q, 1)"
"""The score, on `a` (articles) and `q` (the query): title 5:1 over body, length-normalised."""
BODY_ONLY = 0.2
"""The part of a one-lexeme score below which a match in the body only stays."""
_SLACK = 1.0 + 1e-6
"""ts_rank rounds its result to a float4 (relative error 6e-8): a bound a little wider."""


@dataclass(frozen=True)
class Candidate:
    """A match found by the windows: its rowid, and whether it can score as a title match."""

    rowid: int
    titled: bool
    """False only when the query is one lexeme and the title does not have it."""


def bound(titled: bool, length: int | None) -> float:
    """The highest score a candidate can have; inf when its length is not stored."""
    if length is None or length <= 0:
        return math.inf
    return (1.0 if titled else BODY_ONLY) * _SLACK / math.log2(length + 1)


def _lengths(conn: PgConnection, rowids: Sequence[int]) -> dict[int, int]:
    rows = conn.execute(
        "SELECT rowid, length FROM article_search_lengths WHERE rowid = ANY(?)", (list(rowids),)
    ).fetchall()
    return {int(r): int(n) for r, n in rows}


def _scores(conn: PgConnection, query: str, rowids: Sequence[int]) -> list[tuple[int, float]]:
    rows = conn.execute(
        f"SELECT a.rowid, {RANK} FROM articles a, websearch_to_tsquery('english', ?) q "
        "WHERE a.rowid = ANY(?)",
        (query, list(rowids)),
    ).fetchall()
    return [(int(r), float(s)) for r, s in rows]


def best_ranked(
    conn: PgConnection, query: str, candidates: Sequence[Candidate], limit: int
) -> list[tuple[int, float]]:
    """(rowid, ts_rank) of the best `limit` candidates, best first (equal scores: the
    lower rowid first), the same as scoring every one; reads the vectors of the
    candidates with the highest bounds (twice `limit`), then of those whose bound is
    not below the `limit`-th score found: at most two reads."""
    if limit <= 0 or not candidates:
        return []
    lengths = _lengths(conn, [c.rowid for c in candidates])
    order = sorted(
        ((bound(c.titled, lengths.get(c.rowid)), c.rowid) for c in candidates),
        key=lambda br: (-br[0], br[1]),
    )
    first = 2 * limit
    scored = _scores(conn, query, [r for _, r in order[:first]])
    best = sorted(scored, key=lambda rs: (-rs[1], rs[0]))[:limit]
    if len(best) == limit:
        kth = best[-1][1]
        rest = [r for b, r in order[first:] if b >= kth]
    else:  # fewer scored than wanted (rows deleted meanwhile): read the rest
        rest = [r for _, r in order[first:]]
    if rest:
        scored += _scores(conn, query, rest)
        best = sorted(scored, key=lambda rs: (-rs[1], rs[0]))[:limit]
    return best
