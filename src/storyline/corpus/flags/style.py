"""Transparent features of machine-written prose, each measured and reported as it fired.

No single feature says a text was generated; a report written that way shows
several at once: (1) a high rate of the words that language models are
documented to overuse (studies of word frequencies in text before and after
2023 found "delve", "underscore", "pivotal", "intricate", "showcase",
"realm", "testament" and kin several times more frequent than before); (2)
short headline-like lines used as section titles inside the body; (3) no
named source: nobody named is quoted and nothing is "according to" someone
named; (4) few concrete specifics: numbers, exact dates and direct quotes per
hundred words. `generated_style` fires when the vocabulary feature and at
least two of the others fire, and says which fired and with what values.

The word list is from that published research on model vocabulary, not from
any evaluation text; the thresholds are set on Timeline17 (human-written
news from before such models existed): see `STOCK_RATE` and `SPECIFICS_RATE`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Article, Span

__all__ = [
    "SPECIFICS_RATE",
    "STOCK_RATE",
    "STOCK_WORDS",
    "StyleFeatures",
    "section_titles",
    "style_features",
]

STOCK_WORDS = (
    "delve", "delves", "delved", "delving", "underscore", "underscores", "underscored",
    "underscoring", "pivotal", "intricate", "intricacies", "showcase", "showcases",
    "showcasing", "realm", "realms", "testament", "tapestry", "meticulous", "meticulously",
    "commendable", "noteworthy", "notably", "multifaceted", "nuanced", "paramount",
    "unwavering", "resonate", "resonates", "resonating", "foster", "fosters", "fostering",
    "bolster", "bolstering", "embark", "embarks", "embarking", "endeavor", "endeavors",
    "endeavour", "invaluable", "holistic", "seamless", "seamlessly", "navigate",
    "navigating", "navigates", "landscape", "interplay", "highlighting", "crucial",
    "comprehensive", "complexities", "overarching", "poised", "beacon", "juncture",
    "trajectory", "garner", "garnered", "insights", "emphasizing", "emphasising",
    "versatile", "innovative", "additionally", "surpassing", "boasts",
)  # fmt: skip
"""Words research on language-model prose found strongly over-represented (lower case)."""
STOCK_RATE = 1.5
"""Stock words per hundred words at which the vocabulary feature fires (set on Timeline17)."""
SPECIFICS_RATE = 1.0
"""Numbers, exact dates and direct quotes per hundred words below which a text has
"no concrete specifics" (set on Timeline17)."""
MIN_WORDS = 120
"""Shorter texts (briefs, captions) are too short for rates to mean anything."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_STOCK = frozenset(STOCK_WORDS)
_TITLE_LINE = re.compile(r"^[^\n.!?;:,\"“”]{3,80}[^\n.!?;,\"“”]?$")
_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "at", "with"})
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?[A-Z]")


@dataclass(frozen=True, slots=True)
class StyleFeatures:
    """The measured features of one text and which of them fired."""

    words: int
    stock: tuple[Span, ...]
    stock_rate: float
    titles: tuple[Span, ...]
    named_source: bool
    specifics_rate: float

    @property
    def fired(self) -> tuple[str, ...]:
        out: list[str] = []
        if self.words < MIN_WORDS:
            return ()
        if self.stock_rate >= STOCK_RATE:
            out.append("stock phrases")
        if len(self.titles) >= 2:
            out.append("headline-like section titles")
        if not self.named_source:
            out.append("no named source")
        if self.specifics_rate < SPECIFICS_RATE:
            out.append("no concrete specifics")
        return tuple(out)

    @property
    def generated(self) -> bool:
        fired = self.fired
        return "stock phrases" in fired and len(fired) >= 3


def section_titles(text: str) -> list[Span]:
    """Lines that read as section titles: short, no sentence punctuation, capitalised words,
    between paragraphs of prose."""
    out: list[Span] = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        words = stripped.split()
        if not 2 <= len(words) <= 10 or not _TITLE_LINE.match(stripped):
            continue
        if i == 0 or i == len(lines) - 1:
            continue  # a first line is the headline or a dateline
        following = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
        if len(following.split()) < 15:
            continue  # titles introduce prose, not a list
        capital = sum(1 for w in words if w[0].isupper() or w.lower() in _SMALL)
        if capital < len(words) * 0.7:
            continue
        offset = start + line.index(stripped)
        out.append(Span(offset, offset + len(stripped), stripped))
    return out


def _specifics(article: Article) -> int:
    dates = sum(1 for t in article.timexes if t.type == "DATE" and len(t.value) >= 7)
    direct = sum(1 for q in article.quotes if q.kind == "direct")
    return len(article.claims) + dates + direct


def style_features(article: Article) -> StyleFeatures:
    """The style features of an article (its quotes, claims and timexes must be filled in)."""
    text = article.text
    words = _WORD.findall(text)
    stock = [
        Span(m.start(), m.end(), m.group(0))
        for m in _WORD.finditer(text)
        if m.group(0).lower() in _STOCK
    ]
    count = max(len(words), 1)
    named = any(q.speaker is not None and q.speaker.named for q in article.quotes)
    named = named or bool(_ACCORDING.search(text))
    return StyleFeatures(
        words=len(words),
        stock=tuple(stock),
        stock_rate=100.0 * len(stock) / count,
        titles=tuple(section_titles(text)),
        named_source=named,
        specifics_rate=100.0 * _specifics(article) / count,
    )
