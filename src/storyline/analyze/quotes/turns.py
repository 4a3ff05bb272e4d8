"""Where the parse's subject of a verb is not who said the words: a transcript turn's label
read as the subject of a verb later in the turn, and a name in an earlier highlight read as
the subject of a verb whose own subject is the noun right before it.

Kept apart from the quote stage, which only asks these questions of each attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.appositive_names import name_before_appositive
from storyline.analyze.quotes.attribution import Attribution
from storyline.analyze.quotes.cues import LISTENER_FIRST, cue_lemma
from storyline.model import EntityMention, Span
from storyline.text.speaker_labels import turn_labels

__all__ = [
    "across_quote",
    "appositive_before",
    "appositive_head",
    "entity_starts",
    "inverted_subject",
    "label_name",
    "person_named",
    "person_places",
    "turn_end",
    "turn_label_end",
    "unread_subject",
    "words_between",
]


_LABEL_COLON = re.compile(r"\s*:\s")


def turn_label_end(text: str, source: tuple[int, int], a: Attribution) -> int | None:
    """Where a transcript turn's label ends, when the parse took the label ("HOST :") for
    the subject of a verb later in the turn; None when the source is no such label."""
    if a.cue in (":", "according to") or a.cue_start <= source[1]:
        return None
    colon = _LABEL_COLON.match(text, source[1])
    if colon is None or colon.end() > a.cue_start:
        return None
    label = text[source[0] : source[1]].strip()
    if not (label.isupper() and any(c.isalpha() for c in label)) and not _line_label(
        text, source[0], label
    ):
        return None
    return colon.end()


def _line_label(text: str, start: int, label: str) -> bool:
    """A one-word heading opening its line before a colon ("Correction : An earlier
    version of this article said ..."): a label of the note, not the verb's subject."""
    return (
        label.isalpha()
        and label.istitle()
        and not text[text.rfind("\n", 0, start) + 1 : start].strip()
    )


_MAX_SUBJECT_WORDS = 12


def words_between(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words between a turn's label and its verb, as the verb's subject when no name
    stands there ("HOST : The governor 's aide says ..."); None when too long to be one."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,"))
    words = piece.strip(" ,")
    if not words or len(words.split()) > _MAX_SUBJECT_WORDS:
        return None
    return start + lead, start + lead + len(words)


_CLOSING_MARK = re.compile(r"''|”|\"")


def across_quote(doc: Any, text: str, source: tuple[int, int], cue_start: int) -> bool:
    """Whether the parse's subject stands before another clause's quoted words and a word
    of that clause stands right before the verb ("Novak urges generals to `` go '' NEW :
    Markets shut Peru 's ambassador says ..."): run-together highlights, where the verb's
    own subject is the words before it, not a name in the previous item."""
    between = text[source[1] : cue_start]
    return _CLOSING_MARK.search(between) is not None and unread_subject(doc, cue_start)


def unread_subject(doc: Any, cue_start: int) -> bool:
    """Whether a noun stands right before the cue ("... the ambassador says"): the verb has
    a subject of its own the parse could not read (run-together highlights, a headline),
    so the quote is not handed on to whoever spoke last."""
    i = bisect_left(_token_starts(doc), cue_start) - 1
    if i < 0:
        return False
    token = doc[i]
    if token.ent_type_ in {"DATE", "TIME"}:
        return False  # "Smith , who called it `` a farce '' , on Tuesday said": a time
    return bool(token.idx + len(token.text) <= cue_start and token.tag_.startswith("NN"))


def _token_starts(doc: Any) -> list[int]:
    starts: list[int] | None = doc.user_data.get("storyline_token_starts")
    if starts is None:
        starts = [t.idx for t in doc]
        doc.user_data["storyline_token_starts"] = starts
    return starts


_APPOSITIVE_OPEN = re.compile(r"\s*,\s")
_MAX_APPOSITIVE_CHARS = 160
_BREAK = re.compile(r"[;:!?\"“”'`]|\.\s+[A-Z]")
"""A sentence's end or quoted words ("D.C. conservation group" is neither)."""


def appositive_head(
    text: str,
    source: tuple[int, int],
    entities: Sequence[EntityMention],
    verbs: Sequence[int],
    starts: Sequence[int] | None = None,
    person_at: Sequence[int] | None = None,
) -> tuple[int, int] | None:
    """The person an unclosed appositive hangs on, when the parse took the name ending it for
    the subject ("Jo Reyes , science director for the conservation group Seawatch told
    the paper"): Reyes is the director and speaks; the group is whose director. None when
    the source is no such name. `starts` (each mention's start) and `person_at` (where
    the PERSON mentions stand in `entities`), when given, are the article's, built once
    (`entity_starts`, `person_places`): each source asks."""
    starts = [e.start for e in entities] if starts is None else starts
    person_at = person_places(entities) if person_at is None else person_at
    i = bisect_left(starts, source[0]) - 1
    while i >= 0 and entities[i].end > source[0]:
        i -= 1
    last = bisect_right(person_at, i) - 1
    if last < 0:
        return None
    person = entities[person_at[last]]
    between = text[person.end : source[0]]
    if len(between) > _MAX_APPOSITIVE_CHARS or not _APPOSITIVE_OPEN.match(between):
        return None
    if _BREAK.search(between) or not between.rstrip()[-1:].isalpha():
        return None  # a sentence or a quote between, or a comma closing the appositive
    words = re.findall(r"[a-z][a-z-]*", between)
    if not any(w in ROLE_HEADS for w in words):
        return None
    lo = bisect_left(verbs, person.end)
    if lo < len(verbs) and verbs[lo] < source[0]:
        return None  # a verb between: the name is no part of the person's appositive
    return person.start, person.end


