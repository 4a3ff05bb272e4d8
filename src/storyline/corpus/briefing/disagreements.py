"""Where sources disagree: the claim ledger's conflicts, as briefing items.

The briefing does not judge numbers itself: the ledger (corpus/ledger) already
knows which reports count the same thing, which counts may fall, which figures
are sub-groups or copies, and which dates and attributions clash. One
definition of a conflict keeps `storyline brief`, `storyline claims` and the
web pages in agreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.corpus.briefing.citing import cite_ledger
from storyline.corpus.briefing.records import DisagreeingReport, Disagreement
from storyline.corpus.ledger import Ledger, article_input, build_ledger, disagreements
from storyline.model import Article

__all__ = ["find_disagreements"]

_KIND_ORDER = {"number": 0, "date": 1, "attribution": 2}


def find_disagreements(
    articles: Sequence[Article], ledger: Ledger | None = None
) -> tuple[Disagreement, ...]:
    """The ledger's conflicts among a story's articles, those with most outlets first
    (`ledger`: the one already built over these articles)."""
    by_id = {a.id: a for a in articles}
    if ledger is None:
        ledger = build_ledger("briefing", [article_input(a) for a in articles])
    out: list[Disagreement] = []
    for d in disagreements(ledger):
        reports = tuple(
            DisagreeingReport(
                value=e.value,
                as_of=e.as_of,
                speaker=e.speaker,
                source=cite_ledger(e, by_id[e.article].published if e.article in by_id else None),
            )
            for e in d.reports
        )
        out.append(Disagreement(d.kind, d.about, d.message, reports))
    out.sort(
        key=lambda d: (
            _KIND_ORDER.get(d.kind, 3),
            -len({r.source.outlet or r.source.article_id for r in d.reports}),
        )
    )
    return tuple(out)
