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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The River Mellin burst its banks on Monday. By evening the Mellin had flooded "
            "the lower town of Orrin.",
            "Mellin",
        ),
        (
            "The Tarn River rose overnight. Water from the Tarn reached the station in Orrin.",
            "Tarn",
        ),
    ],
)
def test_a_rivers_name_alone_is_the_river(text: str, name: str) -> None:
    """Written with "River" somewhere in the article, the name alone is the river (LOC),
    no town."""
    article = Pipeline(["sentences", "entities"]).run(Article(id="a", text=text))
    labels = {e.label for e in article.entities if e.text == name}
    assert labels == {"LOC"}, [(e.text, e.label) for e in article.entities]


def test_a_town_named_like_no_river_stays_a_town() -> None:
    text = "Floods reached Orrin on Monday. The River Mellin rose past Orrin by evening."
    article = Pipeline(["sentences", "entities"]).run(Article(id="a", text=text))
    assert "LOC" not in {e.label for e in article.entities if e.text == "Orrin"}
