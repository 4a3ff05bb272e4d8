"""Whether an attribution whose text names no source states anything
(analyze/quotes/agentless.py): a passive with no agent or a bare "When asked" states
nothing, a verb of saying with a clause stays a statement by someone unnamed
(statements2, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Vacancy rates at offices and hotels are expected to rise .", "to rise"),
        ("Mr Varek has been accused of lying about his record .", "lying about"),
        ("Hospitals in Osk have been told to report any suspected cases swiftly .", "to report"),
        (
            "`` I will go back and start a new life , '' he said . When asked if he was "
            "concerned about the future of his country , Tomas Brell shrugged .",
            "if he was concerned",
        ),
    ],
)
def test_a_speakerless_attribution_that_states_nothing_is_not_listed(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert not q.stated
    assert q.speaker is not None and q.speaker.start == q.speaker.end  # an empty span


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It was announced that the plant would close in the spring .", "plant would close"),
        (
            "The family of the pilot have been told their son will not be buried at the cemetery .",
            "will not be buried",
        ),
        # quoted words beside an agentless passive are words said, by someone unnamed
        ("The plan was described as `` reckless and doomed to fail '' at the meeting .", "doomed"),
    ],
)
def test_an_agentless_passive_of_saying_with_a_clause_stays_a_statement(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.stated and q.speaker is None  # said, by someone the text does not name
