"""What the dependency parse says about one number: what it counts and how.

A window of characters around a number mixes words of other clauses ("at
least 9 people died ... for about 60 people who remain missing"), so the
words that decide a number's category, whether it is a running total or an
addition to one, where and as of when, are read from the parse instead:

- the counted noun ("60 [people]", "eleven of the [victims]") or none when the
  number stands alone ("rose to [21]");
- cue words tied to it, nearest first: the noun, its modifiers and relative
  clauses ("people [killed]", "people who remain [missing]"), the verb or noun
  it hangs from and that verb's complements ("confirmed [dead]", "leaving 26
  people [dead]"), and, when the number is the new level of a quantity ("the
  death toll rose to 21", "stands at 34"), the words of that quantity;
- the change: an increment ("twelve [more] bodies", "[another] 30", "rose [by]
  5"), a part ("eleven [of the] victims", "[including] 12 children"), a
  projection ("up to 750,000 people [could] die", "[expected to] reach 90"), a
  rate ("flu kills 36,000 people [a year]") or a total;
- the places attached to it ("killed 30 people [in Gaza]", "[Gaza]'s toll");
- the clause it belongs to, so that only a date written in that clause (or in
  the reporting clause above it: "the coast guard said on Saturday") dates it.

Only the sentences holding numbers are parsed (see `parse_windows`), long
ones in windows around each number, so the cost stays bounded.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storyline.analyze.claims.changes import (
    BY_CHANGE,
    LEVEL_PREPS,
    LEVEL_VERBS,
    Change,
    behind_a_rise,
    carried_quantity,
    change_of,
    partitive,
    size_before_level,
)
from storyline.analyze.claims.groups import coordinated_count
from storyline.analyze.claims.qualifiers import (
    CAUSE_VERBS,
    cause_of,
    cause_span,
    certainty_of,
    per_period,
    places_of,
    projected,
    running_total,
    simple_past,
)
from storyline.analyze.claims.tree import is_noun, root_of, subject_of, token_lemma, tokens_in

__all__ = [
    "LEVEL_VERBS",
    "Change",
    "NumberSyntax",
    "attachment_offset",
    "parse_windows",
    "read_number",
]


_NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos", "npadvmod", "conj", "pobj", "ROOT"}
)
_MODIFIER_DEPS = frozenset({"amod", "acl", "relcl", "compound", "nmod", "acomp", "advmod"})
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "xcomp", "attr", "prt"})
_CLIMB_CLAUSE = frozenset({"ccomp", "xcomp", "conj", "parataxis"})
_CLIMB_TIMEX = frozenset(
    {
        "pobj", "prep", "npadvmod", "advmod", "compound", "amod", "nummod", "det", "nmod",
        "appos", "quantmod", "pcomp", "case", "poss", "tmod", "cc",
    }
)  # fmt: skip
_VERB_TAGS = ("VB",)
_DEGREE_TAGS = frozenset({"JJR", "RBR", "RB", "RBS", "JJS"})
MAX_WINDOW_TOKENS = 120
"""Longest stretch parsed at once; a longer sentence is parsed in windows around its numbers."""


@dataclass(frozen=True, slots=True)
class NumberSyntax:
    """What the parse says about one number (character offsets into the article text)."""

    noun: str | None
    """Lemma of the counted noun, lower-cased; None when the number stands alone."""
    noun_span: tuple[int, int] | None
    """The counted noun phrase: its first modifier to its head noun."""
    cues: tuple[tuple[int, str], ...]
    """(syntactic distance, lower-cased lemma) of words tied to the number, nearest first."""
    change: Change
    places: tuple[int, ...]
    """Offsets of words naming where ("in [Gaza]", "[Gaza]'s toll"), nearest first."""
    world: bool
    """The number is about the whole world ("worldwide", "around the world", "global toll")."""
    clause: tuple[int, ...]
    """Offsets of the tokens a date must attach to for it to date the number, nearest first."""
    governor: str | None
    """Lemma of the verb or noun the counted phrase hangs from ("[approve] 4.2 million euros")."""
    cause: tuple[int, int] | None = None
    """Who or what did it, when the text says: "[Seasonal flu] kills 500,000 people",
    "killed by [a roadside bomb]", "deaths from [the 1918 pandemic]"."""
    own_clause: int = 0
    """How many of the first `clause` offsets are the number's own clause (its phrase, the
    verb it hangs from and that verb's subject); the rest is the reporting clause above."""
    running: bool = False
    """Written as a running total: "the toll rose to 21", "have died", "so far", "in all"."""
    past: bool = False
    """Its verb is a simple past ("were killed", "died"): with a date of its own clause it
    counts one incident of that day ("35 were killed on Monday"), not a running total."""
    certainty: Literal["confirmed", "suspected"] | None = None
    """Written as confirmed ("officials confirmed 20 deaths", "20 confirmed cases") or as
    suspected ("feared dead", "81 deaths probably linked", "suspected cases")."""
    of_noun: str | None = None
    """Lemma of what an amount is of: the noun after its "of" ("[$800 billion] of stimulus
    spending"), or the noun it modifies when that phrase is the object of "of" under another
    noun ("the formal name of the [$700 billion rescue]"). The verb or noun above ("add",
    "name") says nothing of what the money is for."""
    coordinated: bool = False
    """The counted phrase is one of several counted groups joined by "and" ("the captain and
    10 other people", "two soldiers and 10 civilians"): a count of persons so written is a
    part of the toll, never all of it (the claim stage decides, knowing the category)."""
    as_noun: bool = False
    """The number is itself a noun, after "a"/"an" ("missed [an open three]", "scored [a
    perfect 10]"): it names a shot or a score, and counts no persons."""


