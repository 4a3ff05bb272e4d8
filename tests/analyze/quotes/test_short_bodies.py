"""Whom a bare "a spokesman" speaks for when the sentence before names the body by its
short name, or names another body only inside a thing's name (short_bodies.py). Texts
written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_OPENING = "{name} offered 37 marks a share for Quenby Rail on Monday. Analysts expect a fight. "


def test_the_short_name_the_recogniser_missed_is_the_body(pipeline: Pipeline) -> None:
    text = _OPENING.format(name="Marrow Infrastructure Partners") + (
        'Marrow disputes that. A spokesman told the Gazette that the firm had "no plans to '
        'change prices."'
    )
    assert speakers_shown(pipeline, text, "no plans to change") == [
        "A spokesman for Marrow Infrastructure Partners"
    ]


def test_a_body_inside_a_thing_s_name_is_not_whom_he_speaks_for(pipeline: Pipeline) -> None:
    text = _OPENING.format(name="Tessaly Capital Partners") + (
        "Tessaly declined to comment on the new Dalcor Energy offer. A spokesman said only "
        'that the firm "remains confident in its proposal."'
    )
    assert speakers_shown(pipeline, text, "remains confident") == [
        "A spokesman for Tessaly Capital Partners"
    ]


def test_two_bodies_of_the_short_name_leave_him_bare(pipeline: Pipeline) -> None:
    text = _OPENING.format(name="Pellmore Infrastructure Partners and Pellmore Capital Group") + (
        'Pellmore disputes that. A spokesman told the Gazette that the firm had "no plans to '
        'change prices."'
    )
    assert speakers_shown(pipeline, text, "no plans to change") == ["A spokesman"]


def test_two_bodies_both_subjects_leave_him_bare(pipeline: Pipeline) -> None:
    text = _OPENING.format(name="Tessaly Capital Partners") + (
        "Tessaly and Dalcor Energy declined to comment. A spokesman said only that the firm "
        '"remains confident in its proposal."'
    )
    assert speakers_shown(pipeline, text, "remains confident") == ["A spokesman"]
