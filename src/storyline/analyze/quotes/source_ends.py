"""Where a source phrase really ends before its verb: a parse thrown by brackets or by
lines run together can stop a subject short of the name that heads it, or take a longer
phrase for the subject where a pronoun stands right before the verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.quotes.cues import cue_lemma
from storyline.model import EntityMention
from storyline.text.calendar_names import FULL_WEEKDAY_PATTERN

__all__ = [
    "inverted_tail",
    "name_after_fronted",
    "past_abbreviation_stop",
    "pronoun_subject",
    "site_owner",
    "with_appositive",
    "without_time_tail",
]

_APPOSITIVE_GAP = re.compile(r"\s*,\s*")
_APPOSITIVE_TO_VERB = re.compile(r"\s*,\s*(?:(?:has|have|had|also|later|then)\s+)?")
"""An appositive's closing comma and the auxiliary of a perfect ("..., Paul Roe, has
warned"): nothing else stands between the name and the verb it is the subject of."""
_CLOSED_APPOSITIVE = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?!and\b|or\b|\d)\w")
"""A name's closing comma (after an age: "Ezra Quill, 70,") and a word that is no second
member of a list ("The mayor, Ana Ruiz, and the board said")."""
_DESCRIPTION = re.compile(r"(?:[Oo]ne|[Tt]he|[Aa]n?|[Tt]wo|[Hh]is|[Hh]er|[Tt]heir)\s[^,;:]*")
"""A source phrase describing a person: a determiner or a number opens it."""