def parse_windows(doc: Any, ranges: Sequence[tuple[int, int]], numbers: Sequence[int]) -> list[Any]:
    """Spans of `doc` to parse: each sentence range holding a number, long ones in pieces.

    `ranges` are sentence character ranges, `numbers` the character offsets of
    numbers. A sentence longer than `MAX_WINDOW_TOKENS` (a run-on paragraph, a
    list) is cut into consecutive pieces, after punctuation where it can be, and
    only the pieces holding a number are returned, each once.
    """
    out: list[Any] = []
    seen: set[tuple[int, int]] = set()
    # Sorted once and cut by bisection: a scan of every number for every sentence was
    # quadratic in a long page (thousands of sentences times thousands of numbers).
    ordered = sorted(numbers)
    for lo, hi in ranges:
        inside = ordered[bisect_left(ordered, lo) : bisect_left(ordered, hi)]
        if not inside:
            continue
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for piece in _pieces(span):
            if (piece.start, piece.end) in seen:
                continue
            if any(piece.start_char <= p < piece.end_char for p in inside):
                seen.add((piece.start, piece.end))
                out.append(piece)
    return out


def _pieces(span: Any) -> list[Any]:
    if len(span) <= MAX_WINDOW_TOKENS:
        return [span]
    doc, out, start = span.doc, [], span.start
    while start < span.end:
        end = min(start + MAX_WINDOW_TOKENS, span.end)
        if end < span.end:
            for i in range(end - 1, start + MAX_WINDOW_TOKENS // 2, -1):
                if doc[i].text in {",", ";", ":", ".", "!", "?"}:
                    end = i + 1
                    break
        out.append(doc[start:end])
        start = end
    return out


def _governor(nominal: Any) -> tuple[Any | None, Any | None]:
    """(the word the counted phrase hangs from, the preposition between them if any)."""
    tok = nominal
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = None
    if tok.dep_ == "pobj" and tok.head.i != tok.i:
        prep = tok.head
        tok = prep
    if tok.dep_ == "ROOT" or tok.head.i == tok.i:
        return None, prep
    head = tok.head
    # "cost [closer] to 5.1 million": the comparison word hangs from the verb that matters
    while head.tag_ in _DEGREE_TAGS and head.dep_ in ("advmod", "amod") and head.head.i != head.i:
        head = head.head
    return head, prep


def _modifier_cues(tok: Any, distance: int, out: list[tuple[int, str]]) -> None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "into"):  # "104 people [in hospital]"
            out.extend((distance, token_lemma(o)) for o in child.children if o.dep_ == "pobj")
        if child.dep_ in _MODIFIER_DEPS:
            out.append((distance, token_lemma(child)))
            if child.dep_ in ("acl", "relcl"):
                for grand in child.children:
                    if grand.dep_ in _COMPLEMENT_DEPS:
                        out.append((distance, token_lemma(grand)))


def _subject_cues(subject: Any, distance: int, out: list[tuple[int, str]]) -> None:
    """Words of a quantity's phrase: "the [death] [toll]", "the number of [people] [killed]"."""
    out.append((distance, token_lemma(subject)))
    _modifier_cues(subject, distance, out)
    of = partitive(subject)
    if of is not None:
        out.append((distance, token_lemma(of)))
        _modifier_cues(of, distance, out)


