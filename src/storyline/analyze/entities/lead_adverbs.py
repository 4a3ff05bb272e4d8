"""A sentence adverb or interjection opening a sentence, run by the recogniser into the
name after it ("Luckily Edgar recovered", "Meanwhile Harlow Group fell"): no part of the
name.

The tagger, not a word list, says which word it is: a capitalised first word of a
sentence that it tags an adverb (RB) or an interjection (UH) while the words after it are
proper nouns stands apart from the name. An adjective ("Sunny Hostin", tagged JJ) or a
proper noun ("Will Smith") is left alone: given names are often such words, never adverbs
in -ly or interjections. The stage cuts the span before any other repair reads it.

A participle in -ing or a preposition opening a sentence is run into a name the same way
("Echoing Dorvan 's argument, he said", "`` In the Tarn Basin , the ice ..."): the
tagger's VBG or IN, with "the" after a preposition, is cut. The name left takes the label
the recogniser gives most often to the same words elsewhere in the article, since the
run-on word is what misled it ("Echoing Dorvan" read as a person); a "work" or "event"
so cut that the article never names again is dropped, its type came from the run-on
words ("In the Tarn Basin" read as a title). A hyphenated name
("In-Q-Vell") is one word to this rule: only a word followed by a space is cut.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from storyline.analyze.entities.context import at_sentence_start
from storyline.analyze.entities.opening_verbs import written_lower
from storyline.analyze.entities.prepare import RawMention

__all__ = ["LEAD_TAGS", "raw_mentions"]

LEAD_TAGS = frozenset({"RB", "UH"})
"""Penn tags of a sentence's opening word that never starts a name: adverbs, interjections."""
_RUN_ON_TAGS = frozenset({"VBG", "IN"})
"""Penn tags of an opening participle or preposition, cut and then retyped."""
_PHRASE_ENDS = re.compile(r"\s*(?:,|'s?\b|\u2019s?\b)")
"""What follows the name when an opening participle took it as its object: the phrase's
comma before the main clause, or a possessive ("Echoing Dorvan 's line , he said", the
recogniser's span often taking the "'s" in). A name
that opens with an -ing word and is the sentence's subject runs on into its verb."""
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_CUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_RUN_ON_LABELS = _CUT_LABELS | {"WORK_OF_ART", "EVENT", "PRODUCT"}


def raw_mentions(text: str, doc: Any) -> list[RawMention]:
    """The recogniser's mentions of `doc` (over `text`), each cut after an opening adverb,
    interjection, participle or preposition it ran into a name."""
    labels: dict[str, Counter[str]] = {}
    for e in doc.ents:
        labels.setdefault(text[e.start_char : e.end_char], Counter())[e.label_] += 1
    out = []
    for e in doc.ents:
        start, label = e.start_char, e.label_
        if (
            e.label_ in _CUT_LABELS
            and len(e) >= 2
            and e[0].tag_ in LEAD_TAGS
            and e[0].text[:1].isupper()
            and e[1].tag_ in _NAME_TAGS
            and e[1].text[:1].isupper()
            and at_sentence_start(text, start)
        ):
            start = e[1].idx
        elif (cut := _run_on_cut(text, e)) is not None:
            start = e[cut].idx
            rest = text[start : e.end_char]
            if rest in labels:
                label = labels[rest].most_common(1)[0][0]
            elif label not in _CUT_LABELS:
                continue
        out.append(RawMention(start, e.end_char, label))
    return out


def _run_on_cut(text: str, e: Any) -> int | None:
    """The index of the name's first token in `e` after an opening participle in -ing or a
    preposition (and "the" after it), or None when `e` opens with no such word."""
    if e.label_ not in _RUN_ON_LABELS or len(e) < 2 or not at_sentence_start(text, e.start_char):
        return None
    first = e[0]
    after = first.idx + len(first.text)
    if first.tag_ not in _RUN_ON_TAGS or not first.text.istitle() or not first.text.isalpha():
        return None
    if not text[after : after + 1].isspace():
        return None
    if first.tag_ == "VBG" and not first.text.endswith("ing"):
        return None
    if first.tag_ == "VBG" and e[-1].tag_ != "POS" and not _PHRASE_ENDS.match(text, e.end_char):
        return None  # the name is the clause's subject ("Rising Star Mining said")
    if first.tag_ == "IN" and not written_lower(text, first.text.lower()):
        return None  # the tagger's IN on a given name opening a headline ("Barvick")
    cut = 1
    if first.tag_ == "IN" and e[cut].text.lower() == "the" and len(e) > 2:
        cut += 1
    if e[cut].tag_ not in _NAME_TAGS or not e[cut].text[:1].isupper():
        return None
    return cut
