"""Who a figure is shown as said by: the speaker of the quote holding it, unless the text
between that speaker and the quote's cue shows another subject for the cue ("A school in Orla
is shut after pupils fell ill The Velmar Health Board says 40 people ..." : a caption glued to
the sentence, whose cue's subject is the board, not the school), or unless the speaker is
only a description of a company the article names ("the utility holding company" in an
article naming two firms): shown, it reads as a name, which it is not."""

from __future__ import annotations

import re

from storyline.model import Article, Claim, Quote

__all__ = ["figure_source"]

MAX_GAP_WORDS = 8
"""More words than this between a speaker and its cue, none set off by a comma, is no
attribution of the speaker ("Dr Ana Velt, who leads the team, said" sets its clause off)."""
_WORD = re.compile(r"[\w'-]+")
_SPEAKER_PREPOSITIONS = frozenset({"of", "from", "at", "in"})
"""A gap opening with one of these goes on describing the speaker ("Dr Ana Velt of the Orla
Institute for Marine Research in Port Elm said"), whoever its last capitalised word is."""


_COMPANY_NOUNS = frozenset(
    {
        "company", "firm", "group", "corporation", "utility", "bank", "lender", "insurer",
        "carrier", "airline", "retailer", "maker", "manufacturer", "brewer", "producer",
        "operator", "supplier", "chain", "conglomerate", "giant", "developer", "distributor",
        "automaker", "carmaker", "multinational", "subsidiary", "unit",
    }
)  # fmt: skip
"""Head nouns of a description standing for a company ("the utility holding company", "the
Dorvan-based brewer")."""
_DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z0-9][\w-]*\s+)*?([a-z]+)"
)


def _company_description(article: Article, speaker: str) -> bool:
    """Whether the speaker is a description of a company in lower-case words ("The utility
    holding company") in an article that names organisations: which one it stands for the
    attribution did not settle."""
    found = _DESCRIPTION.fullmatch(" ".join(speaker.split()))
    if found is None or found.group(1) not in _COMPANY_NOUNS:
        return False
    return any(e.label == "ORG" for e in article.entities)


def figure_source(article: Article, claim: Claim) -> str | None:
    """The claim's speaker (`Claim.speaker`) as a brief shows it, or None when its quote's
    cue has another subject between them or it only describes a company (see the module
    doc)."""
    if claim.speaker is None or _company_description(article, claim.speaker):
        return None
    for q in article.quotes:
        if q.start <= claim.start < q.end and q.speaker is not None and _other_subject(article, q):
            return None
    return claim.speaker


def _other_subject(article: Article, q: Quote) -> bool:
    speaker = q.speaker
    if speaker is None or speaker.end is None or not q.cue or speaker.end > q.start:
        return False
    gap = article.text[speaker.end : q.start]
    at = gap.rfind(q.cue)
    if at < 0:
        return False
    between = gap[:at]
    words: list[str] = _WORD.findall(between)
    if len(words) <= MAX_GAP_WORDS or "," in between or not words:
        return False
    if words[0].lower() in _SPEAKER_PREPOSITIONS:
        return False  # "Dr Ana Velt of the Orla Institute ... in Port Elm said": still hers
    return words[-1][:1].isupper()  # "... The Velmar Health Board says"
