"""A figure's as-of date next to a comparison or a "since", and counts of cases whose disease
is named in the article's lead (texts written for these tests: invented places, diseases)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Claim


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims"])


def _claims(pipeline: Pipeline, text: str, published: str) -> dict[float, Claim]:
    art = pipeline.run(Article(id="c", text=text, published=published))
    return {c.value: c for c in art.claims}


def test_a_figure_up_from_on_a_day_is_that_days(pipeline: Pipeline) -> None:
    # published on a Thursday: Tuesday is 2031-04-01, Sunday 2031-03-30
    found = _claims(
        pipeline,
        "Health officials in Norvale reported 41 cases of Kestrel fever on Tuesday, up from 23"
        " cases and three deaths on Sunday.",
        "2031-04-03",
    )
    assert found[41].as_of == "2031-04-01"
    assert found[23].as_of == "2031-03-30"
    assert found[3].as_of == "2031-03-30"


def test_a_change_since_a_date_is_of_its_report(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "Rents in Marrow Bay have risen about 13 percent since Sept. 11, the council said.",
        "2031-09-19",
    )
    assert found[13].as_of == "2031-09-19"


def test_cases_of_a_fever_named_in_the_lead_are_cases(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "An outbreak of Kestrel fever has spread to three villages near Norvale. "
        "The health board opened two clinics on Monday. "
        "Officials said the new figures brought the number of cases to 58. "
        "Cases have reached 61, the board said later.",
        "2031-04-03",
    )
    assert found[58].category == "cases"
    assert found[61].category == "cases"


def test_court_cases_stay_other(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "The court in Norvale has a backlog of 300 cases, the clerk said.",
        "2031-04-03",
    )
    assert found[300].category == "other"


def test_patients_treated_in_an_outbreak_are_ill_not_injured(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "An outbreak of Kestrel fever has spread near Norvale. "
        "Eleven patients are being treated in an isolation ward at Holm General Hospital.",
        "2031-04-03",
    )
    assert found[11].category == "other"


def test_people_hurt_and_treated_stay_injured(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "A bus overturned near Norvale. Fourteen people were treated in hospital for injuries.",
        "2031-04-03",
    )
    assert found[14].category == "injured"
