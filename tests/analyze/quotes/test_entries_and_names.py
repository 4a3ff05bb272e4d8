"""Speaker classes of the held-out reading after main cfb0acf (issue 14): a pronoun in an
entry of a dated list resolved in another entry, and a short quoted name (a programme, a
slogan, a marking) shown as words said. Texts are written for these tests, in the corpus's
tokenised style, with invented names and places."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.entries import entry_start
from storyline.analyze.quotes.titles import quoted_title


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_entry_start_is_the_line_of_a_dated_entry() -> None:
    text = "May 27 - Tom Hale opens a bridge .\nMay 28 - Floods close the road . he said\nHe left ."
    assert entry_start(text, text.index("he said")) == text.index("May 28")
    assert entry_start(text, text.index("Tom")) == 0
    assert entry_start(text, text.index("He left")) is None
    assert entry_start("3 June , 2011 : Crews dig . She said", 30) == 0


def test_a_pronoun_is_not_resolved_to_a_person_of_another_entry(pipeline: Pipeline) -> None:
    text = (
        "May 27 - Governor Tom Hale opens the new bridge at Corvale . `` It will carry us "
        "for a century , '' he said .\n\nMay 28 - Floods close the coast road . `` The cost "
        "is ours , '' he said ."
    )
    assert quotes_and_speakers(pipeline, text) == [
        ("`` It will carry us for a century , ''", "Tom Hale"),
        ("`` The cost is ours , ''", None),
    ]


def test_a_pronoun_takes_the_subject_of_its_own_entry(pipeline: Pipeline) -> None:
    text = (
        "May 27 - Governor Tom Hale opens the new bridge at Corvale . `` It will carry us "
        "for a century , '' he said .\nMay 28 - Senator Ivo Marek tours the coast . `` The "
        "cost is ours , '' he said ."
    )
    assert [s for _, s in quotes_and_speakers(pipeline, text)] == ["Tom Hale", "Ivo Marek"]


def test_outside_a_dated_list_the_pronoun_continues_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Governor Tom Hale opened the new bridge at Corvale . `` It will carry us for a "
        "century , '' he said .\n\nFloods closed the coast road . `` The cost is ours , '' "
        "he said ."
    )
    assert [s for _, s in quotes_and_speakers(pipeline, text)] == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz told the `` Morning Hour '' programme that the plan had failed .", "Morning"),
        ("Tom Hale appeared on `` Today '' to defend the budget .", "Today"),
        ("Inspectors found cans stamped `` Made in Ruritania '' at Corvale .", "Made in"),
        ("The festival chose the theme `` Hope Again '' , its director said .", "Hope Again"),
        ("The party ran under the slogan `` Bread First '' in Corvale .", "Bread First"),
    ],
)
def test_a_short_quoted_name_is_no_quote(pipeline: Pipeline, text: str, name: str) -> None:
    start = text.index("``")
    assert quoted_title(text, start, text.index("''", start) + 2)
    assert [q for q, s in quotes_and_speakers(pipeline, text) if q.startswith("``")] == []


@pytest.mark.parametrize(
    "text",
    [
        "`` We Will Win , '' Tom Hale said .",
        "Tom Hale said the result was `` Truly Great '' for the town .",
        "Ana Ruiz spoke on `` Women in Work '' at the forum .",
        "The slogan , Tom Hale said , was `` Bread for All Who Work the Land '' .",
    ],
)
def test_quoted_words_in_other_places_are_no_name(text: str) -> None:
    start = text.index("``")
    assert not quoted_title(text, start, text.index("''", start) + 2)


def test_a_verdict_given_as_a_label_is_no_name() -> None:
    # a rating is the rater's words, not a marking on a thing
    text = "When the board checked the claim , it was labeled `` Mostly False '' ."
    start = text.index("``")
    assert not quoted_title(text, start, text.index("''", start) + 2)
