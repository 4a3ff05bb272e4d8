"""Parallel clauses are no label run into its text (pagetext.repeats_its_opening): a news
sentence comparing two periods or counting two groups, and a speaker's anaphora, repeat
only their opening words. Every text is invented."""

from __future__ import annotations

import pytest

from storyline.corpus.briefing.pagetext import (
    QUOTE_REPEATED_WORDS,
    repeats_its_opening,
    unfit_line,
)


@pytest.mark.parametrize(
    "line",
    [
        "In the first half of 2031 Dorvik Mills sold 40,000 tonnes of flour , up from "
        "31,000 in the first half of 2030 .",
        "The price of salt rose 4 per cent on Monday , the biggest daily rise since the "
        "price of salt fell in May .",
        "At least 30 people died in the storm in Dorvik , and at least 30 people are "
        "missing , police said .",
        "One of the two barges sank on Monday , and one of the two crews is still missing .",
    ],
)
def test_a_news_sentence_of_parallel_clauses_is_a_line_of_the_brief(line: str) -> None:
    assert not repeats_its_opening(line)
    assert not unfit_line(line)


@pytest.mark.parametrize(
    "quote",
    [
        "We will not give up the mill , and we will not give up the valley",
        "I do not know what happened to him , and I do not know what happened to the barge",
    ],
)
def test_a_speakers_anaphora_is_no_pull_quote(quote: str) -> None:
    assert not repeats_its_opening(quote, QUOTE_REPEATED_WORDS)
