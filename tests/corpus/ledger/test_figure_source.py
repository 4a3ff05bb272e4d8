"""Who a figure is shown as said by, when a caption is glued to the sentence (texts and
spans written for these tests)."""

from __future__ import annotations

from storyline.corpus.ledger.sources import figure_source
from storyline.model import Article, Claim, Quote, Speaker


def _article(text: str, speaker: str, cue: str, figure: str) -> tuple[Article, Claim]:
    s = text.index(speaker)
    c = text.index(cue, s + len(speaker))
    f = text.index(figure)
    quote = Quote(
        start=c + len(cue) + 1,
        end=len(text) - 2,
        text=text[c + len(cue) + 1 : -2],
        kind="indirect",
        cue=cue,
        speaker=Speaker(text=speaker, start=s, end=s + len(speaker), named=False),
    )
    claim = Claim(
        start=f, end=f + len(figure), text=figure, value=40.0, qualifier="exact",
        unit="people", category="cases", speaker=speaker,
    )  # fmt: skip
    return Article(id="g", text=text, quotes=(quote,), claims=(claim,)), claim


def test_a_glued_caption_is_not_the_source_of_the_figure() -> None:
    art, claim = _article(
        "A school in Orla is shut after pupils there fell ill The Velmar Health Board says "
        "40 people have caught the fever .",
        "A school in Orla",
        "says",
        "40 people",
    )
    assert figure_source(art, claim) is None


def test_a_speaker_set_off_by_a_clause_keeps_the_figure() -> None:
    art, claim = _article(
        "Dr Ana Velt , who leads the fever team at the clinic in Orla since May , says "
        "40 people have caught the fever .",
        "Dr Ana Velt",
        "says",
        "40 people",
    )
    assert figure_source(art, claim) == "Dr Ana Velt"
    near, claim = _article(
        "The Velmar Health Board says 40 people have caught the fever .",
        "The Velmar Health Board",
        "says",
        "40 people",
    )
    assert figure_source(near, claim) == "The Velmar Health Board"


def test_a_speaker_described_by_a_long_phrase_of_keeps_the_figure() -> None:
    art, claim = _article(
        "Dr Ana Velt of the Orla Institute for Marine Research in Port Elm said "
        "40 people have caught the fever .",
        "Dr Ana Velt",
        "said",
        "40 people",
    )
    assert figure_source(art, claim) == "Dr Ana Velt"
