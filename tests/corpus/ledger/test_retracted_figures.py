"""A figure a correction note withdraws is no figure of the story (texts written for these
tests: invented places and people, through the real per-article pipeline)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.corpus.ledger.asserted import retracted
from storyline.model import Article, Claim, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims"])


def _values(art: Article) -> list[float]:
    ledger = build_ledger("s", [article_input(art)])
    return [r.value for _, items in ledger_numbers([art], ledger) for r in items]


def _bare(text: str, figure: str, value: float) -> tuple[Article, Claim]:
    """An article of its sentences (split at ". ") and the claim of `figure`, no pipeline."""
    spans, at = [], 0
    for part in text.split(". "):
        spans.append(Sentence(at, at + len(part) + 1))
        at += len(part) + 2
    start = text.index(figure)
    claim = Claim(start, start + len(figure), figure, value, "exact", "percent", "percent")
    return Article(id="b", text=text, sentences=tuple(spans)), claim


def test_an_earlier_versions_figure_is_not_listed(pipeline: Pipeline) -> None:
    art = pipeline.run(
        Article(
            id="a",
            published="2031-05-12",
            outlet="a.example",
            text=(
                "Police in Harlow said 14 people were injured in the crush at the stadium. "
                "An earlier version of this article said 41 people were injured."
            ),
        )
    )
    values = _values(art)
    assert 14 in values and 41 not in values


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("An earlier version of this article said turnout was 63.2 percent.", "63.2", True),
        ("This article misstated the rise in rents as 31 percent.", "31", True),
        ("The story incorrectly said 40 percent; it was 14 percent.", "14", False),
        ("The story incorrectly said 40 percent; it was 14 percent.", "40", True),
        ("An earlier version misstated the turnout. It was 61.2 percent, not 63.2.", "63.2", True),
        ("An earlier version misstated the turnout. It was 61.2 percent, not 63.2.", "61.2", False),
        ("Turnout was 61.2 percent, not 63.2 percent as in 2026.", "63.2", False),
        ("The earlier survey found 22 percent of voters undecided.", "22", False),
    ],
)
def test_retracted_reads_the_correction_note(text: str, figure: str, expected: bool) -> None:
    art, claim = _bare(text, figure, float(figure))
    assert retracted(art, claim) is expected
