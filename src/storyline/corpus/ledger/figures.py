"""Numbers a story's ledger and brief must not list as a count of the story's event.

A number's words around it can say it counts no event: the bound of a range ("kills
250,000 to 500,000 people a year"), a yearly or daily rate, so much per unit ("a $1-per-gallon
credit"), a composition share ("the town is 90 percent Velmish"), one side of "N of M", or
"lives" a sentence never says were lost ("a cat has 9 lives"). Shown alone under "killed" or
"percent", each reads as the story's figure, which it is not; `no_event_figure` says which
claims are such numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from storyline.model import Article, Claim

__all__ = ["no_event_figure"]

_RANGE_JOIN = re.compile(r"\s*(?:to|and)\s*|[-–]", re.IGNORECASE)
"""What joins a range's two ends ("20 to 50", "20-50", "between 20 and 50"). A dash with
spaces around it sets off an aside ("injured 20 - 3 of them firefighters"), no range."""
_JOIN_CHARS = re.compile(r"[\s\-–adnort]*", re.IGNORECASE)
"""Every character a join may hold: a text between two claims with any other holds no join,
nor does any longer text around it (see `_Neighbours`)."""

_OR_JOIN = re.compile(r"\s+or\s+", re.IGNORECASE)
"""Two figures given as alternatives ("from $2bn or $3bn to $70bn", "two or three people"):
each is one guess of a range, never a count alone, whatever stands before them."""

_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
"""A change's first value ("rose from 300 to 500"): the second is the new total, no bound."""

_BY_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
_SIZE_UNIT = re.compile(r"[$€£¥%]|\bper\s*cent\b", re.IGNORECASE)
"""A change's size ("the toll rose by 12 to 57"): the second is the new total, no bound,
unless an end is a percentage or a sum, which a change's size is given in ("cut by 20 to 30
percent", "too high by as much as 20 to 50 percent", "raised prices by $ 2 to $ 4 a pound":
a range of the size)."""

_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$", re.IGNORECASE)

_PERIOD_AFTER = re.compile(
    r"\s*(?:(?:a|an|each|every|per)\s+(?:year|month|week|day|night|season)\b"
    r"(?!\s+(?:ago|after|before|earlier|later)\b)"
    r"|in\s+an?\s+(?:(?:normal|typical|average|ordinary|given|good|bad)\s+)?"
    r"(?:year|month|week|day|season)\b(?!\s+(?:of|when|after|before)\b)"
    r"|annually\b|yearly\b)",
    re.IGNORECASE,
)
"""A number by period ("kills 500,000 people in a normal year", "$2m a year"): a rate, no
count as of a day. "11 people a week ago" dates a count, it is no rate, and "killed 40
people in a single day" tells how fast one event's toll came."""

_ASIDE_CLOSE = re.compile(
    r"(?:\s*(?:,|\bor\b)\s*[^\s()]+(?:\s+[^\s()]+)?)?\s*(?:-RRB-|\))", re.IGNORECASE
)
"""The rest of a bracketed conversion a figure stands in ("777m pesos ($57m or £39m) a day"):
what follows its closing bracket is the figure's too."""


_PER_UNIT = re.compile(
    r"\d[\d,.]*(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"(?:\s*-\s*|\s+)(?:per|an?(?=\s*-))(?:\s*-\s*|\s+)(?!cents?\b)[A-Za-z]",
    re.IGNORECASE,
)
"""A figure written as so much per unit ("a $ 1-per-gallon tax credit", "a $4-a-day
allowance", "$ 3 per head"): a rate, not an amount anyone pays, pledges or loses. The claim
may hold the words after its number ("$ 1-per-gallon tax credit"), so they are read from
its first digit on. "per cent" is a percentage, no rate."""


def _per_unit(text: str, c: Claim) -> bool:
    """Whether the claim's number is followed by "per <unit>" or a hyphened "-a-<unit>"."""
    digit = re.compile(r"\d").search(text, c.start, c.end)
    return digit is not None and _PER_UNIT.match(text, digit.start()) is not None


