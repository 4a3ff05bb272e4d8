"""A sentence does not end at a clock time's "a.m."/"p.m." when the time goes on (a bracket,
a weekday, a time zone), nor right after an opening bracket. Sentences written for it."""

from __future__ import annotations

from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_clock_time_and_its_bracketed_zone_stay_in_one_sentence() -> None:
    text = (
        "Ferries were halted until 9 a.m. Tuesday -LRB- 2 a.m. ET -RRB- , according to "
        "state radio . The port stayed shut ."
    )
    assert _sentences(text) == [
        "Ferries were halted until 9 a.m. Tuesday -LRB- 2 a.m. ET -RRB- , according to "
        "state radio .",
        "The port stayed shut .",
    ]


def test_a_clock_time_before_a_new_sentence_still_ends_it() -> None:
    text = "The talks start at 9 a.m. The minister arrived late ."
    assert _sentences(text) == ["The talks start at 9 a.m.", "The minister arrived late ."]


def test_according_to_holds_the_whole_clause_not_the_time_zone() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = (
        "Ferries were halted until 9 a.m. Tuesday -LRB- 2 a.m. ET -RRB- , according to "
        "state radio ."
    )
    quote = quote_with(pipeline, text, "ET")
    assert quote.text.startswith("Ferries were halted")
    assert quote.speaker is not None and quote.speaker.name == "state radio"
