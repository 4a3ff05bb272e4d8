"""How the text qualifies a counted number: who caused it, whether it is projected, a rate,
a running total, one incident of a day, confirmed or suspected, and where.

Each qualifier reads the parse around the number's phrase; `syntax.read_number` combines
them into one `NumberSyntax`. Kept in their own module because each is a small rule of
English grammar with its own word lists, tested one by one through `read_number`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from storyline.analyze.claims.tree import is_noun, subject_of, token_lemma

__all__ = [
    "CAUSE_VERBS",
    "cause_of",
    "cause_span",
    "certainty_of",
    "per_period",
    "places_of",
    "projected",
    "running_total",
    "simple_past",
]

_PLACE_PREPS = frozenset(
    {"in", "at", "across", "throughout", "inside", "near", "within", "off", "around"}
)
_WORLD_WORDS = frozenset({"worldwide", "globally", "global", "world", "globe", "planet"})

_RELATIVE = frozenset({"which", "that", "who", "whom"})
CAUSE_VERBS = frozenset(
    {
        "kill", "injure", "wound", "hurt", "maim", "infect", "displace", "uproot", "arrest",
        "detain", "abduct", "kidnap", "rescue", "evacuate", "claim", "leave", "slay",
        "murder", "execute", "sicken", "hospitalize", "hospitalise", "strike", "hit",
    }
)  # fmt: skip
"""Verbs whose subject is who or what did what the number counts ("a bomb killed 12")."""
_CAUSE_PREPS = frozenset({"from", "of", "by"})
_CAUSE_PARTS = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "case", "punct"})


def cause_of(
    nominal: Any, noun: Any | None, governor: Any | None, prep: Any | None, actor: bool
) -> Any | None:
    """The token heading who or what caused what the number counts, if the text says."""
    if governor is None:
        return None
    head: Any | None = None
    counted = noun if noun is not None else nominal
    doing = governor.tag_.startswith("VB") and (actor or token_lemma(governor) in CAUSE_VERBS)
    if prep is None and counted.dep_ in ("dobj", "nsubjpass") and doing:
        if counted.dep_ == "dobj":
            head = subject_of(governor)
        else:
            head = next(
                (o for a in governor.children if a.dep_ == "agent" for o in a.children), None
            )
    if head is None:  # "deaths from swine flu", "died of the disease"
        for holder in (counted, governor):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in _CAUSE_PREPS - {"by"}:
                    obj = next((o for o in child.children if o.dep_ == "pobj"), None)
                    if obj is not None and obj.i != counted.i:
                        head = obj
                        break
            if head is not None:
                break
    if head is not None and head.lower_ in _RELATIVE and governor.dep_ == "relcl":
        head = _antecedent(head, governor.head)  # "the AIDS virus, which has killed 25 million"
    if head is None and governor.dep_ == "advcl" and governor.tag_ == "VBG" and doing:
        head = subject_of(governor.head)  # "a strain has broken out, killing 16 people"
    if head is None and actor and _held_by_a_verb(governor):
        head = subject_of(governor.head)  # "the Velden central bank has reserves of $5bn"
    if head is None or head.tag_ in ("PRP", "WP", "WDT", "EX") or not _specific(head):
        return None
    return head


def _held_by_a_verb(governor: Any) -> bool:
    """Whether an amount's noun ("reserves of $5bn") is the object of a verb, whose
    subject then holds, spends or owes it."""
    return (
        is_noun(governor)
        and governor.dep_ in ("dobj", "attr")
        and governor.head.i != governor.i
        and governor.head.tag_.startswith("VB")
    )


def _antecedent(relative: Any, attached: Any) -> Any:
    """What a relative pronoun stands for: the noun the parse hangs its clause from, or,
    when that noun heads a list, the member written right before the pronoun. "The donors
    include Velcor, Branta and Jed Marlow, who gave $500,000": Marlow gave, not Velcor (the
    parse often hangs the clause from a list's first member)."""
    i = relative.i - 1
    while i >= 0 and relative.doc[i].is_punct:
        i -= 1
    if i < 0:
        return attached
    near = relative.doc[i]
    while near.dep_ in ("compound", "flat") and near.head.i > near.i:
        near = near.head
    if near.i == attached.i or not is_noun(near):
        return attached
    members = {attached.i}
    grown = True
    while grown:
        grown = False
        for t in attached.doc:
            if t.dep_ == "conj" and (t.head.i in members) != (t.i in members):
                members |= {t.i, t.head.i}
                grown = True
    return near if near.i in members else attached