def _past_aside(text: str, end: int) -> int:
    """Where the words after a figure that ends a bracketed conversion go on (after its
    closing bracket), else `end`: "($57m or £39m) a day" is a rate like "$57m a day"."""
    m = _ASIDE_CLOSE.match(text, end)
    return m.end() if m else end


_PERCENT_END = re.compile(r"(?:%|percent|per\s+cent)\s*$", re.IGNORECASE)
_NOT_ADVERB = r"(?-i:(?![a-z]+(?:ly|wide|wards?)\b))"
"""Not an adverb in -ly, -wide or -ward(s) ("locally", "nationwide", "eastwards"): a share
such an adverb follows says where or when it holds, not what it shares out (both
composition tests below)."""
_PERCENT_NOUN = re.compile(
    r"(?:%|percent|per\s+cent)\s+(?!of\b)" + _NOT_ADVERB + r"[A-Za-z][\w-]*\s*$",
    re.IGNORECASE,
)
"""A share written with its noun and no "of" ("60 percent women" after a copula): what a group
is made of, no count of the story."""
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|at|by|for|from|to|and|or|but|than|as|after|before|since|higher|lower|"
    r"more|less|up|down|above|below|last|this|the|a|an|compared|over|under|among|with|"
    r"overall|alone|again|now|then|today|tonight|yesterday|still|already|too|apiece|instead|"
    r"abroad|here|there|so|yet|even|only|just|each|respectively)\b)" + _NOT_ADVERB + r"[A-Za-z]",
    re.IGNORECASE,
)
"""A percentage between a copula and the word it shares out ("Brun is 90 % Velmish", "the
staff were 60 percent women"): what something is made of, no figure of an event. "Turnout
was 60 percent in May" and "was 3 percent higher" are not such, nor is a share an adverb
follows ("was 12 percent nationwide", "61 percent overall", "40 percent locally"): it says
where or when the figure holds, not what it shares out."""

_OF_NUMBER_AFTER = re.compile(
    r"\s*of\s+\d[\d,.]*\b(?!\s*(?:%|percent|per\s+cent))(?=\s+[a-z]+ed\b|\s*[.,;:]|\s*$)"
)
_OF_NUMBER_BEFORE = re.compile(r"\b\d[\d,.]*\s+(?:[a-z]+\s+)?of\s+$")
_BARE = re.compile(r"[\d,.]+")
_WHOLE_AFTER = re.compile(r"\s+[a-z]+ed\b|\s*[.,;:]|\s*$")
"""The two sides of "N of M" ("killing 257 people of 421 infected"): a part and its whole,
neither the count the category names (257 are deaths of the 421 cases): a whole written as
a bare number, alone or with what it counts as a participle ("of 421 infected"). "5 of the
12 crew were killed" and "killed 5 of 12 passengers" name a group the count is part of:
their 5 are the dead."""

_LOSS = re.compile(
    r"\b(?:claim\w*|cost\w*|took|tak(?:e|es|en|ing)|lost|los(?:e|es|ing)|loss\w*|perish\w*|"
    r"sacrific\w*|kill\w*|died|dead|deaths?|fatal\w*|toll)\b",
    re.IGNORECASE,
)
"""What makes "lives" a count of the dead ("the quake claimed 40 lives", "lives lost")."""


def no_event_figure(article: Article, c: Claim) -> bool:
    """Whether the claim's number counts no event of the story (see module doc)."""
    text = article.text
    if _range_bound(article, c) or _PERIOD_AFTER.match(text, _past_aside(text, c.end)) is not None:
        return True
    if _per_unit(text, c):
        return True
    if c.category == "percent" and (
        _COPULA_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        and (
            # "is 0.1 % of the total" says of what
            (_PERCENT_END.search(c.text) is not None and _WORD_AFTER.match(text, c.end) is not None)
            # the claim read the noun with it: "the staff were 60 percent women"
            or _PERCENT_NOUN.search(c.text) is not None
        )
    ):
        return True
    if _OF_NUMBER_AFTER.match(text, c.end) is not None:
        return True
    if (
        _OF_NUMBER_BEFORE.search(text, max(0, c.start - 40), c.start) is not None
        and _BARE.fullmatch(c.text.strip()) is not None
        and _WHOLE_AFTER.match(text, c.end) is not None
    ):
        return True
    return c.category == "killed" and _lives_not_lost(article, c)


