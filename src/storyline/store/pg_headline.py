"""The snippets of the PostgreSQL store's `search`: `ts_headline`, cut from the opening of a
text when that gives the same snippet as the whole text.

`ts_headline` parses and lexizes the whole text of each hit (20 a search): a third to a
half of a search's time on the bench stores. With `MaxFragments=1` and a query of one
word (one tsquery operand), every cover is one occurrence of the word and all tie, so
the fragment shown is the first occurrence, stretched by up to 11 words before it and to
24 words in all after it (fewer when the text ends first). The tokens after that
fragment are never looked at. So the headline is cut from the opening of the text
(`OPENING` characters, cut back to the last whitespace, so no word is split), with a
sentinel word after it, and kept when

  - it marks a match: the first occurrence lies in the opening (the marks are private-use
    characters for this check, turned into `[` `]` after; an opening holding one of them
    is not cut), and
  - it does not hold the sentinel: the fragment ended within the opening, its 24 words
    counted there;

else the headline of the whole text is used. The only default-parser tokens that span
whitespace are tags and comments (`<...>`), whose halves would parse as other words: an
opening holding `<` is not cut. Queries of more than one operand (phrases, `or`, `-word`,
several words) choose among covers of the whole text and always use the whole text.
"""

from __future__ import annotations

__all__ = ["HEADLINE", "OPENING", "headline_params", "headline_sql"]

HEADLINE = "StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=' … '"
"""The snippet's `ts_headline` options."""
OPENING = 1_500
"""Characters of a text the headline of a one-word query is first cut from."""
_START, _STOP = "\ue000", "\ue001"
_SENTINEL = "zqxsentinelzqx"
_MARKED = HEADLINE.replace("StartSel=[", f"StartSel={_START}").replace(
    "StopSel=]", f"StopSel={_STOP}"
)


def headline_sql(text: str, query: str) -> tuple[str, str]:
    """(select expression, lateral FROM item) for the snippet of `text` (a column) for
    `query` (a tsquery): the lateral item computes the headline of the opening (NULL when
    the opening may not be used), the expression keeps it or falls back to the whole
    text. `OFFSET 0` keeps each subquery from being pulled up into the query above: the
    planner would copy its expression to each place that reads it, and parse the opening
    once for each (three times slower than the whole text, measured). Their parameters:
    `headline_params()`."""
    opening = (
        f"(SELECT CASE WHEN numnode({query}) = 1 AND length({text}) > ? "
        "AND strpos(o.t, '<') = 0 AND strpos(o.t, ?) = 0 AND strpos(o.t, ?) = 0 "
        f"THEN ts_headline('english', o.t || ?, {query}, ?) END AS h "
        f"FROM (SELECT regexp_replace(left({text}, ?), '\\S*$', '') AS t OFFSET 0) o "
        "OFFSET 0) cut"
    )
    chosen = (
        "CASE WHEN strpos(cut.h, ?) > 0 AND strpos(cut.h, ?) = 0 "
        "THEN replace(replace(cut.h, ?, '['), ?, ']') "
        f"ELSE ts_headline('english', {text}, {query}, ?) END"
    )
    return chosen, opening


def headline_params() -> tuple[tuple[object, ...], tuple[object, ...]]:
    """(the lateral item's parameters, the expression's) of `headline_sql`."""
    opening = (OPENING, _START, _STOP, _SENTINEL, _MARKED, OPENING)
    chosen = (_START, _SENTINEL, _START, _STOP, HEADLINE)
    return opening, chosen
