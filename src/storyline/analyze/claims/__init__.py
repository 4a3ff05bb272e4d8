"""Quantitative claims: reported numbers with qualifier, unit, category and provenance."""

from storyline.analyze.claims.context import CATEGORY_WORDS, category_of, counted_noun
from storyline.analyze.claims.numbers import NumberMatch, find_numbers, words_value
from storyline.analyze.claims.stage import ClaimStage, extract_claims

__all__ = [
    "CATEGORY_WORDS",
    "ClaimStage",
    "NumberMatch",
    "category_of",
    "counted_noun",
    "extract_claims",
    "find_numbers",
    "words_value",
]
