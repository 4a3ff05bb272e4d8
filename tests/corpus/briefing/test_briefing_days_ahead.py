"""A development is shown on the day it was said or done, not on a later day it names
(texts written for the test)."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.model import Article


def test_a_later_day_named_in_a_sentence_is_not_its_day() -> None:
    text = (
        "Mr Dell indicated that , with the cost of the repairs so uncertain , a decision "
        "would be made closer to 27 July , when the next payment to the builders is due . "
        "Engineers in Velm found a crack in the Brun dam wall on Thursday ."
    )
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    article = pipeline.run(Article(id="d", text=text, published="2031-06-04", outlet="o.example"))
    brief = build_briefing([article], limits=BriefingLimits.full())
    shown = {c.text: d.date for d in brief.latest for c in d.sentences}
    decision = [day for said, day in shown.items() if "closer to 27 July" in said]
    assert decision == ["2031-06-04"]


def test_a_day_a_state_is_measured_from_is_not_its_day() -> None:
    text = (
        'The Tamsin fever has reached Velm . "Our worry has grown as of yesterday ," '
        "Dr. Ana Ruiz , director of the Belmora clinics , told reporters in a telephone "
        "briefing . Doctors in Velm confirmed 14 cases of the Tamsin fever on Thursday ."
    )
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    article = pipeline.run(Article(id="y", text=text, published="2031-06-06", outlet="o.example"))
    brief = build_briefing([article], limits=BriefingLimits.full())
    shown = {c.text: d.date for d in brief.latest for c in d.sentences}
    assert [day for said, day in shown.items() if "as of yesterday" in said] == ["2031-06-06"]


def test_a_count_as_of_a_day_is_that_days() -> None:
    text = (
        "As of Tuesday , 40 people had died in the floods in Velm and 300 were missing . "
        "Rescuers in Velm found two more bodies on Thursday ."
    )
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    article = pipeline.run(Article(id="c", text=text, published="2031-06-06", outlet="o.example"))
    brief = build_briefing([article], limits=BriefingLimits.full())
    shown = {c.text: d.date for d in brief.latest for c in d.sentences}
    assert [day for said, day in shown.items() if "40 people had died" in said] == ["2031-06-03"]
