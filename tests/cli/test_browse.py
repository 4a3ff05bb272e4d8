"""The plain-text view of one article (`storyline show`)."""

from __future__ import annotations

import pytest

from storyline.analyze import Pipeline
from storyline.analyze.inputs import article_from_input
from storyline.cli.browse import render_article

TEXT = (
    "Blinken met Netanyahu on Friday. "
    "The war began on October 7 last year. "
    "Aid groups say the situation is dire. "
    "The index hit its lowest level since April 1997."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "time"])


def test_show_lists_the_sentences_dated_off_the_publication_day(pipeline: Pipeline) -> None:
    article = pipeline.run(
        article_from_input({"id": "a", "text": TEXT, "published": "2024-03-23"}, "t")
    )
    shown = render_article(article).splitlines()
    start = shown.index("sentence dates (the other 2: the publication date, 2024-03-23):")
    assert shown[start + 1 : start + 3] == [
        "  2024-03-22 @0: Blinken met Netanyahu on Friday.",
        "  2023-10-07 @33: The war began on October 7 last year.",
    ]
    assert "  'April 1997' -> 1997-04 (DATE) @" + str(TEXT.index("April 1997")) in shown


def test_an_undated_article_says_so(pipeline: Pipeline) -> None:
    text = "The war began on October 7, 2023. Aid groups say the situation is dire."
    article = pipeline.run(article_from_input({"id": "b", "text": text}, "t"))
    shown = render_article(article).splitlines()
    assert "sentence dates (the other 1: undated):" in shown
    assert "  2023-10-07 @0: The war began on October 7, 2023." in shown


def test_show_names_speakers_with_their_evidence() -> None:
    from storyline.cli.browse import render_article
    from storyline.model import Article, Quote, Span, Speaker

    text = "Ana Ruiz arrived. “We stay,” she said. “We go,” he said."
    quotes = (
        Quote(
            18,
            28,
            "“We stay,”",
            "direct",
            "said",
            Speaker("she", 29, 32, "Ana Ruiz", True, "pronoun", Span(0, 8, "Ana Ruiz")),
        ),
        Quote(
            39, 47, "“We go,”", "direct", "said", Speaker("he", 48, 50, None, False, "unresolved")
        ),
    )
    page = render_article(Article(id="a", text=text, quotes=quotes))
    assert "Ana Ruiz (she, from 'Ana Ruiz' @0)" in page
    assert "unresolved 'he'" in page
