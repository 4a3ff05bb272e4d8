"""Whether a reporting verb found in a parse reports a statement someone made.

Many verbs of the attribution lexicon are broad: "seem", "expect", "show",
"find", "plan" report a view when a person says it ("analysts expect prices to
rise") but describe a state of things otherwise ("Cases seem to be declining",
"the figures show no change", "they find their relations tested"). Read as
attributions, such sentences make their grammatical subject a speaker. The
checks here are on the parse only, with generic English vocabulary:

- a broad verb counts only when its subject can speak: a name, a personal
  pronoun, or a noun for people, a body, or a document ("the report found");
- an infinitive is not yet said: "aims to discuss", "met to discuss", "a place
  to find" are plans and purposes, except after a verb that reports the saying
  itself ("seemed to suggest", "went on to say");
- a broad verb's infinitive with no subject of its own is an intention ("plans
  to leave", "hopes to win"), not a statement; with its own subject it is a view
  ("expects prices to rise");
- a passive verb with no agent ("is expected to", "was shown") names no source:
  its subject is what was spoken of, not who spoke;
- a verb of assent or undertaking with its own infinitive ("agreed to hold a
  vote", "offered to mediate") is a deed, not words;
- a verb in a condition ("if buyers accept the fees") reports nothing that
  happened; a participle on a noun that cannot speak ("protests demanding
  reform") is what an event was about; a person "showing" something ("she showed
  she had misled them") does it by deeds (a report or a study that shows states
  a finding); "wondering" is a question kept in mind; a doctrine ("-ism")
  cannot speak, capitalised or not; and a view one "has to" or "must" hold ("has had
  to accept that") is a plight, not a statement.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.deeds import (
    act_on_someone,
    deed_use,
    framed_by_writer,
    headline_cased,
    unsaid_by_form,
    writer_question,
)
from storyline.analyze.quotes.speaking_nouns import names_a_speaker, singular

__all__ = [
    "BROAD_CUES",
    "INTENTION_CUES",
    "active_conjunct",
    "answers_object",
    "can_speak",
    "deed_not_words",
    "intention_only",
    "names_a_time",
    "not_yet_said",
    "passive_without_agent",
    "state_complement",
]


BROAD_CUES: frozenset[str] = vocab(
    "seem appear expect show find see know feel learn hear reveal indicate suggest aim plan "
    "hope want seek wish prefer consider view regard recognize recognise accept understand "
    "remember welcome discuss signal mean reflect sense notice imagine figure threaten promise"
)
"""Base forms of reporting verbs that also describe states, findings and plans ("a current
threatening to carry the oil", "clouds that promise rain")."""

INTENTION_CUES: frozenset[str] = vocab(
    "expect want seek hope plan wish prefer aim intend decide pretend seem appear "
    "agree consent offer volunteer propose"
)
"""Verbs whose subject-sharing infinitive is what the subject intends, seems, or undertakes
to do ("agreed to hold a vote" is a deed agreed on, not words; "is proposing to buy the
assets" is a plan put forward, its words not given)."""

_RAISING_GOVERNORS: frozenset[str] = vocab(
    "seem seems seemed seeming appear appears appeared appearing go goes went going gone "
    "continue continues continued continuing proceed proceeds proceeded begin begins began "
    "start starts started have has had having use used happen happens happened tend tends "
    "tended quick careful first last"
)
"""Words after which an infinitive reporting verb is the saying itself ("went on to say",
"seemed to suggest", "was quick to add", "the first to say")."""

_SPEAKING_PRONOUNS: frozenset[str] = vocab("i we you he she they it who me us him her them")
_NOBODY: frozenset[str] = vocab(
    "anyone anybody everyone everybody nobody someone somebody none whoever"
)
"""Quantifiers: "nothing anyone could tell me" has no one who spoke."""


def can_speak(head: Any) -> bool:
    """Whether the head token of a source phrase names someone (or something written by
    someone) who can state things: a name, a personal pronoun, or a noun for people, a
    body or a document (`speaking_nouns`; a place is left out, since "the country seems"
    describes a state). An expletive "it" ("It seems that") and a quantifier ("anyone")
    cannot."""
    low = head.lower_
    if low in _NOBODY or head.dep_ == "expl" or _doctrine(low):
        return False
    if low in _SPEAKING_PRONOUNS:
        return True
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or head.tag_ in {"NNP", "NNPS"}:
        return True
    return names_a_speaker(low)


def _doctrine(low: str) -> bool:
    """A doctrine or movement ("nationalism", "Marxism"): an idea, which says nothing."""
    return len(low) > 5 and low.endswith(("ism", "isms"))


def not_yet_said(verb: Any) -> bool:
    """Whether a reporting verb is an infinitive of purpose or plan ("aims to discuss",
    "met to discuss", "a place to find"): what it would say has not been said. A perfect
    infinitive ("is reported to have said") and one after a raising verb ("went on to
    say") are said."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in children):
        return False
    if verb.dep_ in {"advcl", "acl", "relcl", "advmod", "npadvmod"}:
        return True
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        return verb.head.lower_ not in _RAISING_GOVERNORS
    return False


def intention_only(verb: Any, lemma: str, clause: Any) -> bool:
    """Whether an infinitive `clause` under `verb` is only the subject's intention or
    seeming ("plans to leave", "seems to be declining"): a broad verb whose infinitive has
    no subject of its own. "expects prices to rise" has one, and is a view."""
    if lemma not in INTENTION_CUES:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and not any(
        c.dep_ == "dobj" for c in verb.children
    )


def active_conjunct(verb: Any) -> bool:
    """Whether a verb is an active one joined to another ("Officials were angered by the
    ruling and predicted ..."): it shares only the subject of the verb it is joined to,
    so a passive's "by" agent is not its speaker and the passive does not leave it
    without one."""
    return bool(verb.dep_ == "conj" and verb.tag_ in _ACTIVE_TAGS)


_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def passive_without_agent(verb: Any) -> bool:
    """Whether a verb is passive with no "by" agent ("are expected to", "has been shown",
    "was described as", "It used to be said that"), climbing as a source lookup does from
    an infinitive to the verb that holds the subject."""
    head = verb
    for _ in range(4):
        children = list(head.children)
        if head.i != verb.i and any(c.dep_ == "auxpass" for c in verb.children):
            # "It used to be said that ...": the raised subject is the passive's, an
            # impersonal "it" or what was spoken of, never who said it
            return not any(c.dep_ == "agent" for c in verb.children)
        if any(c.dep_ in {"nsubj", "csubj", "expl"} for c in children):
            return False
        if any(c.dep_ == "nsubjpass" for c in children):
            return not any(c.dep_ == "agent" for c in children)
        if head.dep_ in {"xcomp", "conj"} and head.head.i != head.i:
            if active_conjunct(head):
                return False  # "was forced out and said": the joined verb is active
            head = head.head
            continue
        return False
    return False


_SMALL_CLAUSE_CUES: frozenset[str] = vocab("find see feel consider show keep leave")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def state_complement(verb: Any, lemma: str) -> bool:
    """Whether a broad verb's complement is a small clause with no finite verb ("find their
    relations tested", "found it difficult"): a state the subject is in, not something it
    states ("found that prices rose")."""
    if lemma not in _SMALL_CLAUSE_CUES:
        return False
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}]
    if not clauses:
        return False
    for clause in clauses:
        children = list(clause.children)
        if clause.tag_ in _FINITE_TAGS or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in children
        ):
            return False
        if any(c.dep_ in {"mark", "aux"} and c.lower_ in {"that", "to"} for c in children):
            return False
    return True


_TIME_NOUNS: frozenset[str] = vocab(
    "time times day days week weeks month months year years morning mornings afternoon "
    "evening evenings night nights hour hours minute minutes moment moments while "
    "second seconds decade decades century centuries"
)


def names_a_time(head: Any) -> bool:
    """Whether a source phrase is a time expression ("the troops all the time and most
    say", "Monday said"): a parse's slip, since no time speaks."""
    if head.tag_ in {"NNP", "NNPS"}:
        return False  # "The Times reported": a name, not a time
    return head.ent_type_ in {"DATE", "TIME"} or head.lower_ in _TIME_NOUNS


_CONDITIONS: frozenset[str] = vocab("if unless whether")
_DEMONSTRATION_CUES: frozenset[str] = vocab("show prove demonstrate illustrate")
_FINDING_NOUNS: frozenset[str] = vocab(
    "poll survey study report review inquiry investigation audit research analysis letter "
    "statement memo document filing data figure figures number numbers record records "
    "result results test tests evidence footage video image photo picture book article "
    "paper census count model forecast estimate assessment"
)
"""Heads of what shows a finding by stating it (a study, a record, a set of figures)."""
_PERSONAL_PRONOUNS: frozenset[str] = vocab("i we you he she they me us him her them")


def _clause_chain(verb: Any) -> list[Any]:
    """`verb` and the verbs it hangs from as an infinitive or a conjunct ("would accept",
    "agree and sign"), up to the verb that holds its clause's subject and marker."""
    chain = [verb]
    head = verb
    for _ in range(4):
        if head.dep_ in {"xcomp", "conj"} and head.head.i != head.i:
            head = head.head
            chain.append(head)
            continue
        break
    return chain


_CONVENING_CUES: frozenset[str] = vocab("call")
_CONVENED_NOUNS: frozenset[str] = vocab(
    "meeting session summit conference election elections vote referendum poll strike "
    "truce ceasefire halt recess inquiry hearing"
)
"""What is called by convening or declaring it ("called an emergency meeting")."""
_DECLARING_CUES: frozenset[str] = vocab("declare")
_DECLARED_NOUNS: frozenset[str] = vocab(
    "state emergency war curfew law bankruptcy independence holiday disaster mourning "
    "ceasefire truce blockade lockdown quarantine"
)
"""What a declaration brings into force ("declares a state of emergency", "declared war"):
the act itself, where "declared the vote a fraud" or "declared that ..." says something."""


def _one_of_a_kind(obj: Any) -> bool:
    """Whether a declared object is brought in by "a"/"an" alone ("declares a pandemic",
    "declared a dividend"): a thing declared into being, where what a declaration says
    takes a clause or a complement ("declared the vote a fraud", "declared that ...")."""
    dets = [c.lower_ for c in obj.children if c.dep_ in {"det", "poss"}]
    return dets in (["a"], ["an"])


_STRIKING_CUES: frozenset[str] = vocab("attack strike hit raid")
_STRUCK_ENTITIES: frozenset[str] = frozenset({"GPE", "LOC", "FAC", "NORP"})
_STRUCK_NOUNS: frozenset[str] = vocab(
    "demonstrator protester crowd civilian troop soldier force fighter rebel town city "
    "village base position target convoy building camp"
)
"""People and places an attack strikes by force ("attacked the demonstrators")."""


def _convened_or_struck(verb: Any, lemma: str) -> bool:
    """Whether a cue verb's object is an event it convenes ("called an emergency meeting"),
    a state of things it declares into force ("declares a state of emergency"), or people
    or a place it strikes ("attacked the demonstrators", "attacked the port
    town"): a deed, where "called the plan reckless" or "attacked the budget" criticise."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children):
        return False
    obj = objects[0]
    noun = singular(obj.lower_)
    if lemma in _CONVENING_CUES:
        return noun in _CONVENED_NOUNS or obj.lower_ in _CONVENED_NOUNS
    if lemma in _DECLARING_CUES:
        return noun in _DECLARED_NOUNS or _one_of_a_kind(obj)
    if lemma in _STRIKING_CUES:
        return obj.ent_type_ in _STRUCK_ENTITIES or noun in _STRUCK_NOUNS
    return False


_URGING_CUES: frozenset[str] = vocab(
    "encourage urge advise order force press instruct tell require permit allow"
)
"""Verbs whose active use names the one urged before the infinitive ("urged residents to
leave"); not "warn", whose active use may leave the one warned out ("Police warned to
expect delays")."""


def _urged_without_object(verb: Any, lemma: str) -> bool:
    """Whether a verb of urging stands with an infinitive and no one urged ("women
    strongly encouraged to wear the veil", "residents told to leave"): a passive with its
    "be" left out, whose subject is the one urged; its urger is not written."""
    if lemma not in _URGING_CUES or verb.tag_ not in {"VBD", "VBN"}:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "dative", "aux", "auxpass", "agent"} for c in children):
        return False
    return any(
        c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children)
        for c in children
    )


_ANSWERS = frozenset({"respond", "reply", "answer", "retort"})
"""Verbs of answering: what they answer ("responded to the report") is what the answer is
about, not who gives it."""


def answers_object(verb: Any) -> bool:
    """Whether a participle hangs on what a verb of answering answers ("The firm responded
    to the inspector's report saying ...", "replied to the letter saying ..."): the parse
    reads the participle as the report's words, but they are the answer of the verb's
    subject (see `participles`). Not "pointed to a sign saying", where the words are the
    sign's: only "to" after a verb of answering, the participle right after its object.
    Not when the answer is denied ("has not responded to the letter saying ...": no answer
    was given), nor when the object is brought in there with "a"/"an" ("responded to a
    petition saying the plant should close"): a thing first named is told by what it says."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "pobj" or noun.i != verb.i - 1:
        return False
    prep = noun.head
    answering = prep.head
    if prep.lower_ != "to" or cue_lemma(answering.lower_) not in _ANSWERS:
        return False
    if any(c.dep_ == "neg" for c in answering.children):
        return False
    return not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _names_its_noun(verb: Any) -> bool:
    """Whether a passive participle modifies the noun before it ("the figure cited by
    Ruiz", "the plan announced by the mayor"): the noun is what was said, named by the
    writer; the words themselves are not given, so no one is shown saying them."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i < verb.i
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)
    )