def _clause(nominal: Any, noun: Any | None, governor: Any | None, level: bool) -> list[Any]:
    chain: list[Any] = [t for t in (nominal, noun) if t is not None]
    tok = governor
    guard = 0
    while tok is not None and guard < 12:
        guard += 1
        chain.append(tok)
        if not level and tok.tag_.startswith(_VERB_TAGS):
            subject = subject_of(tok)
            if subject is not None and all(subject.i != t.i for t in chain):
                chain.append(subject)  # "[Monday's attack] killed 30": the attack dates it
        climbs = tok.dep_ in _CLIMB_CLAUSE or tok.dep_ in ("prep", "pobj", "pcomp", "acomp")
        if climbs and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return chain


def read_number(
    parsed: Any, base: int, start: int, end: int, *, actor: bool = False
) -> NumberSyntax | None:
    """The reading of the number written at text[start:end] in a parsed window.

    `parsed` is a dependency-parsed copy of a span of the article (see
    `storyline.analyze.nlp.parse_spans`) whose first character is at `base`.
    `actor`: the subject of any verb governing the number is its cause (an
    amount of money: who pledged, spent, approved it). None when no token of
    the window lies in the number.
    """
    tokens = tokens_in(parsed, base, start, end)
    if not tokens:
        return None
    root = root_of(tokens)
    noun: Any | None = None
    whole: Any | None = None
    nominal = root
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and is_noun(root.head):
        noun = root.head
        nominal = root.head
    else:
        group = partitive(root)
        if group is not None and (is_noun(group) or group.tag_ in ("PRP", "WP")):
            noun = group
            whole = group if is_noun(group) else None  # "[$800 billion] of stimulus spending"
    cues: list[tuple[int, str]] = []
    if noun is not None and noun.tag_ not in ("PRP", "WP", "WDT"):
        cues.append((0, token_lemma(noun)))
    _modifier_cues(nominal, 1, cues)
    if noun is not None and noun.i != nominal.i:
        _modifier_cues(noun, 1, cues)
    governor, prep = _governor(nominal)
    level = False
    subject = None
    if governor is not None:
        cues.append((2, token_lemma(governor)))
        for child in governor.children:
            if child.dep_ in _COMPLEMENT_DEPS and child.i != nominal.i:
                cues.append((2, token_lemma(child)))
                for grand in child.children:  # "known to have [died]"
                    if grand.dep_ in _COMPLEMENT_DEPS:
                        cues.append((2, token_lemma(grand)))
        g_lemma = token_lemma(governor)
        takes_level = prep is None and nominal.dep_ in ("dobj", "attr")
        takes_level |= prep is not None and prep.lower_ in LEVEL_PREPS | BY_CHANGE
        carried = carried_quantity(governor, nominal, prep)
        if carried is not None:
            # "bringing the death toll to 31": the verb sets its object's level
            level = True
            _subject_cues(carried, 3, cues)
        elif g_lemma in LEVEL_VERBS and takes_level:
            level = True
            subject = subject_of(governor)
            if subject is not None:
                _subject_cues(subject, 3, cues)
    cues.sort(key=lambda c: c[0])
    holders = [t for t in (nominal, noun, governor, subject) if t is not None]
    if governor is not None and governor.dep_ == "advcl" and governor.tag_ == "VBG":
        holders.append(governor.head)  # "broke out in Mexico, killing 16 people"
    places, world = places_of(holders)
    reporting = governor is not None and governor.tag_.startswith("VB")
    if reporting and token_lemma(governor) not in CAUSE_VERBS and (who := subject_of(governor)):
        places.append(who.idx)  # "[Japan] reported four cases": a place that has them
    cause = cause_of(nominal, noun, governor, prep, actor)
    clause = _clause(nominal, noun, governor, level)
    span = None
    if noun is not None and noun.tag_ not in ("PRP", "WP", "WDT"):
        lefts = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i > root.i]
        first = min([noun, *lefts], key=lambda t: t.i)
        span = (base + first.idx, base + noun.idx + len(noun.text))
    own = sum(1 for t in clause if t.i in {x.i for x in (nominal, noun, governor) if x})
    own += 1 if governor is not None and not level and subject_of(governor) is not None else 0
    running = running_total(level, governor, holders, [c for _, c in cues])
    change = change_of(tokens, nominal, noun, prep)
    if change == "total" and size_before_level(nominal, governor, prep):
        change = "increment"  # "rose [5%] to $238 million", "the toll rose [12] to 57"
    elif change == "total" and behind_a_rise(governor):
        change = "increment"  # "the toll rose to 28 after [three bodies] were found"
    if change in ("total", "increment"):
        if per_period([t for t in (nominal, noun, governor) if t is not None]):
            change = "rate"
        elif governor is not None and projected(governor):
            change = "projection"
    return NumberSyntax(
        noun=token_lemma(noun) if noun is not None else None,
        noun_span=span,
        cues=tuple(cues),
        change=change,
        places=tuple(base + p for p in places),
        world=world,
        clause=tuple(base + t.idx for t in clause),
        governor=token_lemma(governor) if governor is not None else None,
        cause=cause_span(cause, base) if cause is not None else None,
        own_clause=own,
        running=running,
        past=simple_past(governor),
        certainty=certainty_of(noun, governor),
        coordinated=coordinated_count(nominal if noun is None else noun),
        as_noun=noun is None and _after_an_article(root, {t.i for t in tokens}),
        of_noun=token_lemma(whole)
        if whole is not None
        else _named_through_of(noun, nominal, prep, governor)
        or (_what_amount_is(tokens, noun) if actor else None),
    )


