"""Figures a sentence does not assert (denied, asked, conditional) and prices given without
their unit are no figures of the story (texts written for these tests, through the real
per-article pipeline)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.corpus.ledger.asserted import unasserted
from storyline.corpus.ledger.figures import no_event_figure
from storyline.model import Article, Claim, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _values(art: Article) -> list[float]:
    ledger = build_ledger("s", [article_input(art)])
    return [r.value for _, items in ledger_numbers([art], ledger) for r in items]


def _article(text: str) -> Article:
    return Article(id="a", published="2031-03-02", outlet="a.example", text=text)


def _bare(text: str, figure: str, value: float) -> tuple[Article, Claim]:
    """An article of one sentence and the claim of `figure` in it, with no pipeline."""
    at = text.index(figure)
    claim = Claim(at, at + len(figure), figure, value, "exact", "people", "cases")
    return Article(id="b", text=text, sentences=(Sentence(0, len(text)),)), claim


def test_a_denied_report_is_no_figure(pipeline: Pipeline) -> None:
    art = pipeline.run(
        _article(
            "Health officials in Brolk said 14 people have been infected with the fever. "
            "Officials have, however, denied reports that the nurse Ana Velt had infected "
            "30 people in the ward."
        )
    )
    values = _values(art)
    assert 14 in values and 30 not in values


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The board denied that 40 people had fallen ill .", "40 people", True),
        ("The mayor rejected media reports of 40 people ill .", "40 people", True),
        ("Could 40 people really have fallen ill ?", "40 people", True),
        ("If 40 people fall ill , the ward will close .", "40 people", True),
        ("He said the bill could be as high as 40 people .", "40 people", True),
        ("The toll may reach 40 people by Friday .", "40 people", True),
        ("The firm said it would pay 40 people a bonus .", "40 people", False),
        # the denial is of something else: the figure is asserted
        ("The army , which denied any role , said 40 people had died .", "40 people", False),
        ("The board denied that it knew , but 40 people fell ill .", "40 people", False),
        ("If so , officials said , 40 people fell ill .", "40 people", False),
        ("Officials said 40 people had fallen ill .", "40 people", False),
        # an illustration or a supposition: how something works, no fact of the story
        ("For example , a Brun grower who pays 40 people loses money .", "40 people", True),
        ("Suppose a Velm bank lends to 40 people at once .", "40 people", True),
        ("`` For instance , 40 people in Orla share one well , '' he said .", "40 people", True),
        ("The example of Orla , where 40 people share one well , was cited .", "40 people", False),
        # the condition or denial ends in a clause of its own before the figure
        (
            "It was unclear whether the strike would go on after police arrested 40 people .",
            "40 people",
            False,
        ),
        (
            "Officials will decide whether to reopen the mine where 40 people died .",
            "40 people",
            False,
        ),
        (
            "The army denied that its troops fired and said 40 people were wounded .",
            "40 people",
            False,
        ),
        (
            "The firm , which rejected claims that it polluted the Brun , said it paid 40 people .",
            "40 people",
            False,
        ),
    ],
)
def test_what_a_sentence_does_not_assert(text: str, figure: str, expected: bool) -> None:
    art, claim = _bare(text, figure, 40)
    assert unasserted(art, claim) is expected


def test_a_rate_after_a_bracketed_conversion_is_a_rate() -> None:
    text = "The closure costs shops 900 million crowns ( $ 60m or 40m euros ) a day ."
    art, claim = _bare(text, "$ 60m", 60_000_000)
    assert no_event_figure(art, claim)
    text = "The closure cost shops 900 million crowns ( $ 60m ) in all ."
    art, claim = _bare(text, "$ 60m", 60_000_000)
    assert not no_event_figure(art, claim)


def test_prices_written_without_their_unit_are_no_money_of_the_story(pipeline: Pipeline) -> None:
    art = pipeline.run(
        _article(
            "Velmar crude futures closed at $ 80.50 a barrel on Friday . "
            "They peaked at $ 82.10 , below Thursday 's high of $ 84.00 . "
            "The Velmar government pledged $ 2 billion to help farmers hit by the drought ."
        )
    )
    values = _values(art)
    assert 2_000_000_000 in values
    assert not {80.5, 82.1, 84.0} & set(values)


def test_a_share_written_with_its_noun_is_a_composition(pipeline: Pipeline) -> None:
    art = pipeline.run(
        _article(
            "The Brun clinic treated 40 patients on Monday . "
            "The staff were 60 percent women , the clinic said . "
            "Turnout in Brun was 55 percent nationwide ."
        )
    )
    values = _values(art)
    assert 60 not in values and 55 in values


def test_alternatives_are_no_count_alone() -> None:
    text = "His fortune is anything from $ 2 billion or $ 3 billion to $ 70 billion ."
    at2, at3 = text.index("$ 2 billion"), text.index("$ 3 billion")
    art = Article(
        id="o",
        text=text,
        sentences=(Sentence(0, len(text)),),
        claims=(
            Claim(at2, at2 + 11, "$ 2 billion", 2e9, "exact", "USD", "money"),
            Claim(at3, at3 + 11, "$ 3 billion", 3e9, "exact", "USD", "money"),
        ),
    )
    assert no_event_figure(art, art.claims[0]) and no_event_figure(art, art.claims[1])
