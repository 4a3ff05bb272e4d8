"""Where sources disagree: the one function the briefing calls for that section.

Today: reports of the same category, day and unit from different articles with
different values. The claim ledger (corpus/ledger) will replace this with its
conflicts; swapping it in is a change to `find_disagreements` alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from storyline.corpus.briefing.numbers import number_reports
from storyline.corpus.briefing.records import Disagreement, NumberReport
from storyline.model import Article

__all__ = ["find_disagreements"]


def find_disagreements(articles: Sequence[Article]) -> tuple[Disagreement, ...]:
    """The section's items for a story's articles, largest disagreement first."""
    reports = [r for a in articles for r in number_reports(a)]
    groups: dict[tuple[str, str, str | None], list[NumberReport]] = defaultdict(list)
    for r in reports:
        if r.as_of and r.category != "other":
            groups[(r.category, r.as_of[:10], r.unit)].append(r)
    out: list[Disagreement] = []
    for (category, day, _unit), items in sorted(groups.items(), key=lambda kv: kv[0][:2]):
        articles_seen = {r.source.article_id for r in items}
        values = {r.value for r in items}
        if len(articles_seen) > 1 and len(values) > 1:
            out.append(Disagreement(category, day, tuple(sorted(items, key=lambda r: r.value))))
    out.sort(key=lambda d: (-len({r.source.article_id for r in d.reports}), d.as_of))
    return tuple(out)
