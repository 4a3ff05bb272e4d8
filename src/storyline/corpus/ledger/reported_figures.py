"""Which numbers of an article are no figure of its story: a proportion, a rate, a price.

Read apart from the ledger's inputs because the brief asks the same question of every
figure it lists (briefing/numbers.py), lined up or not: the answer depends only on the
claim and the words around it (the clause before, the units after), never on a story.
"""

from __future__ import annotations

import re

from storyline.corpus.ledger.asserted import unasserted
from storyline.corpus.ledger.figures import no_event_figure
from storyline.model import Article, Claim

__all__ = ["PRICE_SCALE", "deal_price", "no_reported_figure"]

_PROPORTION_AFTER = re.compile(
    r"\s*(?:in|out\s+of|of\s+every)\s+(?!(?:1[89]|20)\d\d\b)(?:\d[\d,.]*|ten|twenty|a\s+hundred|hundred|every)\b"
    r"(?!\s+(?:more\s+|separate\s+|different\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|attacks?|incidents?|blasts?|explosions?|places?|towns?|cities?|"
    r"villages?|districts?|provinces?|states?|countries?)\b)",
    re.IGNORECASE,
)
"""What makes a number one side of a proportion ("eight in 10 of the population", "19 out
of 20 cases"): a share, not a count of its own."""


_PROPORTION_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$",
    re.IGNORECASE,
)
"""The same, for the second number ("eight in [10 patients]")."""


_RATE_AFTER = re.compile(
    r"\s*(?:(?:,\s*)?(?:on\s+average\s*,?\s*)?for\s+(?:every|each)\s+\w|per\s+(?:day|week|month|"
    r"year|hour|minute|case|person|patient|capita|head|\d))",
    re.IGNORECASE,
)
"""What makes a number a rate ("infects three people for every one case", "two deaths per
day"): how fast something happens, not how many it reached. "40 killed, per police" names a
source, not a rate."""

_PRICE_AFTER = re.compile(
    r"\s*(?:a|an|per|each)\s+(?:share|barrel|gallon|tonne|ton|ounce|pound|kilo|litre|liter|"
    r"unit)\b",
    re.IGNORECASE,
)
"""What makes an amount a price ("fell to $52 a share"): market data, not money the story's
actors pay, pledge or lose."""

_OFFER_BEFORE = re.compile(r"\b(?:offer|bid|tender)s?\b", re.IGNORECASE)

_PER_SHARE_AFTER = re.compile(r"\s*(?:-\s*)?(?:a|an|per|each)\s*(?:-\s*)?share\b", re.IGNORECASE)
"""A price of one share ("$42 a share", "420 pence per share", "a $42-a-share offer")."""

_DEAL_SUBJECTS = frozenset(
    {"offer", "bid", "tender", "pay", "buy", "acquire", "purchase", "takeover", "deal", "value"}
)
"""Words an amount a share hangs from (the claim's `subject`) that make it the price a buyer
offers, pays or values a company at ("offered $42 a share", "a bid of 420 pence per share"):
the takeover's own money, where "shares fell to $40 a share" is the market's."""

_SHARE_AFTER = re.compile(r"\s*,\s*or\s+[\d.]+\s*(?:percent|per\s+cent|%)", re.IGNORECASE)
_MOVES = frozenset(
    {
        "fall", "rise", "drop", "climb", "slip", "jump", "slide", "plunge", "tumble", "sink",
        "surge", "edge", "decline", "soar",
    }
)  # fmt: skip
"""A price's move ("shares fell $1.96, or 3.8 percent"): an amount a market moved by, with its
share, where "pledged $5bn, or 2 percent of its output" is money of the story. Not "lose" or
"gain": "Velm Oil will lose $2bn, or 5 percent of its revenue" is the story's money."""

_MARKET_SUBJECT = re.compile(
    r"\b(?:shares|stock|stocks|index|indexes|indices|prices?|crude|futures|bonds)\b", re.IGNORECASE
)
"""The nouns that make a move a market's ("Its shares fell $2.15"), where "Sales fell $300m, or
12 percent" is the story's money."""

_MARKET_PERCENT_SUBJECT = re.compile(
    r"\b(?:shares|stock|stocks|index|indexes|indices|crude|futures|bonds)\b", re.IGNORECASE
)
"""The same for a percentage, without "prices": "Prices in Velmar rose 12 percent" is the
story's inflation, "the stock closed at $31.68, down 8 percent" a market's move."""

_MOVE_BEFORE = re.compile(r"\b(?:up|down|or)\s*,?\s*$", re.IGNORECASE)
"""What puts a percentage as a move ("closed at $31.68 a share, down nearly 8 percent")."""

_AT_BEFORE = re.compile(r"\bat\s*$", re.IGNORECASE)
"""A market's level is given "at" an amount ("closed at $50.19"); "opened with $50m in
donations" is money of the story."""

_SENTENCE_CUT = re.compile(r"[.;!?]\s")

_MARKET_VERBS = frozenset({"close", "trade", "open", "peak", "settle"})
"""Verbs an amount hangs from that make it a market's level ("shares closed at $50.19", "prices
peaked at $113.91", their unit given sentences before)."""

_REACH = frozenset({"reach", "hit", "touch", "top"})
"""Verbs of a level reached: a market's ("crude futures ... reached $99.20") when the clause's
subject is a market's (`_MARKET_SUBJECT`)."""

