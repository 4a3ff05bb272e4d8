"""A name the recogniser read in an article and then missed where it is written again
("Teodor Kalb said ... Kalb told reporters", "Voters in Dessany ... Dessany needed
change"): a mention too, typed as the article's other readings of it.

The small model reads an unfamiliar word by its shape and its few neighbours: a surname
opening a sentence before a speech verb, or a country's name as a sentence's subject, is
often no entity to it, though the same article reads the word as a name elsewhere. The
story's count of that person or place then misses most of its mentions, and the quote
stage finds no name under a speaker. The article's own mentions are the evidence:

- the last word of a person's name the recogniser read in full is that person's surname
  wherever it stands alone after that full name (a headline's surname above it is left to
  name resolution, which reads it as the person named just below), unless the article
  reads it alone as a place or a people ("in Washington" beside "George Washington"); a
  surname that is also a common word ("Baker") must be tagged a proper noun there;
- so is the last word of a two- or three-word name of plain capitalised words typed a
  body ("Lukas Feyen" ORG throughout), where the word alone, opening a sentence or after
  a quote, is followed by a speech verb and "he" or "she" ("Feyen said he would", "Feyen
  told reporters she"): a body says "it"; the full name is then read as the person's
  (body_typed_people.py);
- a one-word name the recogniser read alone twice or more with one type, that the
  model's word lists do not know as a common word ("Dessany", not "Will" or "Turnout"), is
  that name wherever it is written, with that type.

- a name of two words or more the recogniser read is that name wherever it is written
  again word for word ("Brannick Engineering" missed once), with the type its readings
  give most often: two capitalised words repeated are no accident of shape. A tie
  between two types copies neither: the copies would decide the name's type.

"Stands alone": no capitalised word inside the sentence joined to it on either side, so
a longer name the recogniser did not read ("Tollend Park") is never cut to one word. The
rule reads the article's own mentions and the model's tags and word lists, never a list
of names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from storyline.analyze.entities.prepare import RawMention
from storyline.analyze.nlp import in_lexicon
from storyline.analyze.word_index import whole_word_starts

__all__ = ["SAID_PRONOUN", "add_missed_names", "opens_clause"]

_NAME_PART = re.compile(r"[A-Z][a-z][a-zA-Z'’-]*")
"""A name's word as written in ordinary case ("Tollend", "McArdle", "O'Neill")."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
"""Types of a lone word that say the article writes it as a place or a people; a surname
typed a body ("Tollend 's party" read as ORG) is the recogniser's common slip, and the
entity passes read it back as the person (mention_labels.relabel_surnames)."""
_LONE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
"""Types of a one-word name written again where the recogniser missed it."""
_LONG_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
"""Types of a name of two words or more written again where the recogniser missed it. A
building's or a site's type is left out: the recogniser gives it to titles of works and
events by their shape ("The Hunger Games" FAC), and copies of it outvoted the work's
right type in the article."""
_JOINING_WORDS = frozenset({"and", "of", "&", "for", "de"})
_LONG_NAME = re.compile(r"[A-Z][\w'’.&-]*(?: (?:of |and |the |de |al-)?[A-Z][\w'’.&-]*)+")
"""Capitalised words, with the small words a name holds between them ("Bank of Tarn")."""
_LONE_READINGS = 2
"""Readings of a one-word name alone with one type for the type to be the article's: a
single reading may be the recogniser's slip ("Bahman", a month's name, typed a body
once), and copied to every other place the word is written it would be read so again."""
_NOUN_TAGS = frozenset({"NNP", "NNPS", "NN"})
"""The tagger's reading of an unfamiliar name (a proper noun, or a noun by its shape)."""
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
"""Two or three capitalised words and nothing else: the shape of a person's name."""
SAID_PRONOUN = re.compile(
    r"\s*,?\s+(?:said|says|told\s+(?:\w+\s+){0,2}?|added|insisted|argued|warned|explained)"
    r"\s*(?:that\s+)?(?:he|she)\b"
)
"""A speech verb and a person's pronoun after a name ("said he", "told reporters she"):
what is said of a person, never of a body."""
_PARTS = ("noun", "verb", "adj", "adv")


