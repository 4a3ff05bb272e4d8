"""What a development's sentence needs to be read alone: which event a date in it dates (a day
told in a relative clause, "the group that agreed on Thursday to send aid", is the clause's
event's, not the sentence's), and who "The league" it opens with is. Read from the words
around (no parse is stored), for the brief's developments."""

from __future__ import annotations

import re
from bisect import bisect_right

from storyline.model import Article

__all__ = ["in_relative_clause", "named_back", "relative_pronoun"]

_RELATIVE_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s*,?\s+(that|which|who)\s+(had\s+|has\s+|was\s+|were\s+)?([a-z]+)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
_NO_VERB = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "he", "she", "it", "they", "we", "you", "there", "some", "many",
        "most", "all", "no", "one",
    }
)  # fmt: skip
"""Words after "that" that open a clause with its own subject, not a verb."""
_COMPLEMENT_VERBS = frozenset(
    {
        "said", "say", "says", "told", "tell", "tells", "added", "announced", "reported",
        "stated", "warned", "insisted", "argued", "noted", "believe", "believes", "think",
        "thinks", "thought", "know", "knows", "knew", "claimed", "hoped", "feared",
        "suggested", "showed", "shows", "found", "find", "ruled", "decided", "means", "meant",
        "so", "now", "such",
    }
)  # fmt: skip
"""Words a "that" after which opens what was said or thought, not a relative clause
("officials said that troops attacked on Monday": Monday dates the attack the sentence
reports)."""


def in_relative_clause(text: str, start: int) -> bool:
    """Whether a date at `start` is told in a relative clause after a noun ("Kell criticized
    the group of ten countries that agreed on Thursday to send aid"): it dates the clause's
    event (the agreement), not the sentence's (the criticism)."""
    return relative_pronoun(text, start) is not None


def relative_pronoun(text: str, start: int) -> str | None:
    """The relative pronoun ("that", "which", "who") opening the relative clause `start` is
    told in (`in_relative_clause`), in lower case; None outside one."""
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(ch) for ch in ".;:")
    m = _RELATIVE_BEFORE.search(window[cut + 1 :])
    if m is None or m.group(4) in _NO_VERB:
        return None
    before, pronoun = m.group(1).lower(), m.group(2).lower()
    if pronoun != "that":
        return pronoun
    if before in _COMPLEMENT_VERBS or before.endswith("ed"):
        return None
    # a word in -s before "that" is a verb ("The army admits that soldiers fired") unless
    # the clause after it opens with a verb of its own ("ten countries that agreed")
    verb_after = m.group(3) is not None or m.group(4).endswith("ed")
    verb_before = before.endswith("s") and not before.endswith("ss") and not verb_after
    return None if verb_before else pronoun


_DEFINITE_OPENING = re.compile(r"\s*(?:The|This)\s+([a-z]+)\s+(?:is|was|are|were)\b")
"""A sentence that opens by describing what it names back to with one common noun ("The
league is one of ..."): background, where "The company said it would cut 500 jobs" is news
of its own and stays."""

_PASSIVE = re.compile(
    r"\s+(?:(?:also|not|then|later|again|being|been|[a-z]+ly)\s+){0,2}"
    r"(?:[a-z]{2,}ed|[a-z]+(?:ken|ten|ven|wn|sen|len|den)|hit|held|sold|told|paid|caught|"
    r"brought|bought|found|put|cut|shut|set|hurt|struck|shot|seen|made|led|left|built|kept|"
    r"sent|won|lost|met|sued|fined|done|gone|run|taught|thought|sought|fought|bound)\b"
)
"""A past participle after the copula: the sentence is a passive ("The company was fined
$5m ..."), something done to what it names, not a description of it."""


def named_back(article: Article, start: int) -> tuple[int, int] | None:
    """The span of the sentence before the one at `start` when this one names back to it
    with "The <noun>" and only it says who that is ("... according to the Velmar League for
    Fair Votes." / "The league is one of the main opposition groups ..."): shown alone, the
    second sentence leaves a reader asking which league, so the brief shows the first."""
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, start) - 1
    if k <= 0 or starts[k] != start:
        return None
    here = article.sentences[k]
    m = _DEFINITE_OPENING.match(article.text, here.start, here.end)
    if m is None:
        return None
    if _PASSIVE.match(article.text, m.end(), here.end):
        return None  # "The company was fined $5m ...": what was done to it is news
    noun = m.group(1)
    name = re.compile(rf"\b{noun.capitalize()}\b")
    if name.search(article.text, here.start, here.end):
        return None  # the sentence names it itself ("The league ... said League head ...")
    before = article.sentences[k - 1]
    if name.search(article.text, before.start, before.end) is None:
        return None
    return before.start, before.end
