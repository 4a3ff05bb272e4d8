"""Quotes grouped by who said them: in a story, or everything one speaker said."""

from __future__ import annotations

from collections.abc import Iterable

from storyline.engine import Storyline
from storyline.model import Quote
from storyline.query.access import page_reads
from storyline.query.records import ArticleRef, QuoteView, SpeakerQuotes

__all__ = ["UNATTRIBUTED", "group_by_speaker", "quote_view", "speaker_quotes", "story_quotes"]

UNATTRIBUTED = "(no speaker found)"


def quote_view(article: ArticleRef, q: Quote) -> QuoteView:
    sp = q.speaker
    return QuoteView(
        article=article,
        start=q.start,
        end=q.end,
        text=q.text,
        kind=q.kind,
        cue=q.cue,
        speaker=sp.text if sp else None,
        canonical=sp.canonical if sp else None,
        named=sp.named if sp else False,
        resolution=sp.resolution if sp else None,
    )


def _speaker_key(q: Quote) -> tuple[str, bool]:
    """A named speaker by canonical name; an unnamed one by its description as written."""
    sp = q.speaker
    if sp is None or sp.resolution == "withheld":  # a name found and not trusted
        return UNATTRIBUTED, False
    if sp.named:
        return sp.canonical or " ".join(sp.text.split()), True
    return " ".join(sp.text.split()), False


def group_by_speaker(rows: Iterable[tuple[ArticleRef, Quote]]) -> tuple[SpeakerQuotes, ...]:
    """Speakers with most quotes first; named before unnamed on ties, the unattributed last.
    An attribution that states nothing (`Quote.stated`: "wants talks", "critical of
    the levy") is no one's quote and is left out."""
    groups: dict[tuple[str, bool], list[QuoteView]] = {}
    for article, quote in rows:
        if not quote.stated:
            continue
        groups.setdefault(_speaker_key(quote), []).append(quote_view(article, quote))
    ordered = sorted(
        groups.items(),
        key=lambda kv: (kv[0][0] == UNATTRIBUTED, -len(kv[1]), not kv[0][1], kv[0][0]),
    )
    return tuple(
        SpeakerQuotes(speaker, named, tuple(qs), len(qs)) for (speaker, named), qs in ordered
    )


def story_quotes(engine: Storyline, story_id: str) -> tuple[SpeakerQuotes, ...]:
    return group_by_speaker(page_reads(engine).story_quotes(story_id))


def speaker_quotes(engine: Storyline, speaker: str, *, limit: int = 100) -> SpeakerQuotes:
    """What `speaker` said, newest first: the entity's name and aliases when it is known."""
    names = [speaker.strip()]
    entity = engine.entity(speaker)
    if entity is not None:
        names = sorted({entity.name, *entity.aliases})
        speaker = entity.name
    rows = page_reads(engine).speaker_quotes(names, limit)
    found = tuple(quote_view(a, q) for a, q in rows)
    return SpeakerQuotes(speaker, entity is not None, found, len(found))
