"""Junk speakers become no speaker: an opening dateline's place ("VELMORE, March 3
(Agency) - ...") and a view's phrase ("In his view, ..." is his, not "his view"'s)."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.datelines import dateline_end
from storyline.model import Article, Quote

_PIPELINE = Pipeline(["sentences", "entities", "quotes"])


def _quotes(text: str) -> list[Quote]:
    return list(_PIPELINE.run(Article(id="a", text=text, published="2031-03-03")).quotes)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in _quotes(text)]


def test_a_dateline_opening_the_lead_is_no_speaker() -> None:
    text = (
        "KARLSTADT, Velmore — Tomas Brenner told reporters the dam was safe. "
        "Residents were not convinced."
    )
    assert "KARLSTADT" not in _speakers(text)


def test_a_dateline_before_a_colon_is_no_speaker() -> None:
    speakers = _speakers("VELMORE: Police said on Tuesday that the dam was safe.")
    assert "VELMORE" not in speakers
    assert "Police" in speakers


def test_a_transcript_label_in_capitals_keeps_its_turn() -> None:
    text = "BRENNER: We will rebuild the dam.\nKELL: When will the work start?"
    assert "BRENNER" in _speakers(text)


def test_a_transcript_label_with_a_role_is_no_dateline() -> None:
    text = "ANA RUIZ, HOST: Good evening, everyone. Tonight the dam at Velmore is failing."
    assert dateline_end(text) is None
    assert _speakers(text)[:1] == ["ANA RUIZ"]


def test_the_dateline_shapes() -> None:
    assert dateline_end("VELMORE, March 3 (Agency) - The mayor said ...") == (7, True)
    assert dateline_end("NEW KARLSTADT , Velmore -LRB- Agency -RRB- - The mayor") == (13, True)
    assert dateline_end("VELMORE: Police said ...") == (7, False)
    assert dateline_end("The mayor of VELMORE - said") is None
    assert dateline_end("Velmore, March 3 - The mayor said") is None


def test_his_view_is_no_speaker() -> None:
    text = (
        "Maria Dunst spoke to the council on Monday. "
        "In his view, the response was too slow. "
        "The dam, in her view, should be rebuilt."
    )
    speakers = _speakers(text)
    assert speakers  # the views are still attributed
    assert not any(s and "view" in s for s in speakers)


def test_a_named_holder_of_the_view_is_the_speaker() -> None:
    speakers = _speakers("In Maria Dunst's view, the dam should be rebuilt before winter.")
    assert speakers == ["Maria Dunst"]
