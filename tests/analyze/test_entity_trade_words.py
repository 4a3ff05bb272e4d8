"""A company's name ending in a builder's trade ("Pellam Civil Works", "Tarvo
Engineering") names no person: the trade word is no one's surname. Names invented."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The contract went to Pellam Civil Works, a builder based in Orrin. "
            "Pellam Civil Works said the bridge would open in May.",
            "Pellam Civil Works",
        ),
        (
            "Engineers from Dorran Engineering inspected the dam. "
            "Dorran Engineering said the wall was sound.",
            "Dorran Engineering",
        ),
    ],
)
def test_a_trade_word_ending_a_name_makes_it_no_person(text: str, name: str) -> None:
    article = Pipeline(["sentences", "entities"]).run(Article(id="a", text=text))
    labels = {e.label for e in article.entities if e.text == name}
    assert labels, [(e.text, e.label) for e in article.entities]
    assert "PERSON" not in labels