def with_appositive(
    text: str, source: tuple[int, int], cue_start: int, entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """The source phrase with a person's name set off by commas between it and the verb
    ("The deputy head of the agency -LRB- AGY -RRB- , Omar Halvi , said"): a parse thrown
    by brackets can stop the phrase before the name that heads it. A description opened
    by a determiner or a number ("One of the men , Ezra Quill , 70 , had served in the
    navy and said") takes the name set off right after it wherever the verb stands: the
    name is who the description is, and a reader is shown it."""
    for e in entities:
        if e.label != "PERSON" or not source[1] <= e.start < e.end <= cue_start:
            continue
        if not _APPOSITIVE_GAP.fullmatch(text, source[1], e.start):
            continue
        if _APPOSITIVE_TO_VERB.fullmatch(text, e.end, cue_start) or (
            _CLOSED_APPOSITIVE.match(text, e.end)
            and _DESCRIPTION.fullmatch(text, source[0], source[1])
            and not any(p.label == "PERSON" and source[0] <= p.start < source[1] for p in entities)
        ):
            # "One of the men, Ezra Quill, 70, had served ... and said": the name the
            # description is given, whatever stands between it and the verb
            return (source[0], e.end)
    return source


_FRONTED_NAME = re.compile(
    r"\s*,\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:(?:also|then|later|has|have|had)\s+)?"
)
"""A comma, a capitalised name of one to three words and the verb it is the subject of."""


def name_after_fronted(
    text: str, source: tuple[int, int], cue_start: int, entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """The person's name standing between a comma and the verb, for a source phrase the
    parse took from before that comma ("As well as new routes to the south, Brannt
    stated that ...": the fronted phrase is no speaker; "The mayor, Ana Ruiz said" with
    the appositive's comma left out names the same person). The name is a person's
    mention, or a surname of a person named before when the recogniser missed it there.
    The phrase otherwise."""
    if source[1] >= cue_start:
        return source
    m = _FRONTED_NAME.fullmatch(text, source[1], cue_start)
    if m is None:
        return source
    a, b = m.span(1)
    for e in entities:
        if e.label != "PERSON":
            continue
        if e.start == a and e.end == b:
            return (a, b)
        named = (e.canonical or e.text).split()
        if e.end <= source[0] and len(named) > 1 and text[a:b] == named[-1]:
            return (a, b)  # "Mannix" after "Otto Mannix" was named in full
    return source


_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+$")


def pronoun_subject(text: str, source: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """A subject pronoun right before the verb ("... 1 case each She added :") is the verb's
    subject, whatever longer phrase a parse of run-together lines took for it."""
    if source[1] >= cue_start:
        return source
    m = _PRONOUN_BEFORE.search(text, max(source[1], cue_start - 8), cue_start)
    if m is None:
        return source
    word = m.group().strip()
    return (m.start(), m.start() + len(word))


def inverted_tail(
    text: str, source: tuple[int, int], cue: str, cue_start: int, entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """A source phrase set after its verb cut at the end of the person it names, when a
    phrase of where or when follows the name ("said Velmar Bank deputy Ana Ruiz in a
    statement": the speaker is the deputy, not "... in a statement"), or at a capitalised
    word such a phrase follows when no person is recognised in it; the phrase as it is
    otherwise (an appositive after the name stays: "said Ana Ruiz , the mayor"). Only after
    a verb: "according to a report published Saturday in The Valley Courier" is a source
    whose place is where it was published."""
    start, end = source
    if start < cue_start or cue_lemma(cue) is None:
        return source
    held = [e for e in entities if e.label == "PERSON" and start <= e.start and e.end < end]
    # the person's name, or a name the recogniser missed, closed by its last capitalised
    # word: no preposition or article between ("Simon Vell from the Dorne Centre in Velmar"
    # is the centre's place, not where he spoke)
    lo = held[-1].start if held else start
    m = _NAME_THEN_WHERE.search(text, lo, end)
    if m is None or _QUALIFYING.search(text, lo, m.start(1)):
        return source
    return (start, m.start(1))


_QUALIFYING = re.compile(r"\b(?:from|of|for|with|by|the|a|an|who|which|that|in|on|at)\b")
"""Words that qualify a name with a body or a place of its own."""
_NAME_THEN_WHERE = re.compile(r"[A-Z][\w.'’-]*(\s+(?:in|on|at|during|after)\s)")
"""A capitalised word, the end of a name, and a preposition opening where or when after
it ("said Velmar Bank deputy Ana Ruiz in a statement", "... on Monday")."""


_POSTED_ON = re.compile(
    r"\s+(?:was\s+)?(?:posted|published|placed|put\s+up)\b[^,.;:!?]{0,40}?\bon\s+"
    r"(?P<owner>(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)\s*['’]\s?s\s+"
    r"(?:official\s+|own\s+)?(?:web\s*site|website|site|home\s*page|page|account|blog|feed)\s*$",
    re.IGNORECASE,
)
"""A writing's participle naming where it was posted: "posted Monday on the firm 's Web
site"; the owner of the page is its group `owner`."""
_POSTED_WRITINGS = frozenset(
    {"message", "statement", "notice", "note", "post", "letter", "announcement", "update"}
)


def site_owner(text: str, source: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """The owner of the page a message was posted on, for a source that is that message
    ("A message posted on the firm 's Web site said ..."): the firm posted it and says
    it; a reader shown "A message" is told nobody. The source otherwise."""
    words = text[source[0] : source[1]].split()
    if not words or words[-1].casefold() not in _POSTED_WRITINGS or len(words) > 3:
        return source
    posted = _POSTED_ON.match(text, source[1], cue_start)
    if posted is None:
        return source
    return (posted.start("owner"), posted.end("owner"))


_ABBREVIATION_STOP = re.compile(r"\b(?:[A-Z]\.){2,}\s+")
"""A dotted abbreviation and the space after it ("U.S. "), where a sentence may end
unseen: the recogniser takes "in the U.S. Brannt also noted" for one sentence."""


def past_abbreviation_stop(
    text: str, source: tuple[int, int], entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """The source phrase cut to the person's name when it runs from the sentence before
    across a dotted abbreviation that ended it ("... a phone in the U.S. Brannt also noted
    that": the speaker is Brannt, not the tail of the last sentence plus his name). Only
    when lower-case words stand before the abbreviation in the phrase (so a title, "U.S.
    Senator Ana Ruiz", is no such run) and a person's name opens right after it and
    closes the phrase; the phrase as it is otherwise."""
    start, end = source
    for m in _ABBREVIATION_STOP.finditer(text, start, end):
        if not any(w[:1].islower() for w in text[start : m.start()].split()):
            continue
        for e in entities:
            if e.label == "PERSON" and e.start == m.end() and e.end == end:
                return (e.start, e.end)
    return source


_TIME_TAIL = re.compile(
    rf"\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|"
    rf"(?:on\s+)?{FULL_WEEKDAY_PATTERN})$"
)
"""A time adverb closing a source phrase before its verb ("... and Ian Brask today
announced"): when the words were said, not part of who said them."""


def without_time_tail(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """The source phrase without a time adverb closing it ("Prime Minister Ana Ruiz and
    industry minister Ian Brask today": both names, which the time word would hide from
    `joined_names`); the phrase as it is when nothing else is left."""
    m = _TIME_TAIL.search(text, source[0], source[1])
    if m is None or m.start() <= source[0]:
        return source
    return (source[0], m.start())