_HAVE: frozenset[str] = vocab("have has had having")
_OBLIGING_MODALS: frozenset[str] = vocab("must")


_RELATIVE_WORDS: frozenset[str] = vocab("which that who whom")


def _naming_relative(verb: Any, lemma: str) -> bool:
    """Whether "call" gives a name to the noun its relative clause hangs on ("the events he
    calls 'grey herons'", "a tactic critics call 'stalling'"): the object is the noun
    before, and what follows the verb is the name given it, not words anyone said about
    the matter. "the plan, which he called a disaster" stays a judgment only when the
    relative pronoun is written; without one the clause just names."""
    if lemma != "call" or verb.dep_ != "relcl":
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "dobj"} and c.tag_ in {"WDT", "WP"} for c in children):
        return False
    between = verb.doc[min(verb.head.i, verb.i) + 1 : verb.i]
    if any(t.lower_ in _RELATIVE_WORDS for t in between):
        return False
    return not any(c.dep_ == "ccomp" for c in children)


def _obliged_to_hold(verb: Any, lemma: str) -> bool:
    """Whether a verb of holding a view is one its subject is made to hold ("has had to
    accept that the allies left", "must recognise that", "will have to understand"): a
    plight the writer describes, not a statement. "I have to say" reports a saying, and
    a verb of saying is never read here."""
    if lemma not in BROAD_CUES:
        return False
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS for c in children):
        return True
    return (
        verb.dep_ == "xcomp"
        and verb.head.i != verb.i
        and verb.head.lower_ in _HAVE
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    )


