"""A common word opening a sentence that the recogniser read as a name ("Turnout was 61
percent", "Attendance was low" typed a person): no entity, where the model's own tagger,
its word lists and the text agree that it is a common word.

The recogniser types a capitalised word at a sentence's start by its shape, while the
tagger of the same model, reading the word in its sentence, tags it a common noun, a verb
or an adjective. The word lists must know the word in lower case, and the article decides
the rest: a word it capitalises inside a sentence, or writes inside a longer name, is a
name, and one a speech verb or a possessive follows ("Turnout said", "Baker's") is a
person's. The tagger gives a capitalised common word
at a sentence's start a proper noun's tag now and then ("Turnout was the highest" NNP),
and the word lists hold famous people's names as nouns ("Gorbachev"); for a word typed a
person and tagged so, the tagger reads its clause again with the word in lower case: a
common word then comes out a common noun or an adjective ("turnout" NN), a name still a
proper noun ("gorbachev", "john"). A word typed a body keeps the first tag alone: a
company is written by a common word more often than a person ("Shell was fined").
A word the tagger reads as a gerund before "to" and a verb ("Failing to inspect the
pumps", a findings list's line, run into the line before it with no full stop)
is no name wherever it stands: a name is no verb taking an infinitive.
The rule reads the model's tags and word lists, never a list
of names or words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from storyline.analyze.entities.context import at_sentence_start
from storyline.analyze.entities.prepare import RawMention
from storyline.analyze.nlp import annotate, in_lexicon
from storyline.analyze.word_index import whole_word_starts

__all__ = ["drop_opening_common_words"]

_COMMON_TAGS = {
    "NN": ("noun",),
    "NNS": ("noun",),
    "VB": ("verb", "noun"),
    "VBP": ("verb", "noun"),
    "JJ": ("adj",),
}
"""Penn tags of a common word, each with the parts of speech the model's word lists must
know the word as ("Turnout" tagged VB before "at": the noun "turnout" is listed)."""
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_CLAUSE_END = re.compile(r"[\n.;!?]")
_CLAUSE_CHARS = 160
_LABELS = frozenset({"PERSON", "ORG"})
"""Types the recogniser gives a capitalised common word by its shape; a place's or a
people's reading is left to the passes that read those."""
_PERSON_AFTER = re.compile(
    r"\s*(?:['’]\s*s\b|,?\s+(?:said|says|told|tells|added|asked|wrote|argued|insisted|"
    r"explained|replied|warned|noted|who|whose)\b)"
)
"""What follows a person's name and no common noun's: a possessive or a speech verb."""


_DATELINE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*[A-Z][A-Z.'’ -]*[A-Z.][ \t]+[-–—]+[ \t]*\Z")
"""A dateline's place in capitals and its dash at a line's start ("HAVERSTRAND - "): the
word after it opens the report's first sentence."""


def _opens(text: str, start: int) -> bool:
    """Whether `start` opens a sentence, a line, or the first sentence after a dateline."""
    return at_sentence_start(text, start) or bool(
        _DATELINE_BEFORE.search(text, max(0, start - 60), start)
    )


def _tag_in_lower_case(text: str, start: int, end: int) -> str:
    """The tagger's tag for the word at `start`..`end` written in lower case, read in its
    clause (up to the next full stop or line break)."""
    stop = _CLAUSE_END.search(text, end, end + _CLAUSE_CHARS)
    clause = text[start:end].lower() + text[end : stop.start() if stop else end + _CLAUSE_CHARS]
    doc = annotate(clause)
    return str(doc[0].tag_) if len(doc) else ""


def drop_opening_common_words(text: str, doc: Any, raw: Sequence[RawMention]) -> list[RawMention]:
    """`raw` without the one-word mentions typed a person or a body that are a gerund
    before an infinitive, or that open a sentence,
    that the tagger tags a common word the model's word lists know (for a person, also
    when read again in lower case), that the article never capitalises inside a sentence
    nor writes in a longer name, and that no speech verb or possessive follows."""
    common: set[tuple[int, int]] = set()
    in_names = {t.text for e in doc.ents if len(e) > 1 for t in e}
    for e in doc.ents:
        if e.label_ not in _LABELS or len(e) != 1 or e[0].text in in_names:
            continue
        token = e[0]
        word, tag = token.text, token.tag_
        if _gerund_before_infinitive(doc, token.i):
            common.add((e.start_char, e.end_char))
            continue
        if tag not in _COMMON_TAGS and not (e.label_ == "PERSON" and tag in _NAME_TAGS):
            continue
        if not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        if not _opens(text, e.start_char) or _PERSON_AFTER.match(text, e.end_char):
            continue
        if not all(_opens(text, at) for at in whole_word_starts(text, word)):
            continue  # "the Turnout Trust" somewhere: the word is a name's there
        if tag in _NAME_TAGS:  # read again last: it runs the tagger
            tag = _tag_in_lower_case(text, e.start_char, e.end_char)
        parts = _COMMON_TAGS.get(tag)
        if parts is None or not any(in_lexicon(word.lower(), part) for part in parts):
            continue
        common.add((e.start_char, e.end_char))
    if not common:
        return list(raw)
    return [m for m in raw if (m.start, m.end) not in common]


def _gerund_before_infinitive(doc: Any, i: int) -> bool:
    """Whether token `i` is a word in "-ing" the tagger tags a gerund (VBG), followed by
    "to" and a verb in its base form (VB): "Failing to inspect"."""
    if i + 2 >= len(doc):
        return False
    word, to, verb = doc[i], doc[i + 1], doc[i + 2]
    tags = (str(word.tag_), str(to.tag_), str(verb.tag_))
    return tags == ("VBG", "TO", "VB") and str(word.text).endswith("ing")
