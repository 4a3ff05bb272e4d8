"""Who a source names again without a name (named_again.py): texts written for these tests,
in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_described_company_is_not_an_authority_just_named(pipeline: Pipeline) -> None:
    text = (
        "The Velmar Harbour Authority banned two ferries from the port . The ferry company "
        "said the ban was `` unfair and unlawful '' ."
    )
    assert speakers_shown(pipeline, text, "unfair and unlawful") == ["The ferry company"]


def test_the_company_is_not_the_authority_that_fined_it(pipeline: Pipeline) -> None:
    text = (
        "The Velmar Harbour Authority fined Velm Shipping on Monday . The company said the "
        "fine was `` unfair and unlawful '' ."
    )
    assert speakers_shown(pipeline, text, "unfair and unlawful") == ["The company"]


def test_a_described_company_is_not_the_body_an_action_targets(pipeline: Pipeline) -> None:
    text = (
        "Ferry operators sued Velm Shipping Lines on Monday . The ferry company said the suit "
        "was `` unfair and unlawful '' ."
    )
    assert speakers_shown(pipeline, text, "unfair and unlawful") == ["The ferry company"]
