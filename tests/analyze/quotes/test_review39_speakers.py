"""Speakers the reviewer of session 39's merges (main a3c16e0) found wrong: a "they" given
to named people who met another group (named_groups.py), and a former office-holder
named as the current one (named_again.role_named_next). Every text is invented, in the
corpus's tokenised style."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_they_after_people_who_met_a_group_is_not_those_people(pipeline: Pipeline) -> None:
    text = (
        "Petra Vold and Ames Dorran met union leaders at the port on Tuesday . "
        "`` We will strike on Friday , '' they said ."
    )
    assert speakers_shown(pipeline, text, "strike on Friday") != ["Petra Vold and Ames Dorran"]


def test_they_after_people_who_examined_a_thing_is_those_people(pipeline: Pipeline) -> None:
    text = (
        "Petra Vold and Ames Dorran examined the viruses at the port on Tuesday . "
        "`` We show that it was derived from several viruses , '' they wrote ."
    )
    assert speakers_shown(pipeline, text, "derived from several") == ["Petra Vold and Ames Dorran"]


def test_a_former_office_holder_is_not_the_one_titled_next(pipeline: Pipeline) -> None:
    text = (
        "The plan is a mistake , the city 's former mayor said on Thursday . "
        "Mayor Tomas Rell , who beat him in the 2022 election , defended the plan ."
    )
    assert speakers_shown(pipeline, text, "plan is a mistake") != ["Tomas Rell"]


def test_a_deputy_is_named_by_the_same_rank_next(pipeline: Pipeline) -> None:
    text = (
        "Five years after the flood destroyed Port Velmar , the city 's deputy mayor said "
        "Thursday that its recovery will take at least another five years . "
        "The flood brought the coast `` to its knees , '' Port Velmar Deputy Mayor Tomas "
        "Rellig told those attending a luncheon ."
    )
    assert speakers_shown(pipeline, text, "recovery will take") == ["Tomas Rellig"]