_AMOUNT_WORDS = frozenset(
    {
        "further", "additional", "extra", "other", "estimated", "total", "record", "reported",
        "confirmed", "staggering", "whopping", "mere", "massive", "full", "good", "solid",
        "respectable", "remarkable", "incredible", "astonishing", "unprecedented", "paltry",
        "meager", "meagre", "modest", "scant", "combined", "likely", "possible", "probable",
        "approximate", "officially", "estimate", "average", "minimum", "maximum", "net",
        "few", "little", "couple", "projected", "separate", "hefty", "bare",
    }
)  # fmt: skip
"""Words that let "a"/"an" stand before a count ("a further 12", "a staggering 30", "an
estimated 40", "an officially confirmed 9", "a couple"): adjectives mostly, but the parse
hangs adverbs and nouns there too; with them the number still counts."""


def _after_an_article(number: Any, inside: set[int]) -> bool:
    """Whether a number standing alone takes "a"/"an" of its own ("missed an open three",
    "added a three"): a noun naming a thing, no count; "a further 12" is a count."""
    kids = [c for c in number.children if c.i not in inside]
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
        return False
    return not any(
        c.lower_ in _AMOUNT_WORDS or token_lemma(c) in _AMOUNT_WORDS
        for c in kids
        if c.dep_ in ("amod", "advmod", "nmod", "compound")
    )


def _named_through_of(
    noun: Any | None, nominal: Any, prep: Any | None, governor: Any | None
) -> str | None:
    """The noun a number modifies when its phrase is the object of "of" under another noun
    ("the formal name of the [$450 billion rescue]"): see `NumberSyntax.of_noun`."""
    if noun is None or noun.i != nominal.i or prep is None or prep.lower_ != "of":
        return None
    return token_lemma(noun) if governor is not None and is_noun(governor) else None


_MONEY_NOUNS = frozenset(
    {
        "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "ruble", "rouble", "peso",
        "money", "cash", "sum", "amount", "cent", "penny", "buck", "sterling",
    }
)  # fmt: skip
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def _what_amount_is(tokens: Sequence[Any], noun: Any | None) -> str | None:
    """What an amount of money is, when its own phrase says: the noun it modifies ("a $50
    billion [fraud]") or the noun after its "in" ("$2 trillion in [reserves]"). The verb it
    hangs from ("detect", "sit") says nothing a reader could take for what the money is."""
    if noun is not None and noun.tag_ in _COMMON_NOUN_TAGS:
        lemma = token_lemma(noun)
        return None if lemma in _MONEY_NOUNS else lemma
    inside = {t.i for t in tokens}
    for tok in tokens:
        for child in tok.children:
            if child.i in inside or child.dep_ != "prep" or child.lower_ != "in":
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.tag_ in _COMMON_NOUN_TAGS:
                    lemma = token_lemma(obj)
                    return None if lemma in _MONEY_NOUNS else lemma
    return None


def attachment_offset(parsed: Any, base: int, start: int, end: int) -> int | None:
    """Where the expression at text[start:end] (a date) hangs in the parse: the offset of
    the first word above it that is not a modifier, preposition or object of one."""
    tokens = tokens_in(parsed, base, start, end)
    if not tokens:
        return None
    tok = root_of(tokens)
    guard = 0
    while tok.dep_ in _CLIMB_TIMEX and tok.head.i != tok.i and guard < 12:
        guard += 1
        tok = tok.head
    return int(base + tok.idx)
