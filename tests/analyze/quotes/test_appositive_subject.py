"""A subject the parse hung as an appositive name on an earlier noun still says what its
verb reports when an adverb stands between the name's closing comma and the verb.
Sentences written for it."""

from __future__ import annotations

from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


def test_an_appositive_name_before_an_adverb_is_the_subject() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = (
        "Speaking to donors, many of them deeply skeptical about Mr. Bell's candidacy, the "
        "campaign chief, Paul Moran, bluntly suggested that the candidate's style amounted "
        "to an act."
    )
    quote = quote_with(pipeline, text, "amounted to an act")
    assert quote.speaker is not None and quote.speaker.text == "Paul Moran"
