"""Quotes given to two speakers, and one-off events given two days (hand-made inputs and
short articles written for the tests)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.ledger import article_input, build_ledger
from storyline.corpus.ledger.attribution import attribution_conflicts, same_person
from storyline.corpus.ledger.inputs import fingerprint
from storyline.corpus.ledger.records import QuotePrint
from storyline.model import Article

WORDS = "We will rebuild every school in this valley before the winter comes"


def quote(article: str, speaker: str, text: str = WORDS) -> QuotePrint:
    return QuotePrint(article, f"{article}.example", fingerprint(text), speaker, 0, len(text), text)


def test_the_same_words_from_two_people_conflict() -> None:
    (conflict,) = attribution_conflicts([quote("a", "Mara Jensen"), quote("b", "Tomas Reyes")])
    assert conflict.kind == "attribution"
    assert {e.speaker for e in conflict.evidence} == {"Mara Jensen", "Tomas Reyes"}


def test_a_surname_and_a_full_name_are_one_person() -> None:
    assert same_person("Jensen", "Mara Jensen") and same_person("Governor Mara Jensen", "Jensen")
    assert attribution_conflicts([quote("a", "Jensen"), quote("b", "Mara Jensen")]) == []


def test_spellings_of_one_name_are_one_person() -> None:
    assert same_person("Yusuf Karimov", "Yousuf Karimov") and same_person(
        "Karimov", "Yousuf Karimov"
    )
    assert not same_person("Tony Hallam", "Tony Blakemore")
    # tokenised brackets and stray short tokens left before a name tell nobody apart
    assert same_person("PT -RRB- Karimov", "Yusuf Karimov")


def test_only_names_written_in_the_attribution_are_compared(pipeline: Pipeline) -> None:
    """A pronoun resolved differently in two reports, or an organisation against a person,
    is no disagreement about who spoke; two named people are."""
    said = f'"{WORDS}," '
    texts = {
        "a1": said + "Mara Jensen said on Tuesday.",
        "b1": said + "said Tomas Reyes.",
        "c1": "Tomas Reyes arrived late. " + said + "he said on Tuesday.",
        "d1": said + "the Valley Schools Trust said on Tuesday.",
    }
    arts = {
        aid: pipeline.run(Article(id=aid, text=t, published="2031-05-06", outlet=f"{aid}.example"))
        for aid, t in texts.items()
    }
    named = build_ledger("s", [article_input(arts["a1"]), article_input(arts["b1"])])
    assert [c.kind for c in named.conflicts] == ["attribution"]
    guessed = build_ledger("s", [article_input(a) for k, a in arts.items() if k != "b1"])
    assert [c.kind for c in guessed.conflicts] == []


def test_punctuation_and_case_do_not_change_a_quote() -> None:
    assert fingerprint("We will REBUILD every school, in this valley!") == fingerprint(
        "we will rebuild every school in this valley"
    )


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims"])


def test_a_one_off_event_dated_days_apart_conflicts(pipeline: Pipeline) -> None:
    a = pipeline.run(
        Article(
            id="a",
            text="Prime Minister Ilse Varga resigned on Monday after the vote.",
            published="2031-03-14",
            outlet="a.example",
        )
    )
    b = pipeline.run(
        Article(
            id="b",
            text="Prime Minister Ilse Varga resigned on Thursday, her office said.",
            published="2031-03-14",
            outlet="b.example",
        )
    )
    (conflict,) = build_ledger("s", [article_input(a), article_input(b)]).conflicts
    assert conflict.kind == "date"
    assert {e.as_of for e in conflict.evidence} == {"2031-03-10", "2031-03-13"}


def test_events_a_day_apart_or_recurring_are_left_alone(pipeline: Pipeline) -> None:
    texts = [
        ("a", "The tanker Nordlys sank late on Saturday off the cape."),
        ("b", "The tanker Nordlys sank on Sunday, the coast guard said."),
        ("c", "Ilse Varga spoke on Monday and spoke again on Friday."),
    ]
    arts = [
        pipeline.run(Article(id=i, text=t, published="2031-03-16", outlet=f"{i}.example"))
        for i, t in texts
    ]
    assert build_ledger("s", [article_input(x) for x in arts]).conflicts == ()
