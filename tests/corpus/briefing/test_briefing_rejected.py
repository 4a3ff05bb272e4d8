"""A quote whose cue rejects its content is never shown as the speaker's own words."""

from __future__ import annotations

from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.speakers import shown_text
from storyline.model import Article, Quote, Sentence, Speaker

BODY = (
    "Dr Mara Lind, a hydrologist, disputes official claims that the flood has peaked. "
    "Dr Mara Lind said the river was still rising."
)


def _quote(words: str, cue: str) -> Quote:
    start = BODY.index(words)
    name = "Dr Mara Lind"
    speaker = Speaker(name, BODY.index(name), BODY.index(name) + len(name), "Mara Lind", True)
    return Quote(start, start + len(words), words, "indirect", cue, speaker)


def test_a_rejecting_cue_is_shown_before_the_words() -> None:
    assert shown_text(_quote("claims that the flood has peaked", "disputes")) == (
        "[disputes] claims that the flood has peaked"
    )
    assert shown_text(_quote("the river was still rising", "said")) == "the river was still rising"


def test_the_brief_never_shows_a_disputed_claim_as_the_speakers_words() -> None:
    quotes = (
        _quote("claims that the flood has peaked", "disputes"),
        _quote("the river was still rising", "said"),
    )
    article = Article(
        id="a",
        text=BODY,
        published="2022-04-02",
        sentences=(Sentence(0, 82, "2022-04-02", "published"), Sentence(83, len(BODY))),
        quotes=quotes,
    )
    brief = build_briefing([article], limits=BriefingLimits.full())
    shown = {c.text for group in brief.quotes for c in group.quotes}
    assert shown == {"[disputes] claims that the flood has peaked", "the river was still rising"}


def test_a_two_word_indirect_quote_or_a_prepositions_object_is_no_statement() -> None:
    body = "Dr Mara Lind voiced concern . Dr Mara Lind said the river was still rising ."
    name = "Dr Mara Lind"
    speaker = Speaker(name, 0, len(name), "Mara Lind", True)
    quotes = tuple(
        Quote(body.index(w), body.index(w) + len(w), w, "indirect", cue, speaker)
        for w, cue in (
            ("concern", "voiced"),
            ("the river was still rising", "said"),
            ("Dr Mara Lind voiced concern", "In"),
        )
    )
    article = Article(id="a", text=body, published="2022-04-02", quotes=quotes)
    brief = build_briefing([article], limits=BriefingLimits.full())
    assert [c.text for g in brief.quotes for c in g.quotes] == ["the river was still rising"]
