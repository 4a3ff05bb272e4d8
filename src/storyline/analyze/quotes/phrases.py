"""The parse moves every attribution reader shares: a reporting verb's subject
(climbing through the verbs that borrow it), the noun a relative pronoun stands for,
and a content span trimmed of its edge punctuation. A source's noun phrase around
its head is read in noun_phrases.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.analyze.quotes.borrowed_subjects import infinitive_holder, joined_participle
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.noun_phrases import PHRASE_BREAKS, noun_phrase
from storyline.analyze.quotes.split_subjects import contact_clause_subject, nearest_of_split
from storyline.analyze.quotes.statements import active_conjunct, can_speak

__all__ = [
    "NEVER",
    "REFLEXIVES",
    "RELATIVES",
    "antecedent_of",
    "char_span",
    "source_head",
    "speaks",
    "subject_of",
    "trimmed",
]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})

_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "acomp", "pcomp", "prep"})
"""Dependencies through which a verb without a subject borrows its governor's subject
("are likely to say", "began by saying", "stood up and said")."""

_TRIM = " \t\n,;:.—–-"

RELATIVES = frozenset({"that", "which", "who", "whom"})

REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves"})


def _never(_: Any) -> bool:
    return False


NEVER: Callable[[Any], bool] = _never


def source_head(source: tuple[Any, Any]) -> Any:
    first, last = source
    return first.doc[first.i : last.i + 1].root


def speaks(source: tuple[Any, Any]) -> bool:
    """Whether a source phrase's head can state things (through a relative pronoun, the
    noun it hangs on: "figures that show" cannot)."""
    head = source_head(source)
    if head.lower_ in RELATIVES:
        antecedent = antecedent_of(head)
        if antecedent is not None:
            head = antecedent[0].doc[antecedent[0].i : antecedent[1].i + 1].root
    return can_speak(head)


def _quoted_as(verb: Any) -> tuple[Any, Any] | None:
    """ "The paper cited a breeder as saying he ...", "quoted Mr Reid as having said ...":
    a verb of saying after "as" reports the words of the object of the verb "as" hangs on
    (of the subject of a passive "was quoted by the paper as saying"), not of the citer
    (the paper only passes them on); so does a participle
    written right after the object of "quoted" or "cited" ("It quoted a correspondent
    saying ...")."""
    prep = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        # "It quoted a correspondent saying ...": the one quoted, with no "as" written
        return noun_phrase(verb.head) if verb.head.head.lower_ in _CITING else None
    if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "advcl", "oprd"}:
        objects = [c for c in prep.children if c.dep_ == "dobj" and c.i < verb.i]
        if prep.lower_ in _CITING and objects and verb.i == objects[0].right_edge.i + 1:
            return noun_phrase(objects[0])  # "The agency quoted Ana Ruiz saying ..."
        return None
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i]
    if not objects and prep.head.lower_ in _CITING:
        # "Ana Ruiz was quoted by state radio as saying ...": the passive's subject is the
        # one quoted; its agent only passes the words on
        objects = [c for c in prep.head.children if c.dep_ == "nsubjpass"]
    return noun_phrase(objects[0]) if objects else None


_CITING = frozenset({"quoted", "quotes", "quote", "quoting", "cited", "cites", "cite", "citing"})
"""Verbs of passing on another's words: the one quoted or cited says them, not the citer."""


def _past_fronted_topic(subject: Any) -> Any | None:
    """The name set off after a fronted topic that the parse took for the subject ("Of
    Brekke, Halvorsen, who backs Solberg, said ...": "Of" parsed as the subject, the name
    as an apposition to "Brekke"): a preposition says nothing; the name after it speaks."""
    if subject.tag_ != "IN":
        return None
    for topic in subject.children:
        if topic.dep_ != "pobj":
            continue
        for named in topic.children:
            if named.dep_ == "appos" and named.i > topic.i and named.doc[named.i - 1].text == ",":
                return named
    return None