def entity_starts(entities: Sequence[EntityMention]) -> list[int]:
    """Each mention's start, in the order of `entities` (the article's: by start, as the
    entity stage writes them), for the look-ups above."""
    return [e.start for e in entities]


def person_places(entities: Sequence[EntityMention]) -> list[int]:
    """Where the PERSON mentions stand in `entities`, in order."""
    return [i for i, e in enumerate(entities) if e.label == "PERSON"]


def person_named(
    entities: Sequence[EntityMention], span: tuple[int, int] | None, doc: Any, cue_start: int
) -> tuple[int, int] | None:
    """`span` (the subject found for an attribution that states nothing, where the parse
    found none) when a PERSON mention of `entities` starts there and the cue is a verb its
    subject does ("Hale, the treasurer, hesitated to repeat his criticism"), else None: an
    adjective or a place opening the sentence ("Saudi officials deny ...") wants, knows or
    did nothing, and the person a participle or a noun is said of ("Hale, known for his
    humour", "allegations that he lied") is who was known or accused."""
    if span is None or not any(e.start == span[0] and e.label == "PERSON" for e in entities):
        return None
    i = bisect_left(_token_starts(doc), cue_start)
    if i >= len(doc) or doc[i].tag_ not in _DOING_TAGS:
        return None
    return span


_DOING_TAGS = frozenset({"VB", "VBD", "VBG", "VBP", "VBZ"})
"""A verb in any form but the past participle, which is said of its subject as often as done."""


_SET_OFF_BEFORE = re.compile(r",\s*$")
_SET_OFF_AFTER = re.compile(r"\s*,\s*")
_NAMING = frozenset({"PERSON", "ORG"})


def appositive_before(
    text: str,
    cue_start: int,
    entities: Sequence[EntityMention],
    starts: Sequence[int] | None = None,
) -> tuple[int, int] | None:
    """A name set off by commas right before a verb the parse gave no subject ("The head of
    the agency's flu team , Ana Ruiz , said ..."): the name is the subject. None when no
    such name stands there. `starts`: each mention's start, when built once for the article."""
    starts = [e.start for e in entities] if starts is None else starts
    i = bisect_left(starts, cue_start) - 1
    if i < 0:
        return None
    e = entities[i]
    if e.label not in _NAMING or not _SET_OFF_AFTER.fullmatch(text, e.end, cue_start):
        # "Ana Ruiz, the club's president, said": a description between name and verb;
        # "“...,” Tove Brekke, a top adviser, said": a described name after the quote
        return name_before_appositive(text, cue_start, entities, starts) or _name_after_quote(
            text, cue_start, entities, i
        )
    if not _SET_OFF_BEFORE.search(text, max(0, e.start - 4), e.start):
        return None
    return e.start, e.end


_QUOTE_CLOSED = re.compile(r"(?:''|[\"”’])\s*,?\s*$")
_DESCRIBED = re.compile(r"\s*,[^\"“”‘’'.;:!?()\n]{2,120},\s*")
"""A description set off by commas between a name and its verb (", a top adviser,")."""


def _name_after_quote(
    text: str, cue_start: int, entities: Sequence[EntityMention], last: int
) -> tuple[int, int] | None:
    """A person named right after the quoted words and set off by a description before
    the verb ("“...,” Tove Brekke, a top outside adviser, said"): the speaker, when the
    parse found no subject (the description may itself hold a name, "a Dahl adviser")."""
    for e in reversed(entities[max(0, last - 3) : last + 1]):
        if (
            e.label == "PERSON"
            and _QUOTE_CLOSED.search(text, max(0, e.start - 6), e.start)
            and _DESCRIBED.fullmatch(text, e.end, cue_start)
        ):
            return e.start, e.end
    return None


_CLOSED_BEFORE = re.compile(r"(?:''|[\"”’'])\s*$")


