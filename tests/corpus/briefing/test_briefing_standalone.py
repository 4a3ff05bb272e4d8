"""Developments must tell alone what happened (corpus/briefing/standalone.py): no
illustration, supposition or condition, no sentence whose last word points back to another
sentence. Texts written for these tests."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.standalone import stands_alone
from storyline.model import Article


@pytest.mark.parametrize(
    "line",
    [
        "For example , fixed loans in Brun are safe , but few growers take them out .",
        "For instance, the Orla fund lends $ 100 to a farmer at 5 percent.",
        "Suppose the Velm bank offers only $ 85 for a crate worth $ 100 .",
        "If the Brun dam breaks , 300 homes would flood .",
        "Unless the talks resume , the Orla strike goes on .",
        "The Velm council asked the agency to run it .",
        "Police in Orla stopped the two men and fined them .",
        'The mayor of Brun said she would veto it."',
    ],
)
def test_a_line_that_needs_another_sentence_does_not_stand_alone(line: str) -> None:
    assert not stands_alone(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Velm council voted on Monday to close the Brun mine .",
        "If so , officials in Orla said , the port reopens on Friday .",
        "Police in Orla arrested 12 people after the march .",
        "The agency said it would run the Brun fund from next year .",
        "Itzel Orla won the race in Brun .",
    ],
)
def test_a_line_that_tells_what_happened_stands_alone(line: str) -> None:
    assert stands_alone(line)


def _article(body: str) -> Article:
    return Article(id="s1", text=body, published="2031-03-05", outlet="x.example")


def test_a_brief_shows_no_illustration_nor_pointing_back_as_a_development() -> None:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    body = (
        "The Brun grain board set up a farm fund in 2019.\n"
        "The Velm council asked the agency to run it.\n"
        "For example, a grower in Orla can borrow against next year's crop.\n"
        "The Velm council voted on Tuesday to close the fund."
    )
    art = pipeline.run(_article(body))
    b = build_briefing([art], limits=BriefingLimits.full())
    shown = [c.text for d in b.latest for c in d.sentences]
    assert any("voted on Tuesday" in t for t in shown)
    assert not any("run it" in t or "For example" in t for t in shown)


def test_a_quote_in_a_supposition_is_no_ones_statement() -> None:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    body = (
        "The Brun port was shut on Monday. If there had n't been ships , Ivo Dell was about "
        "to close the port of Brun , and then the chant would 've been `` Oh , the navy can "
        "sail where it likes , but it let the port starve ! '' "
        '"If the port stays shut, the farmers of Orla will lose the harvest," said Ana Ruiz, '
        "the governor of Orla."
    )
    art = pipeline.run(_article(body))
    b = build_briefing([art], limits=BriefingLimits.full())
    quoted = [c.text for g in b.quotes for c in g.quotes]
    assert not any("port starve" in t for t in quoted)
    assert any("If the port stays shut" in t for t in quoted)


def test_a_condition_the_named_speaker_states_is_the_speakers() -> None:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    body = (
        "Dockers in Venmouth stopped work on Monday. But if the talks fail , union leader "
        "Ana Ruiz warned , `` we will shut every port in the country . ''"
    )
    art = pipeline.run(_article(body))
    b = build_briefing([art], limits=BriefingLimits.full())
    quoted = [c.text for g in b.quotes for c in g.quotes]
    assert any("shut every port" in t for t in quoted), quoted
