"""Attribution shapes read from an article's plain text, beside the quote stage's quotes.

WHY: the quote stage keeps a quote only when it finds the content of what was said, so
an article can name its sources and still have no stored quote: "the company says the
spill has cost it millions" in a short item, "X, chief of Y, has dismissed speculation",
"as our correspondent reports from the coast", "here are some facts from the health
agency", an interview laid out as questions and answers. The `no_attribution` flag means
"this text attributes nothing to anyone", so any of these shapes is enough to withhold
it. The shapes are general English (a reporting verb with a person or organisation as
its subject, "according to", information "from" a named body, an interview), never
names or phrases of any corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.analyze.claims.context import PEOPLE_NOUNS, is_people_noun
from storyline.corpus.ledger.keys import latin_safe_singular
from storyline.text.calendar_names import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN

__all__ = ["SOURCE_NOUNS", "attribution_shape", "is_source_head"]

SOURCE_NOUNS = frozenset(
    {
        "ministry", "government", "agency", "company", "office", "department", "council",
        "committee", "army", "military", "police", "court", "board", "group", "organisation",
        "organization", "union", "party", "commission", "authority", "authorities",
        "spokesman", "spokeswoman", "spokesperson", "source", "sources", "report", "statement",
        "newspaper", "network", "service", "institute", "bank", "administration", "embassy",
        "coalition", "movement", "force", "forces", "guard", "team", "panel", "website",
        "television", "radio", "channel", "agencies", "firm", "groups", "officials",
    }
)  # fmt: skip
"""Heads of described sources that are no person ("the ministry", "a company statement")."""

_ROLE_NOUNS = frozenset(
    {
        "commander", "chief", "director", "minister", "president", "secretary", "governor",
        "mayor", "officer", "leader", "head", "chairman", "chairwoman", "correspondent",
        "reporter", "editor", "analyst", "expert", "scientist", "researcher", "economist",
        "lawyer", "attorney", "prosecutor", "judge", "doctor", "witness", "diplomat",
    }
)  # fmt: skip
"""People named by their role, who speak as sources ("the commander reported")."""


def is_source_head(word: str) -> bool:
    """A noun that can head a source: a person ("the commander") or a body ("the agency")."""
    head = word.lower()
    lemma = latin_safe_singular(head)
    return (
        head in SOURCE_NOUNS
        or lemma in _ROLE_NOUNS
        or head in PEOPLE_NOUNS
        or is_people_noun(lemma)
    )


def _forms(lemmas: Iterable[str], irregular: dict[str, str]) -> frozenset[str]:
    """Third person present and past/participle of regular verbs, plus irregular pasts."""
    out: set[str] = set()
    for lemma in lemmas:
        out.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch")) else "s"))
        out.add(lemma + ("d" if lemma.endswith("e") else "ed"))
    for present, past in irregular.items():
        out.update({present, past})
    return frozenset(out)


_REPORTING_VERBS = _forms(
    (
        "report", "announce", "claim", "insist", "argue", "warn", "deny", "dismiss",
        "calculate", "estimate", "explain", "confirm", "predict", "acknowledge", "reveal",
        "disclose", "contend", "assert", "declare", "concede", "complain",
    ),
    {"says": "said", "tells": "told", "writes": "wrote"},
)  # fmt: skip
"""Verbs that put words or figures in their subject's mouth, as the subject's and no
fact of the writer's: present ("X says"), past ("X said") and perfect ("X has said").
Verbs that also name plain actions or nouns ("shares added", "Gulf states", "hospitals
admitted") are left out; a verb counts only in lower case."""

_NOT_A_SOURCE = frozenset(
    {
        "i", "we", "you", "it", "this", "that", "these", "those", "there", "here", "nobody",
        "no", "everyone", "everybody", "someone", "what", "which", "who", "one", "as", "if",
    }
)  # fmt: skip
"""Capitalised words that cannot name a source: the writer ("I", "we"), the reader, and
words that start a sentence without naming anyone."""

_THIRD_PERSON = frozenset({"he", "she", "they"})
_AUXILIARIES = frozenset({"has", "have", "had", "also", "then", "later", "previously"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*|[,:]")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_INFORMATION_FROM = re.compile(
    r"\b(?i:facts|figures|data|information|details|advice|statistics|numbers|more|update|"
    r"guidance|comments?)\s+from\s+(?:the\s+)?[A-Z]",
)
"""Information credited to a named body or person: "facts from the Health Agency"."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_CITES_WHAT_IT_GOT = re.compile(
    r"\d|\b(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|"
    r"indicated|reveal|reveals|revealed|put|puts)\b"
)
_PRESENTS_IT = re.compile(
    r"\b(?:(?:here|these|below)\s+(?:is|are)|(?:find|finds|read|see|get|learn|hear)(?:\s+out)?)"
    r"\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
"""A sentence handing the information to the reader, up to where it is named: "Here are
some facts from", "find out more from"."""


def _credits_information(text: str) -> bool:
    """Information 'from' a named body attributes only when the sentence uses it as a
    source: it gives what the information says (a figure, 'shows', 'suggests'), presents
    it to the reader ('Here are the facts from', 'find out more from'), or opens with it
    as a heading does. "Aid and data from the Navy reached the port" moves data; it cites
    nothing."""
    for match in _INFORMATION_FROM.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        end_mark = _SENTENCE_END.search(text, match.end())
        sentence = text[start : end_mark.end() if end_mark else len(text)]
        before = text[start : match.start()]
        if not before.strip() or _PRESENTS_IT.search(before) or _CITES_WHAT_IT_GOT.search(sentence):
            return True
    return False


_INTERVIEW = re.compile(
    r"\b(?:interview(?:ed|s)?\s+(?:with\s+)?(?:the\s+)?"
    rf"(?!(?:{FULL_WEEKDAY_PATTERN}|{FULL_MONTH_PATTERN})\b)[A-Z]|"
    r"(?:he|she|they)\s+had\s+to\s+say)",
)
"""An interview with someone named (a day or a month after it names no one: "an
interview Monday"), or what someone "had to say"."""
_QA_TURN = re.compile(r"(?:^|\n|[.?!]\s+)(?:Q|A|Question|Answer)\s*[:.-]\s", re.MULTILINE)
"""A question-and-answer turn ("Q: ...", "A: ..."); two of each make an interview layout."""
_PARTICIPIAL = re.compile(r",\s+(?:saying|adding|telling|warning|insisting|arguing)\b")
"""A participle that reports what the clause's subject said: "they marched, saying ..."."""


def _subject_names_a_source(words: list[str], verb_at: int) -> bool:
    """Whether the words before a reporting verb end in a source: a capitalised name
    ("Smith says", "Smith, chief of Acme, has said"), a third-person pronoun, or a noun
    heading a person or body ("the commander reported")."""
    i = verb_at - 1
    while i >= 0 and words[i].lower() in _AUXILIARIES:
        i -= 1
    if i >= 0 and words[i] == ",":
        i -= 1
    if i < 0 or words[i] in {",", ":"}:
        return False
    word = words[i]
    lower = word.lower()
    if lower in _NOT_A_SOURCE:
        return False
    if lower in _THIRD_PERSON:
        return True
    return word[0].isupper() or is_source_head(word.strip("'"))


def attribution_shape(text: str) -> str | None:
    """The first attribution shape the text has (a short label saying which), or None."""
    if _ACCORDING.search(text):
        return "according to"
    if _credits_information(text):
        return "information from a named source"
    if _INTERVIEW.search(text):
        return "an interview"
    if len(_QA_TURN.findall(text)) >= 4:
        return "a question-and-answer layout"
    if _PARTICIPIAL.search(text):
        return "a participle of speech"
    words = _WORD.findall(text)
    for at, word in enumerate(words):
        if word in _REPORTING_VERBS and _subject_names_a_source(words, at):
            return "a reporting verb with a source as subject"
    return None
