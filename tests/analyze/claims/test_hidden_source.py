"""A figure whose attribution the quote lists hide keeps who reported it (claims/sources.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.analyze.claims.sources import hidden_source
from storyline.analyze.entities.stage import annotate
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, EntityMention, Quote, Speaker


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "quotes", "claims"])


def _run(pipeline: Pipeline, text: str) -> Article:
    return pipeline.run(Article(id="h", text=text, published="2024-03-20"))


def test_a_body_reporting_a_figure_is_its_source_and_no_speaker(pipeline: Pipeline) -> None:
    art = _run(pipeline, "Kestra Oil reported a second-quarter loss of $17 billion on Tuesday.")
    loss = [c for c in art.claims if c.value == 17e9]
    assert loss and loss[0].speaker == "Kestra Oil"
    # the attribution states no words: no quote list takes it, nobody is shown speaking
    assert art.quotes and not any(q.stated for q in art.quotes)
    assert all(q.speaker is None or q.speaker.name is None for q in art.quotes)


def test_a_described_source_reporting_a_count_is_shown_as_written(pipeline: Pipeline) -> None:
    art = _run(
        pipeline,
        "Fighting went on in Dorva on Friday. "
        "One source reported the deaths of 15 people and injuries to many others.",
    )
    deaths = [c for c in art.claims if c.value == 15]
    assert deaths and deaths[0].speaker == "One source"
    assert not any(q.stated for q in art.quotes)


def test_a_hidden_pronoun_source_names_nobody(pipeline: Pipeline) -> None:
    art = _run(pipeline, "Marta Quill spoke on Monday. She reported a loss of $40 million.")
    loss = [c for c in art.claims if c.value == 40e6]
    assert loss and loss[0].speaker is None


def test_a_deed_is_no_report_of_its_doer(pipeline: Pipeline) -> None:
    # "attacked 12 villages": the army did something; it reported no figure
    art = _run(pipeline, "The army attacked 12 villages near Dorva.")
    villages = [c for c in art.claims if c.value == 12]
    assert villages and villages[0].speaker is None


def test_names_joined_in_a_hidden_source_are_all_its_reporters() -> None:
    text = "Norland and the UK earlier confirmed two cases each."
    doc = annotate(text)
    mentions = [
        EntityMention(e.start_char, e.end_char, e.text, e.label_)
        for e in doc.ents
        if e.label_ in ("GPE", "ORG")
    ]
    source = Speaker(text[:26], 0, 26, None, False, "unstated")
    quote = Quote(37, 46, text[37:46], "indirect", "confirmed", source)
    assert hidden_source(quote, 37, doc, mentions) == "Norland and UK"
    # the same span shown as a speaker is nobody's: only the claim takes its names
    assert source.name is None and not quote.stated
    # a deed's subject reports nothing
    deed = Quote(37, 46, text[37:46], "indirect", "attacked", source)
    assert hidden_source(deed, 37, doc, mentions) is None


def test_a_figure_before_the_hidden_source_is_the_writers_framing() -> None:
    text = "With fuel below $75 a barrel , Vessa Air reported a profit of $45 million ."
    doc = annotate(text)
    mentions = [EntityMention(31, 40, "Vessa Air", "ORG")]
    source = Speaker("Vessa Air", 31, 40, None, False, "unstated")
    # a quote span the parse stretched back over the writer's opening phrase
    quote = Quote(0, 73, text[:73], "indirect", "reported", source)
    assert hidden_source(quote, text.index("$75"), doc, mentions) is None
    assert hidden_source(quote, text.index("$45"), doc, mentions) == "Vessa Air"


def test_a_source_span_cut_on_a_dash_is_nobody() -> None:
    text = "The poll of 102 fund managers -- reporting a margin of error of 9.7 percent -- ran."
    doc = annotate(text)
    source = Speaker("102 fund managers --", 12, 32, None, False, "unstated")
    quote = Quote(43, 75, text[43:75], "indirect", "reporting", source)
    assert hidden_source(quote, text.index("9.7"), doc, []) is None
    whole = Speaker("102 fund managers", 12, 29, None, False, "unstated")
    assert hidden_source(replace(quote, speaker=whole), text.index("9.7"), doc, []) is not None
