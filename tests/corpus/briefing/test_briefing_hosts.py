"""Speakers heard only in broadcast transcripts come after those a news page quotes, and a
transcript's host after its guests (corpus/briefing/speakers.py `_rank`, `_hosts`): a
transcript keeps every turn of talk, a host's turns hand over and restate. Texts written
for these tests."""

from __future__ import annotations

from storyline.corpus.briefing import build_briefing
from storyline.model import Article, Quote, Sentence, Speaker


def _transcript(aid: str, turns: list[tuple[str, str, str]]) -> Article:
    """An article of turns (label, speaker's name, words), one line each, each a quote."""
    lines = [f"{label}: {words}" for label, _, words in turns]
    text = "\n".join(lines)
    quotes, sentences, pos = [], [], 0
    for (label, name, words), line in zip(turns, lines, strict=True):
        at = pos + len(label) + 2
        speaker = Speaker(name, pos, pos + len(label), name, True)
        quotes.append(Quote(at, at + len(words), words, "direct", ":", speaker))
        sentences.append(Sentence(pos, pos + len(line), "2031-05-04", "published"))
        pos += len(line) + 1
    return Article(
        id=aid, text=text, published="2031-05-04", sentences=tuple(sentences), quotes=tuple(quotes)
    )


_SHOW = [
    (
        "ANA RUIZ, HOST",
        "Ana Ruiz",
        "Stand by, because joining us now is the envoy of Velm to Orla.",
    ),
    ("IVO DELL", "Ivo Dell", "The port of Brun will reopen to grain ships on Monday morning."),
    ("RUIZ", "Ana Ruiz", "From the council of Brun, that it now runs the port alone."),
    ("DELL", "Ivo Dell", "The council of Brun has agreed to share the port with the Velm navy."),
    ("RUIZ", "Ana Ruiz", "We will be right back after this short break with more news."),
    ("RUIZ", "Ana Ruiz", "The envoy of Velm spoke with us from the harbour of Brun tonight."),
]


def test_a_news_pages_speaker_comes_before_a_shows_guest_and_its_host() -> None:
    news = _transcript(
        "n1", [("TOM VASK", "Tom Vask", "The grain ships of Orla are waiting outside the port.")]
    )
    brief = build_briefing([_transcript("t1", _SHOW), news])
    assert [g.speaker for g in brief.quotes] == ["Tom Vask", "Ivo Dell", "Ana Ruiz"]


def test_without_a_role_the_host_is_who_speaks_most() -> None:
    show = [(label.split(",")[0], name, words) for label, name, words in _SHOW]
    brief = build_briefing([_transcript("t2", show)])
    assert [g.speaker for g in brief.quotes] == ["Ivo Dell", "Ana Ruiz"]