def add_missed_names(text: str, doc: Any, raw: Sequence[RawMention]) -> list[RawMention]:
    """`raw` and a mention for each place the recogniser left out where a longer name it
    read is written again, and for each token it left out that is the surname of a person
    it read in full, or a one-word name it read alone and no common word, standing alone
    (module docstring)."""
    introduced: dict[str, int] = {}  # each surname, where its full name is first read
    places: set[str] = set()
    lone: dict[str, Counter[str]] = {}
    covered: set[int] = set()
    for e in doc.ents:
        covered.update(range(e.start, e.end))
        if e.label_ == "PERSON" and len(e) > 1 and _NAME_PART.fullmatch(e[-1].text):
            introduced.setdefault(e[-1].text, e.start_char)
        elif len(e) == 1 and e.label_ in _LONE_LABELS and _NAME_PART.fullmatch(e[0].text):
            lone.setdefault(e[0].text, Counter())[e.label_] += 1
            if e.label_ in _PLACE_LABELS:
                places.add(e[0].text)
    for word, at in _body_typed_surnames(text, doc).items():
        introduced.setdefault(word, at)
    surnames = set(introduced) - places
    names = {
        word: label
        for word, counts in lone.items()
        if (label := _clear_type(counts, _LONE_READINGS)) is not None
        and word not in surnames
        and not _common_word(word)
    }
    added = _missed_long_names(text, doc, covered)
    for t in doc:
        if t.i in covered or t.tag_ not in _NOUN_TAGS:
            continue
        if t.text in surnames:
            if t.idx < introduced[t.text]:
                continue  # a headline's surname above the full name: left to resolution
            if _common_word(t.text) and t.tag_ not in _PROPER_TAGS:
                continue
            label = "PERSON"
        elif t.text in names:
            label = names[t.text]
        else:
            continue
        if _capitalised_name(doc, t.i - 1) or _capitalised_name(doc, t.i + 1):
            continue
        added.append(RawMention(t.idx, t.idx + len(t.text), label))
    if not added:
        return list(raw)
    return sorted([*raw, *added], key=lambda m: (m.start, m.end))


def _missed_long_names(text: str, doc: Any, covered: set[int]) -> list[RawMention]:
    """A mention for each place a name of two words or more the recogniser read is written
    again, word for word, where it read nothing ("Brannick Engineering" typed a body once,
    missed once), standing alone, with the type its readings give most often."""
    readings: dict[str, Counter[str]] = {}
    for e in doc.ents:
        if len(e) > 1 and _LONG_NAME.fullmatch(e.text):
            readings.setdefault(e.text, Counter())[e.label_] += 1
    found = []
    for name, counts in readings.items():
        # every reading counts toward the tie ("Mo Cheeks" once FAC, once GPE: no copy)
        label = _clear_type(counts, 1)
        if label not in _LONG_LABELS:
            continue
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            if (
                span is not None
                and not any(t.i in covered for t in span)
                and not _capitalised_name(doc, span.start - 1)
                and not _capitalised_name(doc, span.end)
                and not _joined_before(doc, span.start)
            ):
                found.append(RawMention(at, at + len(name), label))
                covered.update(range(span.start, span.end))
            at = text.find(name, at + len(name))
    return found


def _clear_type(counts: Counter[str], least: int) -> str | None:
    """The type read most often, at least `least` times and more often than any other; None
    on a tie ("Mo Cheeks" read once a person, once a place: a copy would decide it)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _joined_before(doc: Any, i: int) -> bool:
    """Whether token `i` follows a joining word after a capitalised word ("Fish and" before
    "Wildlife Service"): the name read is the end of a longer one written there."""
    return (
        i >= 2
        and doc[i - 1].text in _JOINING_WORDS
        and doc[i - 2].text[:1].isupper()
        and doc[i - 2].text[:1].isalpha()
    )


def _body_typed_surnames(text: str, doc: Any) -> dict[str, int]:
    """The last words of plain two- or three-word names typed a body whose last word is
    written alone, somewhere in `text`, before a speech verb and "he" or "she", each with
    where the full name is first read."""
    found: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ != "ORG" or not _PLAIN_NAME.fullmatch(e.text):
            continue
        last = e[-1].text
        if last in found or _common_word(last):
            continue
        if any(
            SAID_PRONOUN.match(text, at + len(last)) and opens_clause(text, at)
            for at in whole_word_starts(text, last)
        ):
            found[last] = e.start_char
    return found


_CLAUSE_OPENING = re.compile(r"(?:\A|[\n.!?]|''|”|\")\s*\Z")
"""A sentence's or a line's start, or a closing quote mark ("'' Feyen said he"): where a
name before a speech verb is its subject, not the end of a phrase describing another."""


def opens_clause(text: str, start: int) -> bool:
    """Whether the name at `start` opens a sentence or a line or follows a closing quote."""
    return _CLAUSE_OPENING.search(text, max(0, start - 6), start) is not None


def _common_word(word: str) -> bool:
    """Whether the model's word lists know `word` in lower case as a common word."""
    return any(in_lexicon(word.lower(), part) for part in _PARTS)


_SENTENCE_END = frozenset({".", "!", "?", "``", '"', "“", "‘", "-", "--", "—", ":"})
"""Tokens after which a capitalised word opens a sentence or a quote: no name's word."""


def _capitalised_name(doc: Any, i: int) -> bool:
    """Whether token `i` of `doc` is a capitalised word tagged a proper noun inside a
    sentence (after no full stop, quote mark or dash): the name would be a word of a
    longer name the recogniser did not read."""
    if i < 0 or i >= len(doc):
        return False
    t = doc[i]
    if t.tag_ not in _PROPER_TAGS or not t.text[:1].isupper():
        return False
    return i > 0 and doc[i - 1].text not in _SENTENCE_END and "\n" not in doc[i - 1].whitespace_
