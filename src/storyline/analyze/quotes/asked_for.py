"""Reporting verbs used for what someone asks for, urges or advises, expects of someone,
adds to a tally or is supposed by the writer to hold (notspeech43 and notspeech44, issue
14): "asked the court to dismiss the charges", "who asked not to be named", "urged people
not to go", "we expect him to speak", "added 87 yards receiving", "apparently believes the
pier is his". PolNeAR keeps each as an
attribution, but the words shown ("to dismiss the charges", "not to be named") are a
request, a source's terms or a count, not a statement; `shown.may_show` shows no speaker
for them. In-sample ECB+ listings (session 43) read every such shown quote of "asked ...
to" as a request (9, three arguably public appeals) and every "added" with a count of
its own as a player's tally. Generic English words and the parse only."""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import NOUN_CUES, vocab
from storyline.analyze.quotes.speaking_nouns import singular
from storyline.analyze.quotes.stated_objects import SPEECH_NAMES

__all__ = [
    "advised",
    "appealed",
    "conduct_expected",
    "count_added",
    "inferred_view",
    "question_put",
    "requested",
]


_REQUEST_VERBS: frozenset[str] = vocab("ask request beg")
"""Verbs of asking someone for something: with an infinitive they report a request."""


def requested(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "asked the court to dismiss the charges", "asked her to host the show again",
    "who asked not to be named": an infinitive under a verb of asking is what was asked
    for, of a listener or for the asker, not a statement. A reader shown "Board: to do it
    twice" reads a request as someone's words, and shown "not to be named" the writer's
    account of a source's terms. A question put ("asked whether the dam would hold") or
    quoted words stay, and so does a document's appeal ("sent a letter asking the
    ministers to repeal the rule", `_DOCUMENTS`): a public demand put in writing, as
    "urged the ministers to ..." is, whose next quoted words are the document's too."""
    if lemma not in _REQUEST_VERBS or content is None:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and singular(verb.head.lower_) in _DOCUMENTS:
        return False
    return bool(_infinitives_under(verb, content)) or any(
        _opened_by(t, _THAT) for t in _clauses_under(verb, content)
    )


_THAT: frozenset[str] = vocab("that")
_QUESTION_MARKS: frozenset[str] = vocab("whether if")
_QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def question_put(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "asked whether she shielded her son", "asked Pell Arvin if the dam would hold",
    "asked why the council had waited": a clause under a verb of asking opened by
    "whether", "if" or a wh-word is a question put, which states nothing; a reader shown
    "Ana Velt: whether she shielded her son" reads an accusation as her statement. Quoted
    words ("asked : `` Did you ... ? ''") do not come here and stay shown."""
    if lemma not in _REQUEST_VERBS or content is None:
        return False
    return any(
        _opened_by(t, _QUESTION_MARKS) or _opened_by_wh(t)
        for t in _clauses_under(verb, content, _QUESTION_DEPS)
    )


_QUESTION_DEPS = frozenset({"ccomp", "advcl"})
"""How the parse hangs a question on "ask": "asked Pell if ..." comes out an adverbial
clause after the listener."""


def _clauses_under(
    verb: Any, content: Any, deps: frozenset[str] = frozenset({"ccomp"})
) -> list[Any]:
    """The clauses of `content` hung on `verb` with one of `deps` (its complement)."""
    inside = range(content.start, content.end)
    return [t for t in content if t.head.i == verb.i and t.i in inside and t.dep_ in deps]


def _opened_by(clause: Any, marks: frozenset[str]) -> bool:
    """Whether `clause` is opened by one of `marks` ("that someone open the door")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _opened_by_wh(clause: Any) -> bool:
    """Whether `clause` opens with a wh-word ("why the council had waited")."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in _QUESTION_TAGS


_DOCUMENTS: frozenset[str] = vocab(
    "letter statement petition resolution motion filing lawsuit suit complaint memo "
    "message notice release report document"
)
"""Nouns for a written demand that a participle of asking can hang on ("a petition asking
the council to ...")."""


def _infinitives_under(verb: Any, content: Any) -> list[Any]:
    """The verbs of `content` that are infinitives hung on `verb` ("asked her [to do it]",
    "asked [not to be named]", "expect prices [to rise]")."""
    inside = range(content.start, content.end)
    roots = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    return [
        t
        for t in roots
        if t.tag_ in {"VB", "VBN"}
        and t.head.i == verb.i
        and t.dep_ in {"xcomp", "ccomp"}
        and any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "TO" for c in t.children)
    ]


_ADVICE_VERBS: frozenset[str] = vocab(
    "urge advise encourage implore exhort counsel recommend suggest"
)
"""Verbs of urging or advising someone to act: what follows is conduct pressed on a
listener, not a statement about anything."""
_THIRD_SINGULAR: frozenset[str] = vocab("he she it")


def advised(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "urged people not to go into the hills unprepared", "urged Pell to throw more
    jabs", "recommended to Arlow that he leave school": an infinitive under a verb of
    urging or advising, or a clause in the mandative mood ("that he leave", a base form
    after a third-person subject) for a listener named with "to", is advice or an appeal
    in the writer's words, like "asked X to ..." (`requested`): a fact-checker has no
    words of the speaker to check. Quoted words beside the verb ("urged voters : `` Do not
    stay home ''") still show their speaker (`shown.states_nothing`). "recommended that
    the dam be closed", with no listener, is a finding, and stays."""
    if lemma not in _ADVICE_VERBS or content is None:
        return False
    if lemma != "suggest" and _infinitives_under(verb, content):
        return True
    listener = any(
        c.dep_ in {"prep", "dative"}
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    return listener and any(_mandative(t) for t in verb.children if t.dep_ == "ccomp")


_APPEAL_PREPOSITIONS: frozenset[str] = vocab("on upon")


def appealed(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "called on the council to act", "called for the council to act": an appeal to a
    listener to do something, in the writer's words, as "urged the council to act" is
    (`advised`); the two are shown alike, to no reader, since neither gives any words of
    the one appealing (held-out readers of sessions 43-44 judged every "urged X to ..."
    shown no statement). Every form of the verb alike ("calls on", "has called for", "by
    calling on Arabs to rise up"): after a participle the parse often reads "on" as the
    verb's particle and the listener as its object, which is the same appeal. "called for
    a ban" (no infinitive) is left to the object rules, and quoted words beside the verb
    still show their speaker."""
    if lemma != "call" or content is None:
        return False
    listener = any(
        c.dep_ == "prep"
        and c.lower_ in _APPEAL_PREPOSITIONS
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    ) or (
        any(c.dep_ == "prt" and c.lower_ in _APPEAL_PREPOSITIONS for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
    )
    inside = range(content.start, content.end)
    for t in content:
        if t.head.i != verb.i or t.i not in inside or t.tag_ != "VB":
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
            continue
        if listener and t.dep_ == "xcomp":
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
            return True
    return False


def _mandative(clause: Any) -> bool:
    """ "(that) he leave": a base form after a third-person singular subject."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        clause.tag_ in {"VB", "VBP"}
        and len(subjects) == 1
        and subjects[0].lower_ in _THIRD_SINGULAR
        and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    )


_PERSONAL_OBJECTS: frozenset[str] = vocab("him her you them me us")


def conduct_expected(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "we expect him to speak", "I expect you to call back", "expect them to repay the
    fund": "expect" with a person (a personal pronoun) and an infinitive tells what
    someone is expected to do, a demand or a hope about their conduct, not a forecast
    stated. "Analysts expect prices to rise" and "the utility expects the line to be
    mended by Saturday" are forecasts, and stay (Timeline17, notspeech43: the shown quotes with a
    pronoun there were expectations of someone's conduct)."""
    if lemma != "expect" or content is None:
        return False
    infinitives = _infinitives_under(verb, content)
    if not infinitives:
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _PERSONAL_OBJECTS
        for t in infinitives
        for c in t.children
    ) or any(c.dep_ == "dobj" and c.lower_ in _PERSONAL_OBJECTS for c in verb.children)


_COUNT_TAGS = frozenset({"CD", "NN", "NNS"})


def count_added(verb: Any, lemma: str) -> bool:
    """ "added 87 yards receiving", "added two goals in the second half": "add" with
    an object of its own, a count or a thing, is a deed (a player's tally, an ingredient, a
    feature), whatever clause the parse hangs after it. "added that ..." and "added a
    warning that ..." (a noun for speech) still report words."""
    return lemma == "add" and any(
        c.dep_ == "dobj"
        and c.tag_ in _COUNT_TAGS
        and not {c.lower_, singular(c.lower_)} & (NOUN_CUES | SPEECH_NAMES)
        for c in verb.children
    )


_INFERENCE_ADVERBS: frozenset[str] = vocab(
    "apparently clearly evidently seemingly obviously presumably probably"
)
"""Adverbs by which the writer infers a state of mind ("apparently felt", "clearly expect")."""


def inferred_view(verb: Any) -> bool:
    """ "who apparently believes he owns the pier", "the board clearly expects Ivo Marek to
    draw a crowd", "she apparently felt she had to leave": a verb of opinion the writer
    qualifies as an inference gives the writer's guess at someone's mind, not a view they
    stated. In-sample ECB+ (3 shown, all three wrong) and Timeline17 (notspeech43: 12 shown
    with such an adverb, none a view anyone stated) read them all as the writer's."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return any(c.dep_ == "advmod" and c.lower_ in _INFERENCE_ADVERBS for c in verb.children) or (
        before is not None and before.lower_ in _INFERENCE_ADVERBS
    )
