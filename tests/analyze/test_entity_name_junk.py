"""Words the recogniser reads as names and are none, or two names it runs together (issue
14): a degree after a person's name read as a state, a calibre read as a name, two bodies
written side by side read as one. Texts and names invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _names(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    art = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [(e.canonical or e.text, e.label) for e in art.entities]


def test_a_degree_after_a_persons_name_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "The president named Marisol Quenby, MD, a family doctor from Velmar, as health "
        "chief. Quenby, MD, founded a clinic in Velmar. Tobiah Danvers , M.D. , agreed."
    )
    names = _names(pipeline, text)
    assert all(label == "PERSON" or name == "Velmar" for name, label in names), names
    assert ("Marisol Quenby", "PERSON") in names


def test_a_state_after_a_town_stays_a_place(pipeline: Pipeline) -> None:
    names = _names(pipeline, "The clinic in Baltimore, MD, opened a ward on Monday.")
    assert any(label == "GPE" and name != "Baltimore" for name, label in names), names


def test_maryland_after_a_town_read_as_a_person_stays_a_place(pipeline: Pipeline) -> None:
    # the recogniser reads the invented town as a person; "Md." is still the state
    text = "Tobiah Danvers , 45 , of Velmar Falls , Md . , was charged with murder ."
    names = _names(pipeline, text)
    assert ("Velmar Falls", "PERSON") in names, names  # the misreading the test is about
    assert ("Maryland", "GPE") in names, names


def test_a_calibre_is_no_name(pipeline: Pipeline) -> None:
    text = "Police said Tobiah Danvers carried a .357 Magnum revolver into the Velmar bank."
    names = [name for name, _ in _names(pipeline, text)]
    assert not any(name.startswith(".") for name in names), names


def test_two_bodies_written_side_by_side_are_two_names(pipeline: Pipeline) -> None:
    text = "The deputies of the Dorvanian Parliament the Workers Party of Dorvania voted no."
    names = [name for name, _ in _names(pipeline, text)]
    assert "Dorvanian Parliament" in names
    assert "Workers Party of Dorvania" in names


def test_a_name_holding_the_after_a_lower_case_word_stays_whole(pipeline: Pipeline) -> None:
    text = "Tobiah Danvers joined the Society for the Protection of Velmar Birds in May."
    names = [name for name, _ in _names(pipeline, text)]
    assert "Society for the Protection of Velmar Birds" in names, names


def test_a_member_of_a_body_speaks_for_himself(pipeline: Pipeline) -> None:
    text = (
        "The panel met on Monday .\n"
        "Tobiah Danvers , MD , a consulting professor of law at Velmar University and a "
        "former member of President Ana W . Quenby's Council on Civic Ethics , said the idea "
        "that law and faith can't coexist is silly ."
    )
    assert quotes_and_speakers(pipeline, text) == [
        ("the idea that law and faith can't coexist is silly", "Tobiah Danvers")
    ]