def subject_of(verb: Any, quoted: Callable[[Any], bool] = NEVER) -> tuple[Any, Any] | None:
    """The source of a reporting verb: its subject, or the subject of the verb it depends on.

    A subject inside quotation marks belongs to the quoted words ("telling the crowd,
    'Some people ...'"), and the agent of a passive verb speaks ("was asked by X").
    """
    stranded = _stranded_subject(verb) or _name_before_finite(verb)
    if stranded is not None:
        return stranded
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl", "conj", "xcomp"}
        and not any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in _HAVE_FORMS for c in verb.children)
        and not _perfect_participle(verb)
    ):
        # "When asked whether ..., he declined": a passive participle's own agent asks;
        # the subject of the clause it hangs on was asked, and does not speak these words
        # (a perfect with its own subject, "as the paper has noted", is no passive)
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
        pobjs = [p for p in agents if p.dep_ == "pobj"]
        return noun_phrase(pobjs[0]) if pobjs else None
    head = verb
    active = False
    for _ in range(5):
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS and not quoted(c)]
        if subjects and subjects[0].lower_ in _NEGATIONS:
            # "I did n’t know": a parse that takes the clitic for the subject
            return _before_negation(subjects[0])
        if subjects:
            subject = subjects[0]
            named = _named_after(subjects)
            # (only the verb's own subjects: one it borrows from a clause it hangs on may
            # be split by that clause's own words)
            named = named or (nearest_of_split(subjects, head) if head is verb else None)
            if named is not None:
                return named
            if subject.dep_ == "nsubjpass" and not active:
                agents = [
                    p
                    for a in head.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                ]
                if agents:
                    return noun_phrase(agents[0])
            return noun_phrase(_past_fronted_topic(subject) or _past_dateline(subject))
        quoted_as = _quoted_as(head)
        if quoted_as is not None:
            return quoted_as
        controller = _object_controller(head)
        if controller is not None:
            return controller
        other = _conjunct_of(head) if head.dep_ == "conj" else None
        other = other or joined_participle(head)
        if other is not None:
            head = other
            continue
        holder = infinitive_holder(head)
        if holder is not None:
            head = holder
            continue
        if head.dep_ in _CLIMB and head.head.i != head.i:
            active = active or active_conjunct(head)
            head = _over_subordinate(head) or head.head
            continue
        if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj":
            # "issued a statement saying ...", "emailed supporters saying ...": the one
            # who sent it speaks, not what (or who) was sent
            verb = head.head.head
            sender = [
                c for c in verb.children if c.dep_ in _SUBJECTS and c.lower_ not in _NEGATIONS
            ]
            if sender and verb is not head.head:
                return noun_phrase(sender[0])
        if head.dep_ == "acl" and head.tag_ == "VBG":
            sayer = _parenthetical_sayer(head)
            if sayer is not None:
                return sayer
        if head.dep_ == "acl" or head.dep_ == "relcl":
            return noun_phrase(head.head)
        break
    # a joined or borrowing verb ("... railed against it, and explained ...") shares the
    # subject the verb it climbed to has right before it, when the parse hung that on a noun
    shared = _subject_before(head) if head is not verb else None
    return _subject_before(verb) or shared or _count_before(verb) or contact_clause_subject(verb)


_HAVE_FORMS = frozenset({"have", "has", "had", "'ve", "'d"})


