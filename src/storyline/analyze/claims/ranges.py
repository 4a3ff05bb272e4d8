"""A reported number read as the range of values it allows.

"more than 32,000" allows anything above 32,000 but not 32,000 itself;
"at least 9" allows 9; "about 60" allows a band around 60; a bare "21" is the
point 21. Comparing two reports is comparing these ranges: they are
compatible when the ranges meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["ABOUT_BAND", "ClaimRange", "claim_range"]

ABOUT_BAND = 0.10
""""about", "nearly", "some" N: N plus or minus 10% (news rounds to the nearest
round figure: "about 60" covers 54-66). A guess, not tuned."""


@dataclass(frozen=True, slots=True)
class ClaimRange:
    """The values a report allows: [low, high] with open ends where the qualifier says so."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def meets(self, other: ClaimRange) -> bool:
        """Whether some value is allowed by both ranges."""
        if self.low > other.high or other.low > self.high:
            return False
        if self.low == other.high and (self.low_open or other.high_open):
            return False
        return not (other.low == self.high and (other.low_open or self.high_open))

    def below(self, other: ClaimRange) -> bool:
        """Whether every value this range allows is below every value `other` allows."""
        if self.high < other.low:
            return True
        return self.high == other.low and (self.high_open or other.low_open)

    @property
    def bounded(self) -> bool:
        return not math.isinf(self.high)


def claim_range(value: float, qualifier: str) -> ClaimRange:
    """The range a value with a qualifier allows (unknown qualifiers are read as exact)."""
    if qualifier == "more_than":
        return ClaimRange(value, math.inf, low_open=True)
    if qualifier == "at_least":
        return ClaimRange(value, math.inf)
    if qualifier == "less_than":
        return ClaimRange(-math.inf if value < 0 else 0.0, value, high_open=True)
    if qualifier == "up_to":
        return ClaimRange(-math.inf if value < 0 else 0.0, value)
    if qualifier == "about":
        band = abs(value) * ABOUT_BAND
        return ClaimRange(value - band, value + band)
    return ClaimRange(value, value)
