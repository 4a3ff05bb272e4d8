"""A line opening several articles of one outlet in one ingest (ingest/openings.py): a
"trending" link above unrelated reports is removed; a headline shared by versions of one
report, a line opening copies of one text, a short label and a line two articles share
stay. Texts and names invented."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.engine import Storyline
from storyline.errors import InputError
from storyline.ingest.identity import content_hash
from storyline.ingest.openings import MIN_REPEATS, without_recurring_openings
from storyline.model import Article

_LINK = "2 men charged in death of teen who sang at inauguration parade ."
_PARAGRAPHS = [
    (
        "The harbour council of Port Elm voted on Tuesday to close the old quay to ferries "
        "after engineers found cracks in its western wall . Councillor Ann Lee said the "
        "closure would last at least a year while divers inspected the foundations and "
        "surveyors mapped the seabed near the breakwater . Ferry operators warned that "
        "passengers bound for Kessa Island would face longer journeys , higher fares and "
        "crowded sailings from the northern terminal . Fishermen asked for a temporary "
        "pontoon so that trawlers could still unload mackerel , crab and lobster . Tourism "
        "officials fear hotels , cafes and galleries along the promenade will lose trade "
        "during festival season if cruise ships divert to rival ports . Opposition members "
        "demanded an independent inquiry into postponed inspections ."
    ),
    (
        "Farmers in the Velde valley began harvesting barley two weeks early on Monday as a "
        "drought scorched fields across the province . The agriculture minister , Bo "
        "Kessler , promised emergency loans for growers whose wells had run dry and said "
        "cattle feed would be shipped from southern depots . Grain merchants reported prices "
        "climbing sharply at the regional exchange , while bakers warned customers that "
        "bread could cost more by autumn . Hydrologists measured the river at its lowest "
        "level since records began , and irrigation canals stood empty beside withered "
        "orchards . Villagers queued for water trucks sent by the army ."
    ),
    (
        "Striking nurses at the Tolvan general hospital returned to work on Wednesday after "
        "union leaders accepted a pay offer worth six percent over two years . Managers "
        "said postponed operations would be rescheduled within a month , and patients "
        "waiting for hip replacements would be contacted by letter . The health authority "
        "agreed to hire forty extra staff for night shifts , ending a dispute that closed "
        "two wards and diverted ambulances to neighbouring towns . Doctors welcomed the "
        "settlement but warned that recruitment remained difficult in rural clinics ."
    ),
]


_REPORTS = [f"{_PARAGRAPHS[i]}\n{_PARAGRAPHS[(i + 1) % 3]}" for i in range(3)]
"""Three reports long enough to judge a line against (a short text says nothing)."""


def _article(i: int, first: str, body: str, outlet: str = "Gazette") -> Article:
    text = f"{first}\n{body}"
    return Article(id=f"a{i}", text=text, outlet=outlet, content_hash=content_hash(text))


def test_a_link_opening_several_unrelated_reports_of_an_outlet_is_removed() -> None:
    items = [_article(i, _LINK, body) for i, body in enumerate(_REPORTS)]
    out = list(without_recurring_openings(items))
    assert [a.id for a in out] == ["a0", "a1", "a2"]
    for article, body in zip(out, _REPORTS, strict=True):
        assert article.text == body
        assert article.content_hash == content_hash(body)


def test_the_line_stays_where_fewer_articles_or_another_outlet_open_with_it() -> None:
    two = [_article(i, _LINK, body) for i, body in enumerate(_REPORTS[:2])]
    assert list(without_recurring_openings(two)) == two
    outlets = ["Gazette", "Herald", "Gazette"]
    mixed = [
        _article(i, _LINK, body, outlet=outlet)
        for i, (body, outlet) in enumerate(zip(_REPORTS, outlets, strict=True))
    ]
    assert list(without_recurring_openings(mixed)) == mixed


def test_a_headline_shared_by_versions_of_one_report_stays() -> None:
    headline = "Port Elm council votes to close old quay after engineers find cracks in wall"
    body = _REPORTS[0]
    versions = [
        _article(0, headline, body),
        _article(1, headline, body + " Divers began work on Thursday ."),
        _article(2, headline, body + " The ferry board appealed against the closure ."),
    ]
    assert list(without_recurring_openings(versions)) == versions


def test_copies_of_one_text_and_short_labels_are_left_alone() -> None:
    copies = [_article(i, _LINK, _REPORTS[0]) for i in range(MIN_REPEATS)]
    assert list(without_recurring_openings(copies)) == copies
    labels = [_article(i, "Live updates", body) for i, body in enumerate(_REPORTS)]
    assert list(without_recurring_openings(labels)) == labels


def test_order_and_other_items_pass_through_and_lines_count_within_the_window() -> None:
    error = InputError("feed#2", "no article text")
    items: list[Article | InputError] = [
        _article(0, _LINK, _REPORTS[0]),
        error,
        _article(1, _LINK, _REPORTS[1]),
        _article(2, _LINK, _REPORTS[2]),
    ]
    out = list(without_recurring_openings(items, window=3))
    assert out[1] is error
    assert [a.text for a in out if isinstance(a, Article)] == _REPORTS
    # with two items held, the first article has left before the third opens with the line
    narrow = list(without_recurring_openings(items, window=2))
    assert narrow == items


def test_an_ingest_stores_the_reports_without_the_line(tmp_path: Path) -> None:
    src = tmp_path / "feed.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": str(i), "text": f"{_LINK} \n{body}", "time": "2024-05-0{i + 1}"})
            + "\n"
            for i, body in enumerate(_REPORTS)
        )
    )
    with Storyline(tmp_path / "x.db", stages=()) as s:
        report = s.ingest([str(src)])
        assert (report.new, report.failed) == (3, 0)
        texts = sorted(a.text for a in s.articles())
    assert texts == sorted(_REPORTS)


def test_a_link_whose_words_some_reports_happen_to_use_is_removed_all_the_same() -> None:
    # three reports use the link's words ("men", "charged", "death", "teen", "parade"):
    # the two that name nothing of it are enough
    echo = " Two men were charged after the death of a teen at the inauguration parade ."
    items = [
        _article(0, _LINK, _REPORTS[0] + echo),
        _article(1, _LINK, _REPORTS[1]),
        _article(2, _LINK, _REPORTS[2] + echo),
        _article(3, _LINK, _REPORTS[1] + echo),
        _article(4, _LINK, _REPORTS[2]),
    ]
    out = list(without_recurring_openings(items))
    assert all(isinstance(a, Article) and not a.text.startswith(_LINK) for a in out)
