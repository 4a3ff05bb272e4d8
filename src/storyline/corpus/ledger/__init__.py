"""The claim ledger of a story: reported numbers lined up as series, and the conflicts.

    from storyline.corpus.ledger import article_input, build_ledger, disagreements
    ledger = build_ledger(story_id, [article_input(a) for a in articles])
    for series in ledger.series: ...      # ClaimSeries: points in as-of order, status
    for conflict in ledger.conflicts: ... # Conflict: kind, message, evidence of every side
    for d in disagreements(ledger): ...   # what a briefing's "where sources disagree" lists

`LedgerState` is the same computation kept by group, so that one more
article recomputes only the groups it touches (see `storyline.corpus.ledger.state`).
"""

from storyline.corpus.ledger.disagreements import (
    ESTIMATED,
    Disagreement,
    category_name,
    disagreements,
    series_label,
)
from storyline.corpus.ledger.export import conflict_json, ledger_json, series_json
from storyline.corpus.ledger.inputs import article_input, dated_earlier
from storyline.corpus.ledger.records import (
    ArticleInput,
    ClaimSeries,
    Conflict,
    Evidence,
    Ledger,
    SeriesPoint,
)
from storyline.corpus.ledger.series import GroupResult
from storyline.corpus.ledger.state import LedgerState, build_ledger

__all__ = [
    "ESTIMATED",
    "ArticleInput",
    "ClaimSeries",
    "Conflict",
    "Disagreement",
    "Evidence",
    "GroupResult",
    "Ledger",
    "LedgerState",
    "SeriesPoint",
    "article_input",
    "build_ledger",
    "category_name",
    "conflict_json",
    "dated_earlier",
    "disagreements",
    "ledger_json",
    "series_json",
    "series_label",
]
