"""A withheld speaker (a name found too far back to trust; analyze/quotes/confidence.py)
lists under no one and says why (invented data)."""

from __future__ import annotations

from storyline.model import Quote, Span, Speaker
from storyline.query.quotes import UNATTRIBUTED, group_by_speaker, quote_view
from storyline.query.records import ArticleRef

A = ArticleRef("a", "A", "one.example", "2024-01-02")
WITHHELD = Speaker("I", 900, 901, None, False, "withheld", Span(10, 18, "THE LAST"))


def test_a_withheld_speaker_lists_as_unattributed_and_says_why() -> None:
    quote = Quote(905, 920, "the river rose", "indirect", "told", WITHHELD)
    (group,) = group_by_speaker([(A, quote)])
    assert (group.speaker, group.named, group.total) == (UNATTRIBUTED, False, 1)
    view = quote_view(A, quote)
    assert (view.canonical, view.named, view.resolution) == (None, False, "withheld")
