"""'According to X' as a source: the phrase's object, not a date or a place, with the
outlet it was published in read out of its noun ("according to a report in the Kessa
Herald"), and no clause opened before it.

Split from nominal.py (past 500 lines), whose other cues are speech nouns and stances.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.nlp import lemma
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.nominal import IN_SOURCE_NOUNS
from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.phrases import char_span, trimmed
from storyline.analyze.quotes.record import Attribution
from storyline.analyze.time.lexicon import MONTHS, WEEKDAYS

__all__ = ["according_to"]


def according_to(tok: Any, base: int) -> Attribution | None:
    to = tok.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"] or _misparsed_object(to)
    source = _published_in(objects[0], noun_phrase(objects[0])) if objects else None
    source = source or _modifier_read_as_verb(to)
    doc = tok.doc
    phrase_end = max(to.right_edge.i, source[1].i if source else to.i)
    # the content is the rest of the sentence, on whichever side of the phrase has more of it
    before = (0, tok.i - 1)
    after = (phrase_end + 1, len(doc) - 1)
    side = after if after[1] - after[0] > before[1] - before[0] else before
    if after[1] >= after[0] and _opens_clause_before(doc, tok.i):
        side = after  # "... because, according to one engineer, `` ... ''": X says what follows
    content = trimmed(doc, side[0], side[1]) if side[1] >= side[0] else None
    if content is None:
        return None
    return Attribution(
        tok.idx + base,
        to.idx + len(to.text) + base,
        "according to",
        char_span(source, base) if source else None,
        char_span(content, base),
    )


_NO_PUBLISHER = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})
"""What the recogniser calls a name that says when or where a document came out, not who
put it out ("a report published in March", "a study in Velmar")."""


def _when_or_where(name: Any) -> bool:
    """Whether a name after "in" is a month or a day ("published in March") or one the
    recogniser typed a time or a place: when or where, not who."""
    word = name.lower_.rstrip(".")
    return word in MONTHS or word in WEEKDAYS or name.ent_type_ in _NO_PUBLISHER


def _published_in(noun: Any, phrase: tuple[Any, Any]) -> tuple[Any, Any]:
    """A document's phrase grown to the outlet or body that put it out ("a report
    published Saturday in The Valley Courier", "a study by the Kestrel Institute"): the
    document alone ("a report") names no one, its publisher is who a reader needs."""
    if noun.lower_ not in IN_SOURCE_NOUNS:
        return phrase
    maker = _made_by(noun)
    if maker is not None:
        return maker
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            preps = [p for p in child.children if p.dep_ in {"prep", "agent"}]
        elif child.dep_ == "prep":
            preps = [child]
        else:
            continue
        for prep in preps:
            if prep.lower_ not in {"in", "by"}:
                continue
            owners = [
                o
                for o in prep.children
                if o.dep_ == "pobj" and o.tag_ == "NNP" and not _when_or_where(o)
            ]
            if owners and not any(t.text in ",;" for t in noun.doc[noun.i : owners[0].i]):
                return phrase[0], owners[0].right_edge
    return phrase


_MAKING = frozenset(
    {"deliver", "give", "send", "write", "release", "publish", "file", "issue", "post", "sign"}
)
"""Verbs of putting out a document: "a speech Ruiz delivered" is Ruiz's speech."""


def _made_by(noun: Any) -> tuple[Any, Any] | None:
    """The one who put out a document, named in the clause on it ("according to a speech
    Ana Ruiz delivered in July", "a letter that the mayor sent to staff"): the maker says
    it, the document alone names no one. None when no such clause with a subject of its
    own stands on the noun."""
    for clause in noun.rights:
        if clause.dep_ != "relcl" or lemma(clause.lower_, clause.tag_) not in _MAKING:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if subjects and subjects[0].tag_ in {"NNP", "NNPS", "NN", "NNS"}:
            return noun_phrase(subjects[0])
    return None


def _misparsed_object(to: Any) -> list[Any]:
    """The name closing "according to Acting Under Secretary for Finance Ana Ruiz" when the
    parse hangs the title on a verb ("Acting" read as a participle) and leaves "to" no
    object: the proper noun the phrase ends with, as its head. Empty when the phrase does
    not end in one."""
    last = to.right_edge
    if last.i == to.i or last.tag_ != "NNP" or last.dep_ != "pobj":
        return []
    return [last]


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _modifier_read_as_verb(to: Any) -> tuple[Any, Any] | None:
    """The source of "according to show insiders" when the parse read the noun's modifier
    as a bare verb with the noun its object: "according to" takes a noun phrase, never a
    clause, so a bare verb (no "-ing" form: "according to reporting by X" is one) and its
    one noun object are the phrase, read whole. None when the words are anything else."""
    verbs = [c for c in to.children if c.dep_ == "pcomp" and c.tag_ in {"VB", "VBP"}]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    children = list(verb.children)
    if len(children) != 1 or children[0].dep_ != "dobj" or children[0].tag_ not in _NOUN_TAGS:
        return None
    noun = children[0]
    if verb.i != to.i + 1 or noun.left_edge.i != verb.i + 1:
        return None
    return verb, noun.right_edge


_CLAUSE_OPENERS: frozenset[str] = vocab("because since that although though while whereas")


def _opens_clause_before(doc: Any, i: int) -> bool:
    """Whether "according to" at token `i` is set off right after a word that opens a
    clause ("because , according to X , ..."): the clause after it is X's, whatever the
    length of the writer's words before."""
    j = i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].lower_ in _CLAUSE_OPENERS
