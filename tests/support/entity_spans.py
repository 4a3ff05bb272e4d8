"""Recogniser mentions written by hand for the entity tests: each (surface, label) found in
the text after the one before it, so a test names its spans in reading order."""

from __future__ import annotations

from storyline.analyze.entities import RawMention, canonicalize

__all__ = ["mentions", "names"]


def mentions(text: str, spans: list[tuple[str, str]]) -> list[RawMention]:
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(RawMention(start, start + len(surface), label))
        pos = start + len(surface)
    return out


def names(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, canonical name) of each mention after canonicalisation, in order."""
    return [(e.label, e.canonical or e.text) for e in canonicalize(text, mentions(text, spans))]
