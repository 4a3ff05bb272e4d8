"""Who said what: a story's quotes grouped by the speaker a reader may be shown.

A quote whose speaker is an unresolved pronoun has no name to list it under and
stays out of this section (it is still in the article). Named speakers come
before unnamed descriptions; the same words carried by several outlets (a wire
copy) count and show once; direct quotes are shown before indirect ones, the
latest first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from storyline.corpus.briefing.citing import cite, shortened
from storyline.corpus.briefing.records import Cited, SpeakerQuotes
from storyline.model import Article, Quote

__all__ = ["quotes_by_speaker"]


def _who(quote: Quote) -> tuple[str, bool] | None:
    speaker = quote.speaker
    if speaker is None:
        return None
    name = speaker.name
    if not name or not name.strip():
        return None
    return " ".join(name.split()), bool(speaker.canonical and speaker.named)


def quotes_by_speaker(
    pool: Sequence[Article], *, speakers: int, per_speaker: int, max_chars: int
) -> tuple[tuple[SpeakerQuotes, ...], int]:
    """The top `speakers` groups (each listing up to `per_speaker` quotes) and how many
    speakers there are in all."""
    groups: dict[tuple[str, bool], dict[str, tuple[bool, Cited]]] = defaultdict(dict)
    for article in pool:
        for quote in article.quotes:
            who = _who(quote)
            if who is None:
                continue
            words = " ".join(quote.text.split()).casefold()
            seen = groups[who]
            cited = cite(article, quote.start, quote.end, quote.text)
            if words not in seen or (cited.published or "") > (seen[words][1].published or ""):
                seen[words] = (quote.kind == "direct", cited)
    ranked = sorted(groups.items(), key=lambda kv: (not kv[0][1], -len(kv[1]), kv[0][0].casefold()))
    out = []
    for (name, named), found in ranked[:speakers]:
        chosen = sorted(found.values(), key=lambda dc: dc[1].published or "", reverse=True)
        chosen.sort(key=lambda dc: not dc[0])  # direct quotes first, each kind newest first
        listed = tuple(shortened(c, max_chars) for _, c in chosen[:per_speaker])
        out.append(SpeakerQuotes(name, named, listed, len(found)))
    return tuple(out), len(groups)