def inverted_subject(
    text: str,
    source: tuple[int, int],
    a: Attribution,
    entities: Sequence[EntityMention],
    starts: Sequence[int] | None = None,
) -> tuple[int, int] | None:
    """The name right after a verb that follows the closing quotation mark (", '' remarked
    Tom Baird at his blog"): the subject of an inverted attribution, whatever noun before
    the quote the parse took for it. None when the source already follows the verb or no
    name stands right after it. `starts`: each mention's start, when built once."""
    if source[0] >= a.cue_end or not _CLOSED_BEFORE.search(
        text, max(0, a.cue_start - 6), a.cue_start
    ):
        return None
    if a.cue.lower().endswith("ing") or cue_lemma(a.cue.lower()) in LISTENER_FIRST:
        # "“...,” telling Channel 9 that ...": a participle is never inverted, and the one
        # after "told" heard the words; the parse's subject before the quote speaks
        return None
    starts = [e.start for e in entities] if starts is None else starts
    i = bisect_left(starts, a.cue_end)
    if i >= len(entities):
        return None
    e = entities[i]
    if e.label not in _NAMING or text[a.cue_end : e.start].strip():
        return None
    return e.start, e.end


def label_name(text: str, start: int, end: int) -> Span | None:
    """The full name a transcript gives the speaker of an upper-case turn label ("VELL :"
    after "ANA VELL , AMBASSADOR :"), written as the page writes it in ordinary case
    where it does ("Ana Vell" in the introduction). A label is who speaks the turn, so a
    reader should see the whole name the page gives, not the surname a transcript shortens
    it to. A surname the page writes in capitals only is shown by its longest label, titles
    before the name left out ("U.S. PRESIDENT ANA VELL" -> "ANA VELL"). None when the label
    is not in capitals, or is a name of its own the page writes in no longer form, or is a
    surname the page writes after a first name in ordinary case where no label gives it
    (the label is then read as any other source, and the tagger's name is taken)."""
    label = " ".join(text[start:end].split())
    words = label.split()
    if not words or not label.isupper() or not any(c.isalpha() for c in label):
        return None
    longer = [
        n
        for n in sorted(_page_labels(text))
        if n.split()[-1] == words[-1] and set(words) <= set(n.split())
    ]
    if any(
        not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
        for a in longer
        for b in longer
    ):
        # "ANA VELL , HOST" and "TOM VELL , SENATOR" then "VELL :": two people share the
        # surname and the label names neither of them ("PROF. ANA VELL" is still one)
        return None
    full = max(longer, key=lambda n: len(n.split()), default=label)
    for i in range(len(full.split()) - 1):
        # "PROF. ANA VELL": the page may write the name without the title ("Ana Vell")
        written = _written_in_case(text, " ".join(full.split()[i:]))
        if written is not None:
            return written
    if len(words) > 1 or full == label or _named_in_case(text, words[-1]):
        return None
    name = full.split()
    while len(name) > 2 and (name[0].endswith(".") or name[0].casefold() in ROLE_HEADS):
        name = name[1:]
    shown = " ".join(name)
    at = text.find(shown)
    return Span(at, at + len(shown), shown) if at >= 0 else None


def _named_in_case(text: str, surname: str) -> bool:
    """Whether the page writes the surname in ordinary case after a capitalised word ("Ana
    Vell"): it names the person in prose, which the tagger reads better than a label."""
    written = surname[:1] + surname[1:].lower()
    return re.search(r"\b[A-Z][\w.'’-]*\s+" + re.escape(written) + r"\b", text) is not None


@lru_cache(maxsize=4)
def _page_labels(text: str) -> frozenset[str]:
    """The names heading the page's turns (`text.speaker_labels.turn_labels`), read once per
    page: every label of a transcript asks."""
    return frozenset(turn_labels(text))


@lru_cache(maxsize=4)
def _names_in_case(text: str) -> dict[str, Span | None]:
    """The answers of `_written_in_case` for one page, each name searched for once (the
    last few pages kept): every turn its label heads asks again."""
    return {}


def _written_in_case(text: str, name: str) -> Span | None:
    """Where the page writes a name of two words or more in ordinary case ("Ana Vell"
    for "ANA VELL"), its first such place; None when it writes it in capitals only."""
    known = _names_in_case(text)
    if name not in known:
        known[name] = _first_in_case(text, name)
    return known[name]


def _first_in_case(text: str, name: str) -> Span | None:
    words = name.split()
    if len(words) < 2:
        return None
    pattern = r"(?<![\w'’-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if not m.group().isupper():
            return Span(m.start(), m.end(), m.group())
    return None


_MIN_CUT_WORDS = 2
_TRAILING = re.compile(r"[\s\-—–]+$")


def turn_end(text: str, turns: Sequence[int], start: int, end: int) -> int:
    """Where words found from `start` to `end` end inside their transcript turn: before the
    next turn's label when they run across it ("I think it was when we talked -- RUIZ :
    That could be why"), the dash that cut the speaker off left out. The next label's words
    are the next speaker's; `end` when no turn starts inside, `start` (no words) when fewer
    than `_MIN_CUT_WORDS` words stand before the label."""
    i = bisect_left(turns, start + 1)
    if i >= len(turns) or turns[i] >= end:
        return end
    cut = _TRAILING.search(text, start, turns[i])
    end = cut.start() if cut is not None else turns[i]
    # "How - ROWE : ...": one word before the next speaker cut in says nothing
    return end if len(text[start:end].split()) >= _MIN_CUT_WORDS else start
