"""Where a source's noun phrase begins and ends around its head, in the parse.

Apart from the subject and relative readers (phrases.py) because every attribution
reader asks it of whatever head it found: the phrase keeps the head's own modifiers
and complements, a name set beside a common noun, a rank's holder, a document's
author, and stops at clauses, breaks and a time the verb was said at.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.entities.context import PERSON_HONORIFIC
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.speaking_nouns import BODY_NOUNS
from storyline.analyze.title_abbreviations import TITLE_ABBREVIATIONS

__all__ = ["PHRASE_BREAKS", "noun_phrase"]

_CUT_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "punct", "cc", "conj", "parataxis"})

PHRASE_BREAKS = frozenset({",", ";", ":", "“", "”", '"', "‘", "’", "—", "–", "(", ")"})
"""Tokens no source phrase runs across: a comma, a colon, a quotation mark, a dash, a bracket."""

_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})


def _possessive_mark(doc: Any, i: int, left: int) -> bool:
    """Whether the curly mark doc[i] is the apostrophe of a possessive in -s ("Rivas’
    campaign email", "the voters’ anger"), which the tagger reads as a closing quotation
    mark: it touches a word ending in s, a space follows, and no single opening mark
    stands before it in the phrase. The possessor is part of the phrase; cut there, the
    source lost its owner ("campaign email to his supporters")."""
    mark = doc[i]
    if mark.text != "’" or i == 0 or not mark.whitespace_:
        return False
    owner = doc[i - 1]
    if owner.idx + len(owner.text) != mark.idx or not owner.text.endswith(("s", "S")):
        return False
    return not any(doc[k].text == "‘" for k in range(left, i))


def noun_phrase(head: Any) -> tuple[Any, Any]:
    """The head's own phrase: its left modifiers and "of"/"for" complements, no clauses;
    a common noun keeps a name set beside it ("Its director, Samuel Reyes,")."""
    left = head.i
    for child in head.lefts:
        if child.dep_ not in _CUT_DEPS:
            left = min(left, child.left_edge.i)
    for i in range(head.i - 1, left - 1, -1):
        if head.doc[i].text in PHRASE_BREAKS and not _possessive_mark(head.doc, i, left):
            left = i + 1
            break
    if left > 0 and head.doc[left - 1].lower_ in _BE_FORMS:
        # "The clinics were short-staffed and injured villagers said": the parse hangs the
        # copula's complement on the subject after "and"; the subject starts after it
        joins = [i for i in range(left, head.i) if head.doc[i].dep_ == "cc"]
        if joins:
            left = joins[-1] + 1
    right = head.i
    for child in head.rights:
        if _time_adjunct(child):
            break  # "said the 29-year-old on the eve of the final": when, not who
        if child.dep_ in {"prep", "compound", "nummod", "poss"} and not any(
            t.text in ",;" for t in child.subtree
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    if right == head.i:
        right = _past_title_stop(head)
    if head.tag_ in {"NN", "NNS"}:
        names = [c for c in head.rights if c.dep_ == "appos" and c.tag_.startswith("NNP")]
        if names:
            right = max(right, names[0].i)
        author = _led_by(head)
        if author is not None and right == head.i:
            right = author
    return head.doc[left], head.doc[right]


_TIME_NOUNS = vocab(
    "eve day days morning afternoon evening night weekend week month year anniversary "
    "occasion sidelines"
)
_TIME_PREPOSITIONS = vocab("on at during before after ahead")
"""Nouns of a time or an occasion: a phrase "on the eve of", "on Monday" after a source
is when it spoke, which the parse may hang on the source noun."""


def _time_adjunct(child: Any) -> bool:
    """Whether `child` is a preposition whose object is a time ("on the eve of ...", "on
    Monday", "at the weekend"): the verb's adjunct, not part of who speaks."""
    if child.dep_ != "prep" or child.lower_ not in _TIME_PREPOSITIONS:
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in {"DATE", "TIME"} or o.lower_ in _TIME_NOUNS for o in objects)


def _past_title_stop(head: Any) -> int:
    """The end of the name a title's abbreviation stands before ("said Capt. Marty Quenby"):
    the abbreviation is one token with its full stop (`spaced_forms`), but the parse may
    still end a sentence after it, leaving the title alone as the subject; its holder is
    the run of proper nouns right after it. So does the number after a name's "No", whose
    stop the tokenizer splits ("Juror No. 12"). Any other head ends where it stands."""
    doc = head.doc
    i = head.i + 1
    if head.text == "No" and i + 1 < len(doc) and doc[i].text == "." and doc[i + 1].like_num:
        return int(i + 1)  # "Juror No. 12": the number is the name's own
    if not head.text.endswith(".") or i >= len(doc) or doc[i].tag_ != "NNP":
        return int(head.i)
    title = head.text[:-1].rstrip()
    if title not in TITLE_ABBREVIATIONS and not PERSON_HONORIFIC.match(f"{title} {doc[i].text}"):
        return int(head.i)
    while i + 1 < len(doc) and doc[i + 1].tag_ == "NNP":
        i += 1
    return int(i)


def _led_by(head: Any) -> int | None:
    """The end of the name a document is by ("a study led by Nora Vance", "a report written
    by Ana Ruiz", "figures released by the transport board"): the description shown for it
    then names who did the work, a body named by its common noun as well."""
    for verb in head.rights:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i != head.i + 1:
            continue
        for agent in verb.children:
            if agent.dep_ != "agent":
                continue
            names = [
                o
                for o in agent.children
                if o.dep_ == "pobj" and (o.tag_ == "NNP" or o.lower_ in BODY_NOUNS)
            ]
            if names:
                return int(names[0].i)
    return None