_EVALUATIVE = frozenset(
    {
        "new", "deadly", "latest", "current", "same", "recent", "ongoing", "huge", "massive",
        "powerful", "devastating", "fresh", "lethal", "fatal", "killer", "mysterious", "big",
        "strong", "major", "severe", "terrible", "violent", "initial", "first", "second",
    }
)  # fmt: skip


def _specific(head: Any) -> bool:
    """Whether a cause names something of its own ("Israel", "seasonal flu", "the 1918
    pandemic") rather than pointing back at the story's event ("the virus", "the new strain")."""
    if head.tag_ in ("NNP", "NNPS"):
        return True
    for child in head.lefts:
        if child.dep_ in ("compound", "nmod", "nummod") or (
            child.dep_ == "poss" and child.tag_ in ("NNP", "NNPS")
        ):
            return True
        if child.dep_ == "amod" and token_lemma(child) not in _EVALUATIVE:
            return True
    return False


def cause_span(head: Any, base: int) -> tuple[int, int]:
    parts = [head, *(c for c in head.lefts if c.dep_ in _CAUSE_PARTS)]
    first = min(parts, key=lambda t: t.i)
    return base + first.idx, base + head.idx + len(head.text)


_MODALS = frozenset({"could", "may", "might", "would", "will", "shall", "can", "should", "'ll"})
_EXPECTING = frozenset(
    {"expect", "fear", "predict", "project", "forecast", "anticipate", "threaten", "risk"}
)
_PERIODS = frozenset(
    {"year", "day", "week", "month", "season", "winter", "summer", "decade", "hour", "night"}
)
_PER_WORDS = frozenset({"a", "an", "each", "every", "per"})
_RATE_ADVERBS = frozenset({"annually", "yearly", "daily", "weekly", "monthly", "nightly"})


_CONDITIONS = frozenset({"if", "unless", "suppose", "supposing"})
_GENERIC_WHEN = frozenset({"when", "whenever", "once"})


def _conditional(tok: Any) -> bool:
    """A clause of a condition: "if the fever reaches 400", or "when a bank buys $100
    million" in the present, which tells what happens in general, not what happened."""
    if tok.dep_ != "advcl":
        return False
    words = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
    return bool(words & _CONDITIONS) or (
        bool(words & _GENERIC_WHEN) and tok.tag_ in ("VBZ", "VBP", "VB")
    )


def projected(governor: Any) -> bool:
    """A figure of what could or will happen ("could die", "is expected to reach"), or of
    a condition ("if the toll reaches 400", "when a bank buys $100 million"), not one of
    what happened; "may have died" is an uncertain report of the past, kept as one."""
    tok = governor
    for _ in range(3):
        if tok is None or not tok.tag_.startswith("VB"):
            return False
        if _conditional(tok):
            return True
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in _MODALS for c in auxes):
            return not any(c.lower_ == "have" for c in auxes)
        if tok.dep_ == "xcomp" and token_lemma(tok.head) in _EXPECTING:
            return True
        if token_lemma(tok) in _EXPECTING and tok.i != governor.i:
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def per_period(holders: Iterable[Any]) -> bool:
    """A figure per unit of time ("36,000 people a year", "daily", "per week")."""
    for holder in holders:
        for child in holder.children:
            if child.lower_ in _RATE_ADVERBS:
                return True
            per = any(g.lower_ in _PER_WORDS for g in child.children)
            if per and token_lemma(child) in _PERIODS:
                return True
            if child.dep_ == "prep" and child.lower_ == "per" and not _attribution(child):
                return True
    return False


def _attribution(per: Any) -> bool:
    """ "per" set off by a comma names a source ("14 killed, per police"), not a unit."""
    return bool(per.i > 0 and per.doc[per.i - 1].text == ",")


_RUNNING_WORDS = frozenset(
    {"now", "overall", "altogether", "total", "cumulative", "already", "tally", "toll", "far"}
)