def _range_bound(article: Article, c: Claim) -> bool:
    """Whether the claim is one end of a range another claim of the article is the other end
    of ("250,000 to 500,000 people", "between 20 and 50 percent") or an alternative to it
    (`_OR_JOIN`); "from 300 to 500" is a change, its second value a total."""
    text = article.text
    near = _neighbours(article.claims)
    for first, second in (*((o, c) for o in near.before(text, c)), *near.after(text, c)):
        if _OR_JOIN.fullmatch(text, first.end, second.start) is not None:
            return True
        join = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        if join is None or (first.unit and second.unit and first.unit != second.unit):
            continue  # "rose 5% to $238 million": a change and a level, no range
        if first.change == "increment":
            continue  # "the toll rose 12 to 57": a change's size, then the new total
        before = text[max(0, first.start - 12) : first.start]
        if _FROM_BEFORE.search(before) is not None:
            continue
        if _BY_BEFORE.search(before) is not None and not _SIZE_UNIT.search(
            first.text + second.text
        ):
            continue
        if "and" in join.group().lower() and _BETWEEN_BEFORE.search(before) is None:
            continue  # "killed 20 and injured 50": two figures, no range
        return True
    return False


class _Neighbours:
    """An article's claims sorted by start and by end, so a claim's range partner is looked
    for only among the claims next to it: an article of thousands of numbers (a table, a
    results page) costs n log n, not a pass over every claim per claim."""

    def __init__(self, claims: tuple[Claim, ...]) -> None:
        self._by_start = sorted(claims, key=lambda o: o.start)
        self._starts = [o.start for o in self._by_start]
        self._by_end = sorted(claims, key=lambda o: o.end)
        self._ends = [o.end for o in self._by_end]

    def after(self, text: str, c: Claim) -> Iterator[tuple[Claim, Claim]]:
        """(c, o) for each claim o starting after c with only join characters between: a
        farther claim has the nearer one's characters between, which end the walk."""
        for k in range(bisect_left(self._starts, c.end), len(self._starts)):
            if _JOIN_CHARS.fullmatch(text, c.end, self._starts[k]) is None:
                return
            yield c, self._by_start[k]

    def before(self, text: str, c: Claim) -> Iterator[Claim]:
        """Each claim ending before c with only join characters between (as `after`)."""
        for k in range(bisect_right(self._ends, c.start) - 1, -1, -1):
            if _JOIN_CHARS.fullmatch(text, self._ends[k], c.start) is None:
                return
            yield self._by_end[k]


_LAST: dict[str, tuple[tuple[Claim, ...], _Neighbours]] = {}
"""The last article's claims and their index: `no_event_figure` is asked claim by claim,
and its callers ask about one article's claims in a row. Held by identity (the tuple is
kept alive here, so its id cannot be reused while it is)."""


def _neighbours(claims: tuple[Claim, ...]) -> _Neighbours:
    """The index of `claims`, built once for a run of questions about one article."""
    held = _LAST.get("claims")
    if held is not None and held[0] is claims:
        return held[1]
    near = _Neighbours(claims)
    _LAST["claims"] = (claims, near)
    return near


def _lives_not_lost(article: Article, c: Claim) -> bool:
    """Whether a "lives" count has no word of loss in its sentence ("A cat has 9 lives",
    "saved 40 lives")."""
    if not c.text.rstrip().lower().endswith("lives"):
        return False
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, c.start) - 1
    if 0 <= k < len(article.sentences) and c.start < article.sentences[k].end:
        lo, hi = article.sentences[k].start, article.sentences[k].end
    else:
        lo, hi = max(0, c.start - 100), c.end + 60
    return _LOSS.search(article.text, lo, hi) is None
