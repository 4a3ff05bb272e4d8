"""One heading per kind of figure: the ledger's series and the figures it leaves, one group."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.numbers import one_group_per_label
from storyline.corpus.briefing.records import Cited, NumberReport
from storyline.model import Article


def _report(start: int, value: float) -> NumberReport:
    cited = Cited("x", "a", start, start + 1)
    return NumberReport("killed", value, "exact", None, "2023-01-09", None, cited)


def _dated(start: int, value: float, day: str) -> NumberReport:
    cited = Cited("x", "a", start, start + 1)
    return NumberReport("killed", value, "exact", None, day, None, cited)


def test_groups_of_one_label_are_joined_in_the_first_place_in_date_order() -> None:
    one, two, three = _report(1, 10), _report(5, 2), _report(9, 3)
    groups = [("killed", (one,)), ("injured", (two,)), ("killed", (three,))]
    # on one day the first group's reports come last: a page shows a group's last ones
    assert one_group_per_label(groups) == [("killed", (three, one)), ("injured", (two,))]
    early = _dated(12, 4, "2023-01-02")
    joined = one_group_per_label([("killed", (one,)), ("killed", (early,))])
    assert joined == [("killed", (early, one))]


def _analysed(texts: tuple[str, ...]) -> list[Article]:
    """Each text an article of its own outlet, the same day, through the claim stage."""
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    return [
        pipeline.run(Article(id=f"a{i}", text=t, published="2023-01-09", outlet=f"o{i}.example"))
        for i, t in enumerate(texts)
    ]


def test_the_brief_names_killed_once_for_a_toll_and_an_increment() -> None:
    texts = (
        "At least 10 people were killed in the quake in Velmar on Sunday. The bodies of two "
        "more victims were found on Monday, raising the toll to 12.",
        "The quake in Velmar killed 12 people, officials said. Officials said two more "
        "victims were found.",
    )
    articles = _analysed(texts)
    numbers = build_briefing(articles, limits=BriefingLimits.full()).numbers
    labels = [label for label, _items in numbers]
    assert labels.count("killed") == 1
    killed = dict(numbers)["killed"]
    # "two more victims" is what the toll rose by, listed as a change, never as the toll
    # (classes49)
    assert {r.value for r in killed} >= {10, 12}
    assert 2 not in {r.value for r in killed}
    assert {r.value for r in dict(numbers)["killed, change"]} == {2}


def test_a_one_page_brief_shows_only_shares_that_say_of_what() -> None:
    texts = (
        "Quillmark Holdings raised its stake in Dorvane Rail to 11 percent on Monday.",
        "The offer values Dorvane Rail at a premium of 27 percent, analysts said. Quillmark "
        "won 40 percent of the vote at the Dorvane Rail meeting.",
    )
    articles = _analysed(texts)
    full = dict(build_briefing(articles, limits=BriefingLimits.full()).numbers)
    assert {r.value for r in full["percent"]} >= {11, 27, 40}
    page = dict(build_briefing(articles).numbers)
    # "11 percent" and "27 percent" alone: a stake and a premium, no one figure revised
    assert [(r.value, r.share_of) for r in page["percent"]] == [(40, "of the vote")]
