"""Shared helpers for the quotes-stage tests: run the real stages, find a quote by its words."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote, Sentence

__all__ = [
    "QUOTE_STAGES",
    "period_sentences",
    "quote_with",
    "quotes_and_speakers",
    "speaker_and_resolution",
    "speaker_text",
    "speakers_shown",
    "stated_quotes",
]

QUOTE_STAGES = ["sentences", "entities", "quotes"]


def quote_with(pipeline: Pipeline, text: str, needle: str) -> Quote:
    """The first quote of `text` whose words contain `needle` (the test fails if none)."""
    art = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    hits = [q for q in art.quotes if needle in q.text]
    assert hits, f"no quote contains {needle!r}: {[q.text for q in art.quotes]}"
    return hits[0]


def quotes_and_speakers(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """Each quote of `text` as (its words, its speaker's name or None), in text order."""
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def stated_quotes(pipeline: Pipeline, text: str) -> list[Quote]:
    """The quotes of `text` a reader is shown (`Quote.stated`), in text order."""
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [q for q in article.quotes if q.stated]


def speakers_shown(pipeline: Pipeline, text: str, words: str) -> list[str | None]:
    """The speakers shown for every quote holding `words` (the test fails if none does)."""
    found = [s for q, s in quotes_and_speakers(pipeline, text) if words in q]
    assert found, quotes_and_speakers(pipeline, text)
    return found


def speaker_text(pipeline: Pipeline, text: str, needle: str) -> str | None:
    """The words of the speaker mention of the first quote holding `needle`, or None."""
    q = quote_with(pipeline, text, needle)
    return q.speaker.text if q.speaker is not None else None


def speaker_and_resolution(
    pipeline: Pipeline, text: str, needle: str
) -> tuple[str | None, str | None]:
    """The shown name and the resolution of the first quote whose words contain `needle`."""
    q = quote_with(pipeline, text, needle)
    assert q.speaker is not None
    return q.speaker.canonical, q.speaker.resolution


def period_sentences(text: str) -> list[Sentence]:
    """`text` cut into sentences at each period followed by a space or the end."""
    out, begin = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Sentence(begin, i + 1))
            begin = i + 2
    return out