def deed_not_words(verb: Any, lemma: str, source_head: Any | None) -> bool:
    """Whether a reporting verb, read in its clause, describes a deed, a condition or a
    state of mind rather than something said:

    - in a condition ("if buyers accept the fees", "unless the board agrees"): what
      would happen, not what was said;
    - a participle on a noun that cannot speak ("marches demanding reform",
      "protests calling for a vote"): the event's cause, whoever the sentence's
      subject is ("a letter demanding" can speak, and is kept);
    - an event convened or people and places struck ("called a meeting", "attacked the
      demonstrators");
    - "wondering" ("voters are wondering whether", "officials wondering"): a question
      in mind;
    - a doctrine as subject ("nationalism expresses its anger");
    - "show"/"prove" by a person ("she showed she could win"): shown by deeds; a
      report, a poll or a set of figures that shows states a finding;
    - a vote, help given, money pledged, a person cited, the writer's "as" framing and
      the writer's own question (see `deeds`).
    """
    if source_head is not None and _doctrine(source_head.lower_):
        return True  # "nationalism expresses its anger": an idea says nothing
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if deed_use(verb, lemma, bool(objects) and can_speak(objects[0])):
        return True  # "voted against", "backed by", "pledged $5m", "cited a farmer"
    if act_on_someone(verb, lemma):
        return True  # "names Ortiz vice president", "asserting itself", "writes a column"
    if framed_by_writer(verb, lemma) or writer_question(verb) or headline_cased(verb):
        return True  # "as insurers recognize that", "Did the mayor think ...?", "Mayor Says"
    if unsaid_by_form(verb, lemma, source_head, bool(objects) and can_speak(objects[0])):
        return True  # "Perhaps he assumed", "can call", "rejected the Democrat", "wanted us to"
    for v in _clause_chain(verb):
        if v.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in v.children
        ):
            return True
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.tag_.startswith("NN")
        and not can_speak(verb.head)
        and not answers_object(verb)
    ):
        return True
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and source_head is not None
        and not can_speak(source_head)
    ):
        return True  # "with black T-shirts saying ...": a thing bearing words says nothing
    if lemma == "wonder" and verb.tag_ == "VBG":
        return True
    if _naming_relative(verb, lemma):
        return True  # "the shocks he calls 'grey herons'": a name given, nothing stated
    if _obliged_to_hold(verb, lemma):
        return True  # "has had to accept that allies left": made to accept, not saying so
    if _convened_or_struck(verb, lemma):
        return True
    if _urged_without_object(verb, lemma):
        return True  # "women encouraged to wear the veil": they were urged, not urging
    if _names_its_noun(verb):
        return True  # "the figure cited by Ruiz": the figure is named, not stated
    if lemma in _DEMONSTRATION_CUES and source_head is not None:
        low = source_head.lower_
        if singular(low) in _FINDING_NOUNS or low in _FINDING_NOUNS:
            return False
        return (
            low in _PERSONAL_PRONOUNS
            or source_head.ent_type_ == "PERSON"
            or (can_speak(source_head) and source_head.ent_type_ not in {"ORG", "GPE", "NORP"})
        )
    return False
