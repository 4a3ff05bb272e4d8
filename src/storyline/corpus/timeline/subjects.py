"""Sentences whose subject is a bare pronoun: say who it is, or keep the sentence back.

A timeline line stands alone, far from the paragraph that named the person: "He said
41 people had been pulled alive" tells a reader nothing about who said it. When the
quotes stage resolved the pronoun to a named speaker (`Quote.speaker`, the mention it
was resolved from), the line names them the way an editor clarifies a quotation:
"[Ana Reyes] said 41 people had been pulled alive". When the quotes stage ran and
nothing resolved it (the speaker stayed unnamed, or the sentence is not a quote at
all: "He was arrested on Friday"), the sentence is marked unclear and the summariser
uses it only when a day has nothing else (`storyline timeline STORY_ID`: stored
articles carry quotes). Without a quotes stage (`timeline --articles` analyses only
sentences and dates: entities and quotes would cost nine times as much) nothing says
whose the pronoun is; the sentence weighs `TimelineSettings.unchecked_pronoun_weight`
(chosen leave-one-topic-out: holding all of them back cost Timeline17 AR1 0.002).

What counts as a bare-pronoun subject:
- a sentence opening with he, she, they, we, I or you ("It" only before a reporting
  verb, "It said the wells were capped": "It was the worst storm" names nobody);
- a quotation whose speaker is such a pronoun ('"We have nothing left," she said'):
  from `Article.quotes` when the quotes stage ran, else from the form ', she said'.
A quotation opening with "I" or "we" is the speaker's own voice: its speaker decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from storyline.corpus.timeline.candidates import DatedSentence
from storyline.model import Article, Quote

__all__ = ["PRONOUNS", "clarify_subjects", "pronoun_subject", "unnamed_speaker"]

PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_REPORTING = (
    r"(?:said|says|added|adds|announced|reported|stated|told|warned|insisted|claimed|"
    r"explained|wrote|asked|replied)"
)
_OPENING = re.compile(
    r"[^\S\n]*[(\[]?(?:(?P<p>He|She|They|We|I|You)\b(?![’'](?:s|d|ll|re|ve|m)\b|-)"
    rf"|(?P<it>It)(?=\s+(?:has\s+|had\s+|also\s+)?{_REPORTING}\b))"
)
_TRAILING_SPEAKER = re.compile(
    rf"[,\"”’]\s*[\"”’]?\s*(?P<p>he|she|they|it)\s+(?:also\s+)?{_REPORTING}\b"
    rf"|[,\"”’]\s*{_REPORTING}\s+(?P<q>he|she|they|it)\b"
)


def pronoun_subject(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of the bare pronoun opening text[start:end] as its subject, or None."""
    m = _OPENING.match(text, start, len(text) if end is None else end)
    if m is None:
        return None
    group = "p" if m.group("p") else "it"
    return m.start(group), m.end(group)


def unnamed_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The pronoun speaking a quotation in text[start:end] (', she said'), without quotes."""
    m = _TRAILING_SPEAKER.search(text, start, end)
    if m is None:
        return None
    group = "p" if m.group("p") else "q"
    return m.start(group), m.end(group)


def _pronoun_speakers(quotes: Sequence[Quote], start: int, end: int) -> dict[tuple[int, int], str]:
    """Speaker mentions that are bare pronouns inside [start, end) -> the name ("" if none)."""
    out: dict[tuple[int, int], str] = {}
    for q in quotes:
        s = q.speaker
        if s is None or s.start is None or not start <= s.start < end:
            continue
        if s.text.strip().lower() not in PRONOUNS:
            continue
        name = s.canonical if s.named and s.canonical else ""
        if name.strip().lower() in PRONOUNS:
            name = ""
        out[(s.start, s.end if s.end is not None else s.start)] = name
    return out


def _quoted(article: Article) -> bool:
    """Whether the quotes stage ran on the article (so an unnamed speaker is known unnamed)."""
    return "quotes" in article.annotated or bool(article.quotes)


def _subject_spans(article: Article, c: DatedSentence) -> dict[tuple[int, int], str]:
    """Each bare-pronoun subject of the candidate -> the name it resolves to ("" if none)."""
    text = article.text
    quoted = _quoted(article)
    spans = _pronoun_speakers(article.quotes, c.start, c.end) if quoted else {}
    opening = pronoun_subject(text, c.start, c.end)
    if opening is not None and opening not in spans:
        spans[opening] = ""
    if not quoted:
        trailing = unnamed_speaker(text, c.start, c.end)
        if trailing is not None:
            spans[trailing] = ""
    return spans


def clarify_subjects(
    candidates: Sequence[DatedSentence], articles: Mapping[str, Article]
) -> list[DatedSentence]:
    """The candidates with bare-pronoun subjects named, or marked `unclear_subject`.

    The citation span is unchanged: it still points at the sentence as written.
    """
    out: list[DatedSentence] = []
    for c in candidates:
        article = articles.get(c.article_id)
        spans = _subject_spans(article, c) if article is not None else {}
        if not spans:
            out.append(c)
        elif not all(spans.values()):
            assert article is not None
            if _quoted(article):
                out.append(replace(c, unclear_subject=True))
            else:
                out.append(replace(c, unchecked_pronoun=True))
        else:
            assert article is not None
            pieces: list[str] = []
            pos = c.start
            for (begin, finish), name in sorted(spans.items()):
                pieces += [article.text[pos:begin], f"[{name}]"]
                pos = finish
            pieces.append(article.text[pos : c.end])
            out.append(replace(c, text=" ".join("".join(pieces).split())))
    return out