def running_total(
    level: bool, governor: Any | None, holders: Sequence[Any], cues: Sequence[str]
) -> bool:
    """A running total: a level construction, a present perfect, or words like "so far"."""
    if level or any(c in ("toll", "tally", "total") for c in cues):
        return True
    if governor is not None and governor.tag_ in ("VBN", "VBD"):
        auxes = [c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")]
        if any(a in ("has", "have", "'ve") for a in auxes):
            return True
    for holder in holders:
        for child in holder.children:
            if child.lower_ in _RUNNING_WORDS or (child.lower_ == "all" and child.dep_ == "pobj"):
                return True
            if child.dep_ == "prep" and any(g.lower_ == "all" for g in child.children):
                return True  # "in all"
    return False


_HAPPENING = CAUSE_VERBS | {"die", "drown", "perish", "succumb"}
"""Verbs whose simple past with a date of their own clause tells one incident ("were killed
on Monday"); a count governed by another verb ("searched for 60 people") tells none."""


_SUSPECT_MODIFIERS = frozenset(
    {
        "suspected",
        "possible",
        "probable",
        "likely",
        "presumed",
        "unconfirmed",
        "feared",
        "potential",
    }
)
_SUSPECT_ADVERBS = frozenset({"probably", "possibly", "reportedly", "allegedly", "perhaps"})
_SUSPECT_VERBS = frozenset({"suspect", "fear", "believe", "presume", "think"})
_CONFIRM_VERBS = frozenset({"confirm", "verify"})


Certainty = Literal["confirmed", "suspected"]


def certainty_of(noun: Any | None, governor: Any | None) -> Certainty | None:
    """Whether the text marks the count as confirmed or only suspected."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")] if noun else []
    if any(c.lower_ in _SUSPECT_MODIFIERS for c in words):
        return "suspected"
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")] if noun else []
    if any(g.lower_ in _SUSPECT_ADVERBS for c in clauses for g in c.children):
        return "suspected"  # "81 deaths probably linked to the virus"
    verbs: list[Any] = []
    tok = governor
    for _ in range(3):  # the verb, and the verbs it is the complement of ("confirmed that")
        if tok is None or not tok.tag_.startswith(("VB", "JJ")):
            break
        verbs.append(tok)
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    if _alleged(governor):
        return "suspected"
    for verb in verbs:
        near = [*verb.children, *(g for c in verb.children if c.dep_ in ("advcl", "xcomp", "acl")
                                   for g in c.children)]  # fmt: skip
        if any(c.lower_ in _SUSPECT_ADVERBS for c in near):
            return "suspected"
        if token_lemma(verb) in _SUSPECT_VERBS or any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in _SUSPECT_MODIFIERS for c in verb.children
        ):
            return "suspected"
    if any(c.lower_ in ("confirmed", "laboratory-confirmed", "lab-confirmed") for c in words):
        return "confirmed"
    if any(token_lemma(v) in _CONFIRM_VERBS for v in verbs):
        return "confirmed"
    return None


_ALLEGING = frozenset({"suspect", "suspected", "accuse", "accused", "blame", "fear", "feared"})
"""Words whose "of" phrase is an allegation, not a fact: "a virus suspected of killing 100",
"a militia accused of killing 40" report a count no one has confirmed."""


def _alleged(governor: Any | None) -> bool:
    """Whether the verb governing the count is the object of an allegation's "of"
    ("suspected of killing more than 100 people")."""
    if governor is None or governor.dep_ != "pcomp":
        return False
    prep = governor.head
    if prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return False
    return prep.head.lower_ in _ALLEGING or token_lemma(prep.head) in _ALLEGING


def simple_past(governor: Any | None) -> bool:
    if governor is None or token_lemma(governor) not in _HAPPENING:
        return False
    if governor.tag_ == "VBD":
        return True
    auxes = [c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")]
    return governor.tag_ == "VBN" and any(a in ("was", "were") for a in auxes)


def places_of(holders: Iterable[Any]) -> tuple[list[int], bool]:
    places: list[int] = []
    world = False
    for holder in holders:
        for child in holder.children:
            low = child.lower_
            if low in _WORLD_WORDS and child.dep_ in ("advmod", "amod", "npadvmod"):
                world = True
            if child.dep_ in ("poss", "compound", "nmod"):
                places.append(child.idx)
            if child.dep_ == "prep" and low in _PLACE_PREPS:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    if obj.lower_ in _WORLD_WORDS or (
                        obj.lower_ in ("countries", "nations")
                        and any(c.dep_ == "nummod" for c in obj.children)
                    ):
                        world = True  # "worldwide", "in 17 countries"
                    places.append(obj.idx)
                    places.extend(c.idx for c in obj.children if c.dep_ in ("compound", "conj"))
    return places, world
