"""Scan a rule only over the stretches of text where one of its matches can lie.

Each of the ~40 time rules used to be scanned over the whole text, trying a
match at every character. But a match is a run of characters the pattern can
consume (read off its syntax tree: month-name letters, digits, spaces, a few
punctuation marks), and it holds one of the rule's required words
(`tagger.required_words`). So every match lies inside a maximal run of
consumable characters that contains a required word; a character the pattern
can never consume (a "barrier": a line break, a quote mark, a "z" for a rule
spelled without one) ends every match. Only those runs are scanned, each with
`endpos` just past its barrier, and the scans return exactly the matches a
scan of the whole text returns, in the same order.

Why bounding the scan by `endpos` changes nothing: no path through the pattern
(its lookarounds included) can consume the barrier, so no attempt starting in
the run reads past the barrier, which the bounded string still holds (word
boundaries beside it read the same). Patterns for which this argument fails
are left to the whole-text scan: those that test the end or start of the
string or a line (`$`, `^`, `\\A`, `\\Z`), use back-references, change flags
inside, or can match the empty string. On 40 news articles the runs that
hold a required word cover 1-20% of the text for most rules.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["RegionScanner"]

_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
_sre_compile: Any = importlib.import_module("re._compiler")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_BOUNDARIES = (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY)

# A rule whose words occur more often than once in this many characters is scanned whole:
# its runs would cover most of the text, and finding them would cost more than they save.
_DENSE = 40


def _leaves(items: Any, out: list[tuple[Any, Any]]) -> bool:
    """Collect the one-character tests of a parsed pattern (assertions included).

    False when the region argument does not hold for the pattern (see the module docstring).
    """
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN):
            out.append((op, av))
        elif op is _sre.SUBPATTERN:
            if av[1] or av[2] or not _leaves(av[3], out):  # inline flags change the tests
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _leaves(av, out):
                return False
        elif op is _sre.BRANCH:
            if not all(_leaves(branch, out) for branch in av[1]):
                return False
        elif op in _REPEATS:
            if not _leaves(av[2], out):
                return False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if not _leaves(av[1], out):
                return False
        elif not (op is _sre.AT and av in _BOUNDARIES):
            return False  # string or line anchors, back-references, conditionals
    return True


def barrier_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One character that `pattern` can never consume, anywhere (None: no such argument).

    Built from the pattern's own parsed one-character tests, compiled with its
    flags: `(?!test1|test2|...)[\\s\\S]`.
    """
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None
    leaves: list[tuple[Any, Any]] = []
    if not _leaves(parsed, leaves):
        return None
    state = parsed.state
    plain: list[tuple[Any, Any]] = []  # literals and positive classes, merged into one class
    other: list[tuple[Any, Any]] = []
    for op, av in leaves:
        if op is _sre.LITERAL:
            plain.append((op, av))
        elif op is _sre.IN and not any(o is _sre.NEGATE for o, _ in av):
            plain.extend(av)
        elif (op, av) not in other:
            other.append((op, av))
    tests = [[(_sre.IN, plain)]] if plain else []
    tests += [[leaf] for leaf in other]
    branch = _sre_parse.SubPattern(
        state,
        [(_sre.BRANCH, (None, [_sre_parse.SubPattern(state, test) for test in tests]))],
    )
    anything = (
        _sre.IN,
        [(_sre.CATEGORY, _sre.CATEGORY_SPACE), (_sre.CATEGORY, _sre.CATEGORY_NOT_SPACE)],
    )
    barrier = _sre_parse.SubPattern(state, [(_sre.ASSERT_NOT, (1, branch)), anything])
    compiled: re.Pattern[str] = _sre_compile.compile(barrier, pattern.flags)
    return compiled


class RegionScanner:
    """The matches of one lower-case rule, found by scanning only the runs that can hold them."""

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str] | None) -> None:
        self.pattern = pattern
        self.words = tuple(sorted(words)) if words else ()
        self.barrier = barrier_pattern(pattern) if self.words else None

    def matches(
        self, lowered: str, reversed_lowered: str, occurrences: dict[str, list[int]]
    ) -> list[re.Match[str]]:
        """What `pattern.finditer(lowered)` yields (`reversed_lowered` is `lowered[::-1]`;
        `occurrences` caches each word's offsets in `lowered`, shared by the rules)."""
        barrier = self.barrier
        if barrier is None:
            return list(self.pattern.finditer(lowered))
        places: list[int] = []
        for word in self.words:
            found = occurrences.get(word)
            if found is None:
                found = occurrences[word] = _find_all(lowered, word)
            places.extend(found)
        size = len(lowered)
        if len(places) * _DENSE > size:
            return list(self.pattern.finditer(lowered))
        places.sort()
        out: list[re.Match[str]] = []
        search = self.pattern.search
        i, pos = 0, 0
        while i < len(places):
            place = places[i]
            after = barrier.search(lowered, place)
            end = after.start() if after is not None else size
            before = barrier.search(reversed_lowered, size - place)
            start = size - before.start() if before is not None else 0
            pos = max(pos, start)
            limit = min(end + 1, size)
            while True:
                hit = search(lowered, pos, limit)
                if hit is None:
                    break
                out.append(hit)
                pos = hit.end()
            i = bisect.bisect_left(places, end + 1, i)
        return out


def _find_all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out
