"""Content read off shapes other than a verb's complement clause or object: a source
framed in an "as" clause ("As the paper reported, the ferry lost money"), a passive with a
"by" agent ("The levy was criticised by the mayor"), one's own words defended ("defended
his call to ...") and a sentence closed by an inverted attribution ("..., said Ana Ruiz.").
Split from attribution.py, which asks these readers when a reporting verb has no
complement of its own (or, for the last, only one the parse misplaced)."""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import ADDRESSEE_VERBS, MARK_CUES, cue_lemma, vocab
from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.phrases import REFLEXIVES, trimmed
from storyline.analyze.quotes.statements import names_a_time

__all__ = [
    "as_clause_content",
    "before_joined_cue",
    "closing_conjunct",
    "closing_inversion",
    "interrupted_view",
    "own_words_defended",
    "passive_object",
]


_AS_SOURCE_CUES = frozenset(
    {"say", "report", "note", "write", "tell", "explain", "observe", "mention", "point"}
    | {"predict", "warn", "state", "reveal", "confirm", "argue", "claim", "announce", "put"}
)
"""Verbs of saying that frame the main clause as a source's words in an "as" clause ("As the
paper reported, the mine closed"); verbs of belief there are the writer's framing instead."""


def as_clause_content(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """ "As the harbour paper reported, the ferry lost money": a verb of saying in an "as"
    clause with no words of its own reports the clause it hangs on, on whichever side of
    it that clause lies. An object ("as he said goodbye") or a verb of anything else ("as
    he spoke, the crowd cheered") makes the "as" clause a time, not a source; with no
    subject ("as mentioned above") it is the writer's own cross-reference."""
    if lemma not in _AS_SOURCE_CUES or verb.head.i == verb.i:
        return None
    children = list(verb.children)
    if lemma != "tell" and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children):
        return None
    if not any(c.dep_ == "nsubj" for c in children):
        return None  # "as mentioned above", "as it is written", "as if to say": no source
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in children
    ):
        first, last, main = verb.left_edge.i, verb.right_edge.i, verb.head
    elif (
        verb.dep_ == "relcl"
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ == "as"
        and verb.head.head.head.i != verb.head.head.i
    ):
        # the parser reads "As the Gazette reported" as a phrase "as the Gazette" with a
        # relative clause: the phrase hangs on the main verb all the same
        prep = verb.head.head
        first, last, main = prep.left_edge.i, prep.right_edge.i, prep.head
    else:
        return None
    if not main.tag_.startswith(("VB", "MD")):
        return None
    if first < main.i:
        return trimmed(verb.doc, last + 1, main.right_edge.i)
    return trimmed(verb.doc, main.left_edge.i, first - 1)


def passive_object(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """ "The levy was criticised by the mayor": a passive with a "by" agent turns round the
    active "The mayor criticised the levy", so its subject is what the active object would
    be, the content, and the agent speaks; a participle so used ("the levy, criticised by
    the mayor, ...") has the noun it describes as content. With no agent ("the levy was
    criticised") no one is named, and the subject is left as it was."""
    if lemma in ADDRESSEE_VERBS or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        # "the levy, criticised by the mayor, ...": the noun the participle describes
        return trimmed(verb.doc, verb.head.left_edge.i, verb.i - 1)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in REFLEXIVES:
        return None
    return trimmed(verb.doc, subjects[0].left_edge.i, subjects[0].right_edge.i)


_OWN_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})


def own_words_defended(obj: Any, lemma: str) -> bool:
    """ "The senator defended his call to raise fares": words one defends under a
    possessive pronoun are one's own, restated, where "rejected their appeals" answers
    someone else's."""
    return lemma == "defend" and any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children
    )


_INVERSION_CUES = MARK_CUES - ADDRESSEE_VERBS
"""Verbs of saying that English puts before their subject at the end of a sentence
("..., said the mayor", "..., added Ms Ruiz"); a verb with a listener ("told") does not."""
_CALENDAR_WORDS = vocab(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november december"
)
"""Names of days and months: "..., said Sunday" tells when, never who."""
_NP_START_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "PRP$"})