_OF_BEFORE = re.compile(r"\bof\s*$", re.IGNORECASE)
_LEVEL_NOUNS = frozenset({"high", "low", "peak", "level", "settlement", "close"})
"""An amount that is a level something reached, after "of" ("below Thursday's high of
$119.79", "the intraday peak of $103.41"; not "as high as $2bn"): a price or an index, whose
unit ("a barrel") the sentences before gave, never money the story's actors pay, pledge or
lose."""

_CONFIDENCE_AFTER = re.compile(
    r"(?:percent|per\s+cent|%)\s*(?:(?!of\b)\w+\s+)?(?:probability|chance|likelihood|confidence|"
    r"certainty|odds|sure|certain|confident|likely(?=\s+to\b|\s*(?:[.,;:!?]|$)))\b",
    re.IGNORECASE,
)
"""What makes a percentage a confidence level ("predicts with 95 percent probability", "a 70%
chance of rain", "80 percent sure"): how sure someone is, not a share the story reports.
Never "percent of ...", and "likely" only as "likely to" or ending the phrase: "52 percent of
likely voters" is a share."""


def _proportion(article: Article, c: Claim) -> bool:
    """A number the text makes one side of a proportion (see `_PROPORTION_AFTER`) or a rate
    (`_RATE_AFTER`)."""
    if _PROPORTION_AFTER.match(article.text, c.end) is not None:
        return True
    if _RATE_AFTER.match(article.text, c.end) is not None:
        return True
    return _PROPORTION_BEFORE.search(article.text, max(0, c.start - 20), c.start) is not None


def no_reported_figure(article: Article, c: Claim) -> bool:
    """Whether a claim's number is no figure of the story a brief may list: one side of a
    proportion, a rate, a price or a price's move (`_PRICE_AFTER`, `_MOVES`), a percentage
    that says how sure someone is (`_CONFIDENCE_AFTER`), or a number that counts no event
    (figures.py: a range's bound, a yearly rate, a composition share), or one the text does
    not assert (asserted.py: a denied report, a question, a condition). The ledger lines none
    of them up; the brief's other figures must leave them out too."""
    if no_event_figure(article, c) or unasserted(article, c):
        return True
    text = article.text
    before = _clause_before(text, c.start)
    if (
        c.category == "money"
        and not deal_price(article, c)
        and (
            _PRICE_AFTER.match(text, c.end) is not None
            or (c.subject in _MARKET_VERBS and _AT_BEFORE.search(before) is not None)
            or (c.subject in _LEVEL_NOUNS and _OF_BEFORE.search(before) is not None)
            or _priced_alike(article, c)
            or (c.subject in _MOVES | _REACH and _MARKET_SUBJECT.search(before) is not None)
            or (
                c.subject in _MOVES
                and _SHARE_AFTER.match(text, c.end) is not None
                and _MARKET_SUBJECT.search(before) is not None
            )
        )
    ):
        return True
    if c.category == "percent":
        found = _CONFIDENCE_AFTER.search(text, c.start, c.end + 40)
        if found is not None and found.start() < max(c.end, c.start + 1):
            return True
        if _MARKET_PERCENT_SUBJECT.search(before) is not None and (
            c.subject in _MOVES or c.subject in ("gain", "lose") or _MOVE_BEFORE.search(before)
        ):
            return True  # "the stock closed at $31.68, down nearly 8 percent": a market's move
    return _proportion(article, c)


def deal_price(article: Article, c: Claim) -> bool:
    """Whether an amount is the price a buyer offers or pays for one share
    (`_PER_SHARE_AFTER`, `_DEAL_SUBJECTS`): a takeover's main figure, no market data."""
    if c.category != "money" or _PER_SHARE_AFTER.match(article.text, c.end) is None:
        return False
    if (c.subject or "").lower() in _DEAL_SUBJECTS:
        return True
    before = _clause_before(article.text, c.start)
    # "raised its offer to 465 pence a share": the offer is named before the verb
    return _OFFER_BEFORE.search(before) is not None and _MARKET_SUBJECT.search(before) is None


PRICE_SCALE = 10
"""How many times a per-unit price of its article an amount may be and still be read as such a
price: "Brent closed at $112.14 a barrel. It peaked at $113.91, below the high of $119.79" are
three prices of a barrel, the last two written without it; "$5,000 interim payments" in a story
of $75 barrels is money paid."""


def _priced_alike(article: Article, c: Claim) -> bool:
    """Whether the amount is of the scale of a per-unit price its article gives in the same
    currency (`_PRICE_AFTER`, `PRICE_SCALE`): a market report names the unit once and then
    gives its levels, highs and spreads bare."""
    text = article.text
    return any(
        p.category == "money"
        and p.unit == c.unit
        and p.start != c.start
        and _PRICE_AFTER.match(text, p.end) is not None
        and 0 < c.value <= PRICE_SCALE * p.value
        for p in article.claims
    )


def _clause_before(text: str, start: int) -> str:
    """The words of the sentence before `start` (at most 150 characters), where the subject of
    the figure's verb is."""
    window = text[max(0, start - 150) : start]
    cuts = [m.end() for m in _SENTENCE_CUT.finditer(window)]
    return window[cuts[-1] :] if cuts else window
