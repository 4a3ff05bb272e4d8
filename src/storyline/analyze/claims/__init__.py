"""Quantitative claims: reported numbers with qualifier, unit, category, change and provenance."""

from storyline.analyze.claims.context import (
    CATEGORY_NOUNS,
    CUE_CATEGORIES,
    category_from_syntax,
    category_of,
    counted_noun,
    is_people_noun,
)
from storyline.analyze.claims.numbers import NumberMatch, find_numbers, words_value
from storyline.analyze.claims.ranges import ABOUT_BAND, ClaimRange, claim_range
from storyline.analyze.claims.stage import ClaimStage, extract_claims
from storyline.analyze.claims.syntax import NumberSyntax, read_number

__all__ = [
    "ABOUT_BAND",
    "CATEGORY_NOUNS",
    "CUE_CATEGORIES",
    "ClaimRange",
    "ClaimStage",
    "NumberMatch",
    "NumberSyntax",
    "category_from_syntax",
    "category_of",
    "claim_range",
    "counted_noun",
    "extract_claims",
    "find_numbers",
    "is_people_noun",
    "read_number",
    "words_value",
]