def closing_inversion(verb: Any, lemma: str) -> tuple[tuple[Any, Any], tuple[Any, Any]] | None:
    """The content and speaker of an attribution that closes its sentence with the verb
    before its subject ("The town floods every spring, said Ana Ruiz, an engineer."): the
    clause before the comma (a verb or a few words: "The mayor, Ana Ruiz, said" sets off
    a name, not a clause) and the noun phrase right after the verb."""
    doc = verb.doc
    if lemma not in _INVERSION_CUES or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None  # a participle (", conceding the race") takes an object, not a subject
    if verb.i < 3 or verb.i + 1 >= len(doc):
        return None
    if doc[verb.i - 1].text != "," or doc[verb.i + 1].tag_ not in _NP_START_TAGS:
        return None
    subjects = [
        c
        for c in verb.rights
        if c.dep_ in {"nsubj", "dobj", "attr", "oprd", "appos"}
        and c.tag_.startswith("NN")
        and c.left_edge.i == verb.i + 1
        and c.lower_ not in _CALENDAR_WORDS
    ]
    if not subjects or names_a_time(subjects[0]):
        return None  # "..., said Sunday": when, not who
    speaker = noun_phrase(subjects[0])
    tail = doc[speaker[1].i + 1 :]
    if any(t.text in {",", ";", ":"} for t in tail) and any(
        t.tag_.startswith(("VB", "MD")) for t in tail
    ):
        return None  # the sentence goes on after the name: a clause around the attribution
    before = doc[: verb.i - 1]
    if len(before) < 4 and not any(t.tag_.startswith(("VB", "MD")) for t in before):
        return None  # "The mayor, Ana Ruiz, said": a name set off, not a clause
    content = trimmed(doc, 0, verb.i - 2)
    return (content, speaker) if content is not None else None


def closing_conjunct(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """The content of an attribution that closes its sentence after a comma, subject first
    ("The mayor remains committed to the race, her aide, Tom Best, told the paper."), when
    the parse made the verb a second conjunct of the clause it reports: the clause before
    the comma is what was said. A conjunct joined by "and" or "but" ("The ferry ran late,
    and the mayor said nothing") is a clause of its own."""
    if verb.dep_ != "conj" or lemma not in MARK_CUES or verb.head.i >= verb.i:
        return None
    head, doc = verb.head, verb.doc
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects:
        return None
    comma = subjects[0].left_edge.i - 1
    if comma <= head.i or doc[comma].text != ",":
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "advcl"} and c.i > verb.i for c in verb.children):
        return None  # the verb has a clause of its own after it
    start = head.left_edge.i
    if comma - start < 4 or not any(t.tag_.startswith(("VB", "MD")) for t in doc[start:comma]):
        return None
    return trimmed(doc, start, comma - 1)


def before_joined_cue(verb: Any, content: tuple[Any, Any]) -> tuple[Any, Any]:
    """A content cut where a second reporting participle joined to the first one begins
    ("urging voters to wait and promising to ..."): the parse hung the second participle
    on the content's own verb, but a participle beside a participle, where the content's
    verb is no participle, with no subject of its own, is the speaker's next act, not more
    of what was said. Past tenses are left alone: in "said she had left and hoped ..."
    either reading is English."""
    first, last = content
    doc = verb.doc
    for tok in doc[first.i : last.i + 1]:
        if (
            tok.dep_ == "conj"
            and tok.tag_ == verb.tag_ == "VBG"
            and tok.head.tag_ != verb.tag_
            and tok.head.tag_.startswith("VB")
            and first.i <= tok.head.i < tok.i
            and cue_lemma(tok.lower_) is not None
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        ):
            joins = [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]
            stop = joins[-1].i - 1 if joins else tok.i - 1
            cut = trimmed(doc, first.i, stop)
            return cut if cut is not None else content
    return content


_CLAUSE_ARGUMENTS = frozenset({"ccomp", "xcomp", "dobj"})


def interrupted_view(verb: Any, content: tuple[Any, Any] | None) -> tuple[Any, Any] | None:
    """ "But he never dreamed , he said , that his country would join": a verb of saying
    set off by commas right after another verb, before the "that" clause that verb takes
    (the parse hangs the verb of saying on that clause, or the clause on the verb of
    saying). What was said is the whole of the first verb's clause, from its subject on:
    the "that" clause shown alone would give a reader what the speaker "never dreamed" as
    what he stated (notspeech46). None when the shape is not this."""
    if content is None or verb.dep_ != "parataxis":
        return None
    head, doc = verb.head, verb.doc
    if head.i < verb.i:
        # the parse gave the clause to the verb of saying: the first verb must lack one
        holder = head
        if any(c.dep_ in _CLAUSE_ARGUMENTS for c in holder.children):
            return None
    elif head.dep_ == "ccomp" and head.head.i < verb.i:
        holder = head.head  # the verb of saying hangs on the clause the first verb takes
    else:
        return None
    if not holder.tag_.startswith("VB"):
        return None
    first = content[0]
    between = doc[verb.i + 1 : first.i + (first.lower_ == "that")]
    if not any(t.lower_ == "that" for t in between) or not all(
        t.is_punct or t.lower_ == "that" for t in between
    ):
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not speakers or doc[speakers[0].left_edge.i - 1].text != ",":
        return None  # the verb of saying is not set off by a comma before its speaker
    subjects = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects = [c for c in subjects if c.i < holder.i]
    return trimmed(doc, subjects[0].left_edge.i, content[1].i) if subjects else None
