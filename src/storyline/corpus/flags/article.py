"""Flags one article earns on its own: undated, no attribution, generated style, absurd
values, near copy, and dates presented as current that its own date puts years away.

They need the article's annotations only, so they are computed as a per-article
stage ("flags") at ingest and stored with the article; the flags that need the
rest of the story (contradicted, uncorroborated, anachronism against the
story's span) are computed per story (`storyline.corpus.flags.review`).
Every flag carries a message a reader understands and, where the text has
one, the evidence: spans of the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyze.quotes.cues import MARK_CUES, NOUN_CUES, cue_lemma
from storyline.corpus.flags.anachronism import own_date_anachronisms, sentence_of
from storyline.corpus.flags.attribution import attribution_shape, is_source_head
from storyline.corpus.flags.style import style_features
from storyline.corpus.ledger.keys import is_absurd
from storyline.model import Article, Flag, Quote, Span, Speaker

__all__ = ["ARTICLE_CODES", "ArticleFlagStage", "article_flags"]

ARTICLE_CODES = frozenset(
    {"undated", "no_attribution", "generated_style", "absurd_value", "near_copy", "anachronism"}
)
"""The codes this stage sets (others, e.g. set at ingest, are kept as they are)."""
_MAX_EVIDENCE = 5


def _undated(article: Article) -> Flag | None:
    if article.published:
        return None
    loose = [t for t in article.timexes if "X" in t.value or t.value.endswith("_REF")]
    evidence = tuple(Span(t.start, t.end, t.text) for t in loose[:_MAX_EVIDENCE])
    message = (
        "no publication date: when it was written, and what its relative dates mean, is unknown"
    )
    if loose:
        message += f" ({len(loose)} relative dates cannot be placed)"
    return Flag("undated", "warning", message, evidence)


def _plausible_source(speaker: Speaker) -> bool:
    """A named speaker, or a description whose head is a person or an organisation."""
    if speaker.named:
        return True
    words = re.findall(r"[A-Za-z]+", speaker.text)
    if not words:
        return False
    return is_source_head(words[-1])


def _sourced(q: Quote) -> bool:
    """A quote that attributes words to someone: quoted words, or a verb or noun of
    speech ("said", "according to", "a statement"), not of attitude ("wants", "is
    expected"), by a person or an organisation (not "the unfolding circumstances")."""
    if q.speaker is None:
        return False
    if q.kind == "direct":
        return True
    cue = (q.cue or "").lower()
    if cue == "according to":
        return True
    return (cue in NOUN_CUES or cue_lemma(cue) in MARK_CUES) and _plausible_source(q.speaker)


def _no_attribution(article: Article) -> Flag | None:
    if any(_sourced(q) for q in article.quotes):
        return None
    if any(c.speaker for c in article.claims) or attribution_shape(article.text):
        return None
    facts = list(article.claims)
    evidence = tuple(dict.fromkeys(sentence_of(article, c.start) for c in facts))[:_MAX_EVIDENCE]
    what = f"; its {len(facts)} reported figures have no source" if facts else ""
    return Flag(
        "no_attribution",
        "warning",
        "nothing is attributed to anyone: no quote, no named or described source, "
        f"no 'according to', no 'X says', no interview{what}",
        evidence,
    )


def _generated_style(article: Article) -> Flag | None:
    features = style_features(article)
    if not features.generated:
        return None
    details = []
    for name in features.fired:
        if name == "stock phrases":
            details.append(f"stock phrases ({features.stock_rate:.1f} per 100 words)")
        elif name == "headline-like section titles":
            details.append(f"{len(features.titles)} headline-like section titles")
        elif name == "no concrete specifics":
            details.append(f"few concrete specifics ({features.specifics_rate:.1f} per 100 words)")
        else:
            details.append(name)
    evidence = features.titles[:3] + features.stock[:_MAX_EVIDENCE]
    return Flag(
        "generated_style",
        "info",
        "reads like machine-written text: " + "; ".join(details),
        evidence,
    )


def _absurd(article: Article) -> Flag | None:
    bad = [c for c in article.claims if c.change == "total" and is_absurd(c.category, c.value)]
    if not bad:
        return None
    shown = ", ".join(f"{c.text!r} ({c.category} {c.value:g})" for c in bad[:3])
    return Flag(
        "absurd_value",
        "alert",
        f"a reported figure no count of its kind can reach: {shown}; "
        "kept, but left out of consistency checks",
        tuple(Span(c.start, c.end, c.text) for c in bad[:_MAX_EVIDENCE]),
    )


def _near_copy(article: Article) -> Flag | None:
    if not article.duplicate_of:
        return None
    return Flag(
        "near_copy",
        "info",
        f"a copy of article {article.duplicate_of} (same text, or nearly): "
        "its reports are counted once, with the original",
    )


def article_flags(article: Article) -> list[Flag]:
    """The flags an article earns on its own, in a fixed order."""
    found = [
        _undated(article),
        _near_copy(article),
        _no_attribution(article),
        _generated_style(article),
        _absurd(article),
        *own_date_anachronisms(article),
    ]
    return [f for f in found if f is not None]


class ArticleFlagStage:
    """The per-article "flags" stage: keeps flags set earlier (e.g. at ingest), adds its own."""

    name = "flags"
    requires = frozenset({"sentences", "quotes", "claims"})
    assigns = frozenset({"flags"})

    def __call__(self, article: Article) -> Article:
        kept = tuple(f for f in article.flags if f.code not in ARTICLE_CODES)
        return replace(article, flags=kept + tuple(article_flags(article)))
