"""Who speaks through a present participle ("..., saying that ...", "calling him a liar").

A participle has no subject of its own: it tells what the subject of the clause it
hangs on did. The parse often hangs it on the wrong word (a place in a phrase before
it, an event noun, a time clause), and the subject read off that word is then
something that cannot speak ("The dispute erupted after the mayor took office,
calling ...": the dispute) or a noun written after the participle, which is never its
subject ("..., saying the figures would rise": the figures). Then the subject is the
one of the nearest clause before the participle: a speaking noun written right before
it ("the debate ended with Ana Ruiz asking ..."), else the subject of the nearest
finite verb before it ("Ruiz entered the race in May, calling ...").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.phrases import NEVER, source_head, speaks, subject_of
from storyline.analyze.quotes.speaking_nouns import WRITING_NOUNS
from storyline.analyze.quotes.statements import answers_object, names_a_time

__all__ = ["participle_source"]

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_RELATIVES = frozenset({"that", "which"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos"})
_EMBEDDED = frozenset({"ccomp", "pcomp", "relcl", "acl", "csubj", "xcomp", "parataxis"})
"""Clauses inside another clause's words: their subject is not the one a participle after
them goes with."""


def participle_source(
    verb: Any,
    source: tuple[Any, Any] | None,
    quoted: Callable[[Any], bool] = NEVER,
) -> tuple[Any, Any] | None:
    """The source of a present-participle cue: `source` (what the parse gave) when it is
    written before the participle and can speak, else the subject of the clause before
    it (see the module); a source after the participle is dropped when none is found."""
    if verb.tag_ != "VBG" or any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children):
        return source  # not a participle, or one with its own subject ("with X saying")
    if _quoted_as(verb):
        return source  # "cited a breeder as saying": the one quoted, found by `subject_of`
    first = verb.head
    if verb.dep_ == "conj" and first.tag_ in _FINITE and first.dep_ == "ccomp":
        first = first.head  # a participle joined to a finite verb: a parse's slip
    if verb.dep_ == "conj" and first.tag_ == "VBG" and first.i < verb.i:
        # "with Ana Ruiz tweeting that it was a disaster and asking, ...": the second
        # participle goes with the first one's subject, not with a noun in the first's
        # words, even when the parse joins it to the verb of those words
        return participle_source(first, subject_of(first, quoted), quoted)
    blamed = _blamed_for(verb)
    if blamed is not None:
        return blamed  # "criticized Ana Ruiz for saying ...": Ruiz said it
    # a noun inside the participle's own words ("saying the figures would rise")
    after = source is not None and verb.i < source[0].i <= verb.right_edge.i
    answered = _answering(verb, quoted)
    if answered is not None:
        return answered
    if source is not None and not after and _sent_to(source):
        # "sent a text message to supporters saying ...": the words are the message's, and
        # its sender's, the subject of the clause; those it was sent to said nothing
        return _clause_subject(verb, quoted)
    if source is not None and not after and _kept(verb, source):
        return source
    found = _noun_before(verb) or _clause_subject(verb, quoted)
    if found is not None:
        return found
    return None if after else source


def _quoted_as(verb: Any) -> bool:
    """Whether the participle follows "as" after the object of a verb of citing ("quoted
    the mayor as saying", "cited a breeder as saying"): the object is who is quoted. Not
    "spent hours on it, as well as discussing it", where the verb cites no one."""
    prep = verb.head
    citing = prep.head.lower_
    return bool(
        verb.dep_ == "pcomp"
        and prep.lower_ == "as"
        and (citing.startswith("quot") or cue_lemma(citing) is not None)
        and any(c.dep_ == "dobj" and c.i < prep.i for c in prep.head.children)
    )


_FOR_WHAT: frozenset[str] = frozenset({"for", "of"})


def _blamed_for(verb: Any) -> tuple[Any, Any] | None:
    """The one a verb acts on for what they said ("The mayor criticized Ana Ruiz for
    saying ...", "accused the mayor of claiming ...", "Ruiz was criticized by the mayor
    for saying ..."): the participle a "for" or "of" phrase takes after an object, or
    after a passive's subject, is that person's saying, not the subject's or the agent's
    (notspeech46). Only for a participle with a clause of what was said ("for saying
    that ..."), and one person acted on. None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _FOR_WHAT:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "for asking him to come", "for refusing to leave": no statement
    holder = prep.head
    if not holder.tag_.startswith("VB"):
        return None  # "won praise for saying": the praise is the winner's
    targets = [c for c in holder.children if c.dep_ == "dobj" and c.i < prep.i]
    if not targets and any(c.dep_ == "auxpass" for c in holder.children):
        targets = [c for c in holder.children if c.dep_ == "nsubjpass"]
    if not targets or any(c.dep_ == "conj" for c in targets[0].children):
        return None  # "thanking Ruiz, Brask and the council for ...": which one is unsaid
    phrase = noun_phrase(targets[0])
    return phrase if speaks(phrase) else None


def _answering(verb: Any, quoted: Callable[[Any], bool]) -> tuple[Any, Any] | None:
    """The subject of a verb of answering when the participle hangs on what it answers
    ("The firm responded to the inspector's report saying ...": see `answers_object`):
    the answer is the subject's, when it is written before and can speak."""
    if not answers_object(verb):
        return None
    prep = verb.head.head
    answering = prep.head
    subject = subject_of(answering, quoted)
    if subject is None or subject[0].i > prep.i:
        return None
    return subject if _speaking(subject) else None


def _kept(verb: Any, source: tuple[Any, Any]) -> bool:
    """Whether the parse's source stands: it can speak, it is a word that stands for
    people without naming them ("those backing", "the one blasting", "50 percent
    saying"), or it is the noun the participle describes, written right before it
    ("a sign saying", "ledgers showing"): what the words are on."""
    head = source_head(source)
    if _it_is(head):
        return False  # "It was a fierce attack, as Ruiz echoed it, saying ...": no one
    if head.tag_ not in _NOUNS or speaks(source):
        return True  # (a pronoun only if it can speak: not the "it" of "It was there that")
    return bool(verb.dep_ == "acl" and verb.head.i == head.i and head.i == verb.i - 1)


_MESSAGES: frozenset[str] = WRITING_NOUNS | vocab(
    "emails letters memos messages notes texts tweets statements pitch appeal plea speech "
    "remarks video ad mailer"
)
"""Things said or written that are sent "to" someone ("an email to supporters")."""


def _sent_to(source: tuple[Any, Any]) -> bool:
    """Whether the source is who a message was sent to ("an email to supporters", "his
    memo to employees", "a pitch to voters"): the participle after it tells what the
    message said, which the recipients did not say."""
    head = source_head(source)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i == prep.i:
        return False
    holder = prep.head  # the message, or the verb that sent it ("sent a memo to staff")
    if holder.lower_ in _MESSAGES:
        return True
    return holder.tag_.startswith("VB") and any(
        c.dep_ == "dobj" and c.lower_ in _MESSAGES for c in holder.children
    )


_BE_FORMS: frozenset[str] = vocab("is was 's \u2019s were are be been")


def _it_is(head: Any) -> bool:
    """Whether the word is the "it" of "It was a potent attack" or "It was there that":
    the subject of a form of "be", which describes or points and says nothing."""
    return bool(head.lower_ == "it" and head.dep_ == "nsubj" and head.head.lower_ in _BE_FORMS)


def _noun_before(verb: Any) -> tuple[Any, Any] | None:
    """A speaking noun right before the participle, which it is said of ("ended with Ana
    Ruiz asking", "left voters wondering"), when the parse hangs the participle on it or
    the noun is a verb's or a preposition's argument (not a time word such as a day)."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].tag_ in {"RB", "RBR"}:
        i -= 1
    if i < 0 or verb.doc[i].tag_ not in _NOUNS:
        return None
    if verb.head.i != i and verb.doc[i].dep_ not in _ARGUMENTS:
        return None  # "a statement Wednesday saying": the day is when, not who
    phrase = noun_phrase(verb.doc[i])
    return phrase if _speaking(phrase) else None


def _clause_subject(verb: Any, quoted: Callable[[Any], bool]) -> tuple[Any, Any] | None:
    """The subject of the nearest finite verb before the participle in its sentence, when
    it can speak; verbs in quotation marks and in clauses that are part of a phrase or of
    what is said ("about how he planned", "a rule that ...") are passed over, as they
    do not govern the participle. Only the first verb left is tried: a farther one's
    subject is a guess."""
    sentence_start = verb.sent.start if verb.doc.has_annotation("SENT_START") else 0
    for j in range(verb.i - 1, sentence_start - 1, -1):
        tok = verb.doc[j]
        if tok.tag_ not in _FINITE and tok.tag_ != "MD":
            continue
        head = tok.head if tok.dep_ in {"aux", "auxpass"} and tok.head.i != tok.i else tok
        if quoted(tok) or head.dep_ in _EMBEDDED:
            continue  # quoted words, or a clause inside a phrase ("how he planned")
        subject = subject_of(head, quoted)
        if subject is None or subject[0].i > verb.i:
            return None
        if subject[0].lower_ in _RELATIVES and subject[0].i == subject[1].i:
            return None  # "a plan that calls ...": a thing's clause
        return subject if _speaking(subject) else None
    return None


def _speaking(phrase: tuple[Any, Any]) -> bool:
    """Whether a phrase found for a participle can be its speaker: it can speak and it is
    no time word (a parse's slip, "Monday saying")."""
    return speaks(phrase) and not names_a_time(source_head(phrase))
