"""The brief's numbers: the story's own counts before counts of places it is not about."""

from __future__ import annotations

from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import ClaimSeries, Ledger, SeriesPoint
from storyline.model import Article, EntityMention


def _article(aid: str, day: str) -> Article:
    text = "Floods hit Velden again ."
    at = text.index("Velden")
    return Article(
        id=aid,
        text=text,
        published=day,
        outlet=f"{aid}.example",
        entities=(EntityMention(at, at + 6, "Velden", "GPE", "Velden"),),
    )


def _series(sid: str, points: list[tuple[str, float, str]], **kw: str | None) -> ClaimSeries:
    return ClaimSeries(
        id=sid,
        category=kw.get("category") or "killed",
        subject=kw.get("subject"),
        unit=kw.get("unit") or "people",
        location=kw.get("location"),
        cause=None,
        cumulative=True,
        status="consistent",
        points=tuple(
            SeriesPoint(aid, f"{aid}.example", v, v, v, "exact", day, 0, 2, f"{v:g}", None)
            for aid, v, day in points
        ),
    )


def test_counts_of_places_and_peoples_the_story_is_not_about_come_after_its_own() -> None:
    """And an amount whose label says nothing of what it is ("money (USD)") comes last."""
    arts = [_article("a", "2031-05-01"), _article("b", "2031-05-02"), _article("c", "2031-05-03")]
    toll = _series("killed", [("c", 12, "2031-05-03")])
    abroad = _series(
        "killed-ostrava", [("a", 40, "2031-05-01"), ("b", 41, "2031-05-02")], location="Ostrava"
    )
    people = _series(
        "killed-ostravan",
        [("a", 26, "2031-05-01"), ("b", 27, "2031-05-02")],
        subject="Ostravans",
    )
    home = _series(
        "killed-velden", [("a", 9, "2031-05-01"), ("b", 10, "2031-05-02")], location="Velden"
    )
    bare = _series(
        "money-usd",
        [("a", 6789, "2031-05-01"), ("b", 6789, "2031-05-02"), ("c", 1, "2031-05-03")],
        category="money",
        unit="USD",
    )
    ledger = Ledger("s", (abroad, people, bare, toll, home), ())
    labels = [label for label, _ in ledger_numbers(arts, ledger)]
    assert labels == [
        "killed: Velden",
        "killed",
        "killed: Ostrava",
        "killed: Ostravans",
        "money (USD)",
    ]
    # a story too small to say what it is about keeps the plain order (most reported first)
    labels = [label for label, _ in ledger_numbers(arts[:1], ledger)]
    assert labels[-2:] == ["killed", "money (USD)"]
