"""A live chat's reader handles are not speakers (colons.py; statements3, issue 14).
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article

_CHAT = (
    "Film producer Ana Ruiz was online Wednesday to discuss her film .\n"
    "Marek Bros. : I enjoyed the program last evening .\n"
    "Veska City : A wonderful show . Does the bank retain its power ?\n"
    "Anonymous : When will it be a good time to buy a house again ?"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _speakers(pipeline: Pipeline, text: str) -> list[str | None]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [q.speaker.name if q.speaker else None for q in article.quotes if q.stated]


def test_a_chat_readers_handle_is_no_speaker(pipeline: Pipeline) -> None:
    assert "Marek Bros." not in _speakers(pipeline, _CHAT)


def test_the_same_label_outside_a_chat_speaks(pipeline: Pipeline) -> None:
    text = "Marek Bros. : We will close the Veska plant in May ."
    assert "Marek Bros." in _speakers(pipeline, text)


_HEADED = (
    "Tales of the river\n"
    "The girl flew over the hut and the bee followed her .\n"
    "THE FINISH : Only once a year the river freezes over the town .\n"
    "I think the river will freeze again next winter .\n"
    "I told my sister that the ice would come .\n"
)


def test_a_heading_in_capitals_is_no_speaker_and_no_antecedent(pipeline: Pipeline) -> None:
    article = pipeline.run(Article(id="t", text=_HEADED, published="2024-03-20"))
    names = [q.speaker.name for q in article.quotes if q.speaker is not None]
    assert all("FINISH" not in (name or "") for name in names)


def test_a_name_label_in_capitals_still_speaks(pipeline: Pipeline) -> None:
    text = _HEADED.replace("THE FINISH", "MARA VOSS")
    assert "MARA VOSS" in _speakers(pipeline, text)


def test_a_role_of_phrase_words_ending_a_label_begun_above_speaks(pipeline: Pipeline) -> None:
    text = (
        "Officials met on Monday .\nKAYE : Let us listen to the minister .\nANA VELL , U.K.\n"
        "SECRETARY OF TRADE : These tariffs show that there are deep grievances in the ports .\n"
        "KAYE : Thank you .\n"
    )
    assert _speakers(pipeline, text) == ["KAYE", "VELL", "KAYE"]


def test_a_role_of_phrase_words_after_an_abbreviation_in_the_label_speaks(
    pipeline: Pipeline,
) -> None:
    text = (
        "Officials met on Monday .\nKAYE : Let us listen to the minister .\n"
        "ANA VELL , U.K. SECRETARY OF TRADE : These tariffs show that there are deep "
        "grievances in the ports .\nKAYE : Thank you .\n"
    )
    assert _speakers(pipeline, text) == ["KAYE", "VELL", "KAYE"]


def test_a_label_set_off_by_a_no_break_space_speaks_its_turn(pipeline: Pipeline) -> None:
    text = (
        "Partial transcript of the Orla debate follows.\n"
        "HOLLIS:\u00a0Will the new levee hold when the river rises again this spring?\n"
        "RUIZ:\u00a0The engineers built it for a flood far worse than this one."
    )
    assert _speakers(pipeline, text) == ["HOLLIS", "RUIZ"]
