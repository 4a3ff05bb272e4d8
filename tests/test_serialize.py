"""Article JSON: the DESIGN.md contract fields, plus speaker evidence, round-trip."""

from __future__ import annotations

from storyline.model import Article, Quote, Span, Speaker
from storyline.serialize import article_from_json, article_to_json


def test_speaker_keeps_contract_fields_and_adds_evidence() -> None:
    speaker = Speaker("she", 30, 33, "Ada Kovac", True, "pronoun", Span(0, 9, "Ada Kovac"))
    article = Article(
        id="a",
        text="Ada Kovac visited the valley. she said aid would come.",
        quotes=(Quote(38, 54, "aid would come.", "indirect", "said", speaker),),
    )
    data = article_to_json(article)
    sp = data["quotes"][0]["speaker"]
    assert {"start", "end", "text", "canonical", "named"} <= set(sp)
    assert sp["resolution"] == "pronoun"
    assert sp["resolved_from"] == {"start": 0, "end": 9, "text": "Ada Kovac"}
    assert article_from_json(data).quotes == article.quotes


def test_json_without_evidence_still_reads() -> None:
    data = {
        "id": "b",
        "text": "x",
        "quotes": [
            {
                "start": 0,
                "end": 1,
                "text": "x",
                "kind": "direct",
                "cue": None,
                "speaker": {"start": 0, "end": 1, "text": "x", "canonical": None, "named": False},
            }
        ],
    }
    speaker = article_from_json(data).quotes[0].speaker
    assert speaker is not None and speaker.resolution is None and speaker.resolved_from is None