def _perfect_participle(verb: Any) -> bool:
    """Whether a past participle is the perfect "having announced" ("Having announced that
    the port would stay open, the mayor left"): done by the subject of the clause it opens,
    as a present participle is; "having been asked" stays a passive."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return "having" in aux and "been" not in aux


_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "since", "until", "once"})


def _over_subordinate(participle: Any) -> Any | None:
    """The main verb a sentence-final participle set off by a comma belongs to when the
    parse hung it on a time clause in between ("Varga spoke with the premier moments after
    Grell addressed the nation , telling the premier that ..."): such a participle tells
    what the main clause's subject did, so that subject speaks, not the time clause's.
    None for any other participle, and when the time clause opens the sentence."""
    clause = participle.head
    if (
        participle.tag_ != "VBG"
        or participle.dep_ != "advcl"
        or participle.i == 0
        or participle.doc[participle.i - 1].text != ","
        or clause.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in clause.children)
    ):
        return None
    main = clause.head
    return main if main.i < clause.i < participle.i else None


def _stranded_subject(verb: Any) -> tuple[Any, Any] | None:
    """The subject of a joined clause that the parse took for one more noun of the clause
    before ("X has ruled out sending troops to the region and top officials have stressed
    the limits": "officials" hung on "region"): a noun joined to another noun right
    before the verb (and its auxiliaries) is that verb's own subject."""
    if verb.dep_ not in {"conj", "advcl"} or any(
        c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children
    ):
        return None  # ("advcl": the parse may hang the joined clause as an adverbial one)
    lefts = [c.i for c in verb.lefts if c.dep_ in {"aux", "neg", "advmod"}]
    first = min(lefts, default=verb.i)
    if first == 0:
        return None
    noun = verb.doc[first - 1]
    if (
        noun.dep_ != "conj"
        or not noun.tag_.startswith("NN")
        or not noun.head.tag_.startswith("NN")
        or not noun.head.i < noun.i
        or not any(t.dep_ == "cc" for t in verb.doc[noun.head.i + 1 : noun.i])
    ):
        return None
    return noun_phrase(noun)


def _name_before_finite(verb: Any) -> tuple[Any, Any] | None:
    """The subject of a finite verb the parse hung on the clause before as an adverbial
    one, with no subject or conjunction of its own, right after a name it read as an
    object ("... a tape in which a speaker purported to be Kadan offered a truce": "Kadan
    offered"): a past or present tense verb needs a subject, and the name is it, not the
    subject of the clause it was hung on."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBZ"} or verb.i == 0:
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ in {"mark", "aux", "auxpass"} for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.tag_ != "NNP" or noun.head.i == verb.i or noun.dep_ not in {"attr", "pobj", "dobj"}:
        return None
    return noun_phrase(noun)


_OBJECT_CONTROL = vocab(
    "lead leads led leading prompt prompts prompted prompting force forces forced forcing "
    "cause causes caused causing compel compels compelled compelling drive drives drove "
    "driven driving spur spurs spurred spurring inspire inspires inspired inspiring get "
    "gets got getting allow allows allowed allowing"
)
"""Causatives: verbs whose object went on to do what their infinitive says ("led critics
to say", "prompted the mayor to call"). A request ("urged allies to reject", "asked the
crowd to welcome") is the asker's act, and its object has said nothing yet."""


def _object_controller(verb: Any) -> tuple[Any, Any] | None:
    """The object of the verb an infinitive depends on when that object is its doer ("The
    timing led critics to say that ...": the critics say it, not the timing)."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i or governor.lower_ not in _OBJECT_CONTROL:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i]
    return noun_phrase(objects[0]) if objects else None


_NEGATIONS = frozenset({"n't", "n’t", "not", "nt"})
_PRONOUN_OR_NOUN = frozenset({"PRP", "NN", "NNS", "NNP", "NNPS"})


def _before_negation(negation: Any) -> tuple[Any, Any] | None:
    """The subject written before the auxiliary a negation clitic hangs on ("Democrats
    do n’t think"), when the parse took the clitic itself for the subject."""
    i = negation.i - 1
    if i >= 0 and negation.doc[i].tag_ in {"MD", "VBD", "VBZ", "VBP", "VB"}:
        i -= 1
    if i < 0 or negation.doc[i].tag_ not in _PRONOUN_OR_NOUN:
        return None
    return noun_phrase(negation.doc[i])


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _subject_before(verb: Any) -> tuple[Any, Any] | None:
    """The noun right before a finite verb the parse left without a subject, having hung
    that noun on an earlier one ("while campaigning for his wife, former president Ned
    Fox said ...": "Fox" an appositive of "wife"): nothing but adverbs stands between a
    subject and its verb, so it is the verb's subject."""
    if verb.tag_ not in _FINITE:
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in {"advmod", "neg"} and verb.doc[i].head.i == verb.i:
        i -= 1
    if i > 0 and verb.doc[i].text == "," and i < verb.i - 1:
        # "..., the campaign chief, Paul Moran, bluntly suggested": the comma closing an
        # appositive name, then an adverb of the verb
        i -= 1
    if i < 0:
        return None
    noun = verb.doc[i]
    if noun.tag_ not in _NOUN_TAGS or noun.head.i >= noun.i or noun.dep_ not in {"appos", "conj"}:
        return None
    return noun_phrase(noun)


_COUNT_DEPS = frozenset({"nummod", "npadvmod", "quantmod", "advmod", "dep", "nmod"})


def _count_before(verb: Any) -> tuple[Any, Any] | None:
    """A count of people right before a finite verb the parse left without a subject
    ("About 4 in 10 say they ...", "Six in 10 said ..."): the parse hangs the numbers on
    the verb as its modifier, but a count is who says it (a poll's share of voters)."""
    if verb.tag_ not in _FINITE or verb.i == 0:
        return None
    count = verb.doc[verb.i - 1]
    if (
        count.head.i != verb.i
        or count.dep_ not in _COUNT_DEPS
        or count.tag_ != "CD"
        or any(t.tag_.startswith("VB") for t in count.subtree)
    ):
        return None
    left = count.left_edge.i
    for i in range(count.i - 1, left - 1, -1):
        if count.doc[i].text in PHRASE_BREAKS:
            left = i + 1
            break
    return count.doc[left], count


_DASHES = frozenset({"-", "—", "–", "--"})


def _named_after(subjects: list[Any]) -> tuple[Any, Any] | None:
    """The phrase of a verb's two subjects read as one, when the parse split a description
    from the name right after it ("Velmar police Lt. Dana Quill said": "police" and "Quill"
    both subjects of "said"): a common noun whose next word opens a proper noun's phrase
    is that name's description, and the name speaks."""
    if len(subjects) < 2:
        return None
    first, second = subjects[0], subjects[1]
    if first.tag_ not in {"NN", "NNS"} or second.tag_ != "NNP":
        return None
    if second.left_edge.i != first.i + 1 or first.dep_ != "nsubj" or second.dep_ != "nsubj":
        return None
    _, right = noun_phrase(second)
    return first.doc[first.left_edge.i], right


def _past_dateline(subject: Any) -> Any:
    """The subject after a dateline the parse took for it ("RANGOON, Burma - The
    minister's allies predicted ...": the place in capitals heads the subject and the
    real one hangs on it as an appositive after the dash); else the subject itself."""
    text = subject.text
    if len(text) < 3 or not text.isupper() or not text.isalpha():
        return subject
    dashes = [t.i for t in subject.subtree if t.text in _DASHES and t.i > subject.i]
    if not dashes:
        return subject
    after = [c for c in subject.rights if c.dep_ == "appos" and c.i > dashes[0]]
    return after[0] if after else subject


def _conjunct_of(verb: Any) -> Any | None:
    """The verb a conjoined verb is really joined to when the parse disagrees with itself:
    "Ms Ruiz recounted that the clerk had gone to his managers and said: ..." hangs "and"
    on "gone" but "said" on "recounted"; the conjunction marks the nearer clause, so the
    clerk said it. None when the parse is consistent."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "cc" or before.head.i == verb.head.i:
        return None
    other = before.head
    if not other.tag_.startswith("VB") or not verb.head.i < other.i < verb.i:
        return None
    return other


def _parenthetical_sayer(participle: Any) -> tuple[Any, Any] | None:
    """`"Too much noise," she said, blaming the trucks`: a participle the parser hangs on
    the quoted words after the attribution that closes them goes on what its sayer did,
    so the sayer is its subject, not the words it follows."""
    sayers = [
        c
        for c in participle.head.children
        if c.dep_ == "parataxis" and participle.head.i < c.i < participle.i
    ]
    for sayer in reversed(sayers):
        subjects = [c for c in sayer.children if c.dep_ in _SUBJECTS]
        if subjects:
            return noun_phrase(subjects[0])
    return None


def antecedent_of(subject: Any) -> tuple[Any, Any] | None:
    """The noun a relative-pronoun subject stands for ("a report that says ...": the report),
    the pronoun itself remaining the source as written."""
    if subject.lower_ not in RELATIVES or len(subject) != 1:
        return None
    clause = subject.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    return noun_phrase(clause.head)


def trimmed(doc: Any, first: int, last: int) -> tuple[Any, Any] | None:
    while first <= last and (doc[first].text in _TRIM or doc[first].lower_ == "that"):
        first += 1
    while last >= first and doc[last].text in _TRIM:
        last -= 1
    if last < first or (first == last and _bare_particle(doc[first])):
        return None
    return doc[first], doc[last]


def _bare_particle(token: Any) -> bool:
    """A lone clitic or infinitive marker left once the rest is trimmed ("That's according
    to ..." less its "That", "if they wanted to"): a piece of a word, not words said."""
    return token.tag_ == "TO" or (len(token.text) > 1 and token.text[0] in "'’")


def char_span(pair: tuple[Any, Any], base: int) -> tuple[int, int]:
    first, last = pair
    return first.idx + base, last.idx + len(last.text) + base
