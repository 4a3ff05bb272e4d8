"""Attributions whose cue is not a reporting verb: a speech noun with a that-clause
("his claim that ..."), a speech noun with its prepositional object ("her criticism
of ..."), a stance adjective ("critical of ..."), a source in an
"in" phrase ("In a new survey, ...", "in her view") and a
reporting adverb ("reportedly"). "According to X" is in according.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from storyline.analyze.nlp import lemma
from storyline.analyze.quotes.cues import (
    CARRIER_VERBS,
    MARK_CUES,
    PREP_NOUN_CUES,
    cue_lemma,
    vocab,
)
from storyline.analyze.quotes.deeds import framed_by_writer, writer_question
from storyline.analyze.quotes.named_owners import named_modifier
from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.phrases import char_span, speaks, subject_of, trimmed
from storyline.analyze.quotes.polled import a_share
from storyline.analyze.quotes.record import Attribution
from storyline.analyze.quotes.statements import can_speak

__all__ = [
    "IN_SOURCE_NOUNS",
    "REPORTING_ADVERBS",
    "STANCE_PREPS",
    "in_source",
    "noun_cue",
    "prep_noun_cue",
    "reported_clause",
    "stance_cue",
    "view_holder",
]

STANCE_PREPS = frozenset({"of", "about", "over", "with", "that", "to"})

IN_SOURCE_NOUNS: frozenset[str] = vocab(
    "poll polls survey surveys study studies report reports statement statements interview "
    "interviews letter letters memo speech editorial column op-ed tweet tweets post filing "
    "lawsuit complaint ruling analysis audit view opinion estimation judgment judgement words"
)
"""Nouns for something said or written (or someone's view) that can open a sentence as its
source: "In a poll released Monday, most voters ...", "In his view, the law ..."."""


_CIRCUMSTANCE_PREPS: frozenset[str] = vocab("amid amidst despite after following")
"""Prepositions that set a speech noun as the circumstance of a deed ("sold amid fears
that", "rose despite warnings that"): the subject acted; it did not say the clause."""


def noun_cue(tok: Any, base: int) -> Attribution | None:
    """ "Trump's claim that the vote was rigged": a that-clause on a speech noun."""
    clauses = [
        c
        for c in tok.children
        if c.dep_ in {"acl", "ccomp", "relcl"}
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
    ]
    if not clauses:
        return None
    content = trimmed(tok.doc, clauses[0].left_edge.i, clauses[0].right_edge.i)
    if content is None:
        return None
    source = _owner_of(tok)
    if source is None and tok.dep_ == "pobj" and tok.head.lower_ in _CIRCUMSTANCE_PREPS:
        # "investors sold amid fears that ...": a mood of the time, nobody's statement
        return _at_token(tok, base, None, content, statement=False)
    if source is None and _examined(tok):
        # "a probe of allegations that he ...": the probe weighs others' words, and the
        # one it concerns is their subject, not their source; no one is named for them
        return _at_token(tok, base, None, content, statement=False)
    if source is None and _raised_by_event(tok):
        # "The valve held, raising hopes that ...": the event raised them; no one said it
        return _at_token(tok, base, subject_of(tok.head), content, statement=False)
    if source is None and tok.dep_ in {"dobj", "pobj"}:
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        source = subject_of(verb)
        if source is not None and not speaks(source):
            # "the events push forth the argument that": nobody's argument
            return _at_token(tok, base, source, content, statement=False)
        if source is not None and _answered(tok):
            # "The mayor rejected criticism that she had not acted": the critics' words
            return replace(_at_token(tok, base, source, content, statement=False), turned_down=True)
    return _at_token(tok, base, source, content)


_REJECTING_VERBS: frozenset[str] = vocab(
    "reject deny dismiss dispute refute rebut contest battle fight face counter rebuff"
)
"""Verbs that turn down or suffer what their object says ("denied accusations that ...",
"battled accusations that ...", "faces claims that ..."): the object is others' words."""


def _answered(tok: Any) -> bool:
    """Whether a speech noun with nobody's name on it is the object of a verb that turns
    it down ("rejected criticism that ...", "denied accusations that ..."): the clause is
    what others said and the subject denies it, so it is not the subject's claim (the
    clause of "supported the claim that" stays the subject's)."""
    verb = tok.head
    return tok.dep_ == "dobj" and lemma(verb.lower_, verb.tag_) in _REJECTING_VERBS


_EXAMINING_NOUNS: frozenset[str] = vocab(
    "probe probes inquiry inquiries investigation investigations review examination audit "
    "hearing hearings"
)
_EXAMINING_VERBS: frozenset[str] = vocab("investigate probe examine review audit")
"""Nouns and verbs of looking into what others said ("a probe of allegations that ...",
"an inquiry into claims that ...", "investigated accusations that ...")."""


def _examined(tok: Any) -> bool:
    """Whether a speech noun with nobody's name on it is what an inquiry looks into ("a
    probe of allegations that he ...", "the panel investigated claims that ..."): neither
    the inquiry's maker nor the subject of the sentence the inquiry sits in made them."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head.lower_ in _EXAMINING_NOUNS
    verb = tok.head
    return tok.dep_ == "dobj" and lemma(verb.lower_, verb.tag_) in _EXAMINING_VERBS


_CAUSING_PARTICIPLES: frozenset[str] = vocab(
    "raising fuelling fueling sparking prompting stoking reviving renewing triggering "
    "heightening deepening boosting lifting dashing easing allaying dampening"
)
"""Participles by which an event brings about a mood ("raising hopes", "sparking fears")."""


def _raised_by_event(tok: Any) -> bool:
    """Whether a speech noun is the object of a participle set on a whole clause ("The
    valve held, raising hopes that ...", "..., sparking fears that"): the participle's
    subject is the event the clause tells, so the hopes are nobody's words."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lower_ in _CAUSING_PARTICIPLES
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


_BY_WHOM = frozenset({"from", "by"})


def _owner_of(tok: Any, *, named_before: bool = True) -> tuple[Any, Any] | None:
    """Whose a speech noun is: its possessor ("Trump's claim", "her criticism"), the name
    set before it ("a Valley Courier report", see `named_modifier`) or the one it comes
    from ("accusations from senators that ...", "a claim by rivals that ..."):
    the accusers said it, not the subject of the verb that fends the accusations off.

    `named_before` off: a name before a noun with no that-clause ("FBI criticism of the
    plan", "BOMB attack") names its topic or its kind as often as its maker."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners:
        return _subject_owning(tok, owners[0]) or noun_phrase(owners[0])
    named = named_modifier(tok) if named_before else None
    if named is not None:
        return named
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _BY_WHOM and prep.i > tok.i:
            objects = [o for o in prep.children if o.dep_ == "pobj" and can_speak(o)]
            if objects:
                return noun_phrase(objects[0])
    return None


_PLURAL_OWNERS = frozenset({"their", "our"})
_SINGULAR_OWNERS = frozenset({"his", "her", "its"})


def _subject_owning(noun: Any, owner: Any) -> tuple[Any, Any] | None:
    """The subject a possessive pronoun on a speech noun stands for when the noun is the
    object of that subject's own verb ("The leaders signaled their support for the
    delay", "Critics were unsparing in their criticism of the plan"): the writer names the
    speaker there, and the pronoun only repeats it. None when another noun of the verb
    could be the owner ("criticised the mayor over his call for ...") or when the
    pronoun's number does not fit the subject."""
    word = owner.lower_
    if word not in _PLURAL_OWNERS | _SINGULAR_OWNERS:
        return None
    head = noun.head if noun.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        head = noun.head.head
        if head.dep_ in {"acomp", "attr"} and head.head.i != head.i:
            head = head.head  # "were unsparing in their criticism"
    if head is None or not head.tag_.startswith("VB"):
        return None
    if any(c.dep_ in {"dobj", "dative"} and c.i < noun.i and c.i != noun.i for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].i > noun.i:
        return None
    subject = subjects[0]
    plural = subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we"}
    if (word in _PLURAL_OWNERS) != plural:
        return None
    if subject.lower_ in {"it", "this", "that", "which", "who"}:
        return None
    return noun_phrase(subject)


def _at_token(
    tok: Any,
    base: int,
    source: tuple[Any, Any] | None,
    content: tuple[Any, Any],
    statement: bool = True,
) -> Attribution:
    """The attribution of a one-word cue (a speech noun, a stance adjective)."""
    return Attribution(
        tok.idx + base,
        tok.idx + len(tok.text) + base,
        tok.text,
        char_span(source, base) if source else None,
        char_span(content, base),
        statement=statement,
    )


def prep_noun_cue(tok: Any, base: int) -> Attribution | None:
    """ "her criticism of the plan", "voiced support for the bill": the prepositional
    object is the content; the owner, or the subject of a verb that voices it, speaks."""
    preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in PREP_NOUN_CUES[tok.lower_]]
    objects = [o for p in preps[:1] for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    if not objects:
        return None
    content = trimmed(tok.doc, objects[0].left_edge.i, objects[0].right_edge.i)
    if content is None:
        return None
    source = _owner_of(tok, named_before=False)
    if source is None and tok.dep_ == "dobj" and tok.head.lower_ in CARRIER_VERBS:
        source = subject_of(tok.head)
    if source is None:
        return None  # "support for the bill" with nobody's support: nothing to attribute
    # "the minister's comments about U.S. policies": what the words were about, not words
    # anyone said; kept as an attribution, but nobody is shown saying the topic
    topic = tok.lower_ in _TOPIC_NOUNS and preps[0].lower_ in _TOPIC_PREPS
    return _at_token(tok, base, source, content, statement=not topic)


_TOPIC_NOUNS = frozenset(
    {"comment", "comments", "remarks", "statement", "statements", "question", "questions", "talk"}
) | frozenset({"view", "views", "position", "stance"})
"""Nouns whose prepositional object is the topic of the words, never the words: "her
stance on the war" says nothing about what the stance is."""
_TOPIC_PREPS = frozenset({"about", "on", "over", "of"})


def stance_cue(tok: Any, base: int) -> Attribution | None:
    """ "X was critical of the deal", "X is confident that it will pass": the complement is
    the content and the subject of the copula holds the stance. A feeling toward people
    ("became angry with bankers", "furious with the mayor") is kept as an attribution, but
    nobody is shown saying the people."""
    content = None
    at_someone = False
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in STANCE_PREPS:
            objects = [o for o in child.children if o.dep_ in {"pobj", "pcomp"}]
            if objects:
                content = trimmed(tok.doc, objects[0].left_edge.i, objects[0].right_edge.i)
                # "angry with bankers": a feeling toward people, not a view stated
                at_someone = child.lower_ == "with" and can_speak(objects[0])
                at_someone = at_someone or _felt_about(tok, child, objects[0])
                break
        if child.dep_ == "ccomp":
            content = trimmed(tok.doc, child.left_edge.i, child.right_edge.i)
            break
    if content is None or tok.dep_ not in {"acomp", "attr", "ROOT", "conj", "oprd"}:
        return None
    source = subject_of(tok)
    if source is None:
        return None
    # "as villagers grow confident that", "Was she sure of her case?": the writer's framing
    # or question, not a stance anyone stated
    framing = framed_by_writer(tok, tok.lower_) or writer_question(tok)
    return _at_token(tok, base, source, content, statement=not (framing or at_someone))


_FEELINGS: frozenset[str] = vocab(
    "concerned worried upset pleased unhappy frustrated angry furious proud"
)
"""Stance adjectives for a feeling rather than a judgment ("critical of" judges)."""


def _felt_about(tok: Any, prep: Any, obj: Any) -> bool:
    """ "Experts are concerned about the new virus": a feeling about a thing names the thing,
    not anything said about it (the virus is no statement of theirs); a clause after the
    preposition ("worried about whether ...") or a judgment ("critical of the deal") is
    read as a view."""
    return tok.lower_ in _FEELINGS and prep.lower_ in {"about", "over"} and obj.dep_ == "pobj"


REPORTING_ADVERBS: frozenset[str] = vocab("reportedly allegedly purportedly reputedly supposedly")
"""Adverbs that say the clause they modify was reported by someone unnamed."""

_VIEWS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})


def in_source(tok: Any, base: int) -> Attribution | None:
    """ "In a new survey, 40 percent of voters ...", "In her view, the plan ...": a sentence
    opened by "in" + a document or a view, then a comma, is that source's content when its
    own verb reports nothing ("In a statement, the firm said ..." is the verb's). Someone's
    view set off by commas anywhere ("The plan, in her view, is too costly") holds the rest
    of its sentence."""
    if tok.dep_ != "prep" or tok.head.i == tok.i:
        return None
    if tok.i != tok.sent.start:
        return _in_view(tok, base)
    objects = [c for c in tok.children if c.dep_ == "pobj" and c.lower_ in IN_SOURCE_NOUNS]
    doc = tok.doc
    if not objects or _rephrased(objects[0]):
        return None
    # the comma closing the phrase, past what the parser may hang elsewhere ("last month")
    after = range(objects[0].i + 1, min(objects[0].i + 8, tok.sent.end))
    comma = next((j for j in after if doc[j].text == ","), None)
    if comma is None:
        return None
    verb = tok.head
    relative = _past_relative(doc, comma, tok.sent.end)
    if relative is not None:
        # "In the letter, a copy of which was seen by the Courier, Ana Ruiz asks ...": the
        # clause about the letter hangs the phrase on its own verb in the parse; the
        # sentence's verb, after it, says who wrote the letter
        if relative < 0:
            return None
        verb = tok.sent.root
    elif cue_lemma(verb.lower_) is not None or any(
        cue_lemma(v.lower_) in MARK_CUES for v in verb.conjuncts
    ):
        # the clause's own verb reports, or a verb of saying joined to it ("In an
        # interview, the mayor stood firm and said ..."): the words are the subject's
        return None
    content = trimmed(doc, comma + 1, tok.sent.end - 1)
    if content is None:
        return None
    source = _author(verb, objects[0], comma if relative is None else relative)
    if source is None and objects[0].lower_ in _VIEWS:
        source = view_holder(objects[0])  # "In his view": he holds it, "his view" says nothing
    else:
        source = source or noun_phrase(objects[0])
    return _at_token(tok, base, source, content)


_RELATIVE_WORDS = frozenset({"which", "whose"})


def _past_relative(doc: Any, comma: int, end: int) -> int | None:
    """Where a relative clause about the document ends when one opens right after the
    comma closing an "In <document>" phrase ("In the letter, which the Courier has seen,
    ...", "..., a copy of which was ..., "): the comma after it, or -1 when no comma
    closes it; None when the words after the comma open no such clause."""
    opening = range(comma + 1, min(comma + 5, end))
    relative = next((j for j in opening if doc[j].lower_ in _RELATIVE_WORDS), None)
    if relative is None:
        return None
    return next((k for k in range(relative + 1, end) if doc[k].text == ","), -1)


_OWN_SOURCE_NOUNS: frozenset[str] = vocab(
    "poll polls survey surveys view opinion estimation judgment judgement words"
)
"""The "in" nouns that are the source themselves: a poll speaks for those it asked (its
respondents, or the candidate it puts ahead, are what it found), a view or someone's
words for the one they belong to."""


def _author(verb: Any, noun: Any, comma: int) -> tuple[Any, Any] | None:
    """The one whose speech, interview, letter or study an opening "in" phrase names,
    when the clause after it says who ("In a speech on Friday, the mayor laid out her
    plan", "In a recent study, three economists argue ..."): the subject of that clause,
    if it can speak, gave it. None for a poll or a view, and when the subject is a share
    or a count ("In a report, 40 percent ...": what the document found)."""
    if noun.lower_ in _OWN_SOURCE_NOUNS:
        return None
    subject = subject_of(verb)
    if subject is None or subject[0].i <= comma:
        return None
    head = subject[0].doc[subject[0].i : subject[1].i + 1].root
    if a_share(head) or not speaks(subject):
        return None
    return subject


def _rephrased(noun: Any) -> bool:
    """ "In other words, ...": the writer putting the same thing another way, not
    anyone's words ("In her words" and "In a statement" name a source)."""
    return any(c.lower_ == "other" for c in noun.children)


def _in_view(tok: Any, base: int) -> Attribution | None:
    views = [c for c in tok.children if c.dep_ == "pobj" and c.lower_ in _VIEWS]
    if not views or not any(c.dep_ == "poss" for c in views[0].children):
        return None
    doc, sent = tok.doc, tok.sent
    if doc[tok.i - 1].text != "," and tok.right_edge.i + 1 < sent.end - 1:
        return None  # set off by commas, or closing its sentence ("..., in my view.")
    # set off inside the sentence, the view holds all of it; closing it, what precedes
    last = sent.end - 1 if tok.right_edge.i + 1 < sent.end - 1 else tok.i - 1
    content = trimmed(doc, sent.start, last)
    if content is None or cue_lemma(tok.head.lower_) is not None:
        return None
    return _at_token(tok, base, view_holder(views[0]), content)


def view_holder(view: Any) -> tuple[Any, Any] | None:
    """Whose view a "view"/"opinion" is: its possessor ("In [his] view", "in [the mayor's]
    opinion"), else None. The phrase "his view" is no speaker a reader could be shown; the
    possessive pronoun is resolved like any other ("he"/"his", pronouns.py)."""
    owners = [c for c in view.children if c.dep_ == "poss"]
    if not owners:
        return None
    owner = owners[0]
    return (owner, owner) if owner.tag_ == "PRP$" else noun_phrase(owner)


def reported_clause(tok: Any, base: int) -> Attribution | None:
    """ "The firm has reportedly hired a new auditor": the clause the adverb modifies was
    reported, by nobody the text names (`sourceless`: no subject is to be looked for)."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb is tok or not verb.tag_.startswith(("VB", "MD")):
        return None
    content = trimmed(tok.doc, verb.left_edge.i, verb.right_edge.i)
    if content is None:
        return None
    return Attribution(
        tok.idx + base,
        tok.idx + len(tok.text) + base,
        tok.text,
        None,
        char_span(content, base),
        sourceless=True,
    )
