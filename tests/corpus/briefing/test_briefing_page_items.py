"""Which stamps open or close a page's items (pageitems.py): a head stamped twice is one
article, and a page printing each stamp after its item dates the item by it. Every text
is invented."""

from __future__ import annotations

from storyline.corpus.briefing.pageitems import items_dated
from storyline.model import Article, Sentence


def _page(text: str, published: str) -> Article:
    out, at = [], 0
    for line in text.split("\n"):
        out.append(Sentence(at, at + len(line), published, "published"))
        at += len(line) + 1
    return Article(id="t:1", text=text, published=published, sentences=tuple(out))


def _dates(article: Article) -> dict[str, str | None]:
    return {article.text[s.start : s.end][:18]: s.date for s in article.sentences}


def test_a_head_posted_and_updated_is_one_article_not_a_page_of_items() -> None:
    for head in (
        "Posted : Tue Mar 04 2031 09:12:00 | Updated : Wed Mar 05 2031 18:40:00",
        "Posted : Tue Mar 04 2031 09:12:00\nUpdated : Wed Mar 05 2031 18:40:00",
    ):
        text = "\n".join(
            [
                "Lantern fair opens in Dorvik",
                head,
                "The lantern fair of Dorvik opened on Tuesday after a year away .",
                "The organisers said forty stalls had come .",
                "The first lanterns rose over the river at dusk .",
            ]
        )
        page = _page(text, "2031-03-04")
        assert items_dated(page) is page


def test_a_page_printing_each_stamp_after_its_item_dates_the_item_by_it() -> None:
    text = "\n".join(
        [
            "Lantern fair opens in Dorvik .",
            "The stalls were set out along the river .",
            "Posted Mon Mar 03 2031 10:05:00",
            "Glassworks strike ends .",
            "The glassblowers went back to their kilns .",
            "Posted Fri Feb 14 2031 09:12:00",
        ]
    )
    shown = _dates(items_dated(_page(text, "2031-03-10")))
    assert shown["The stalls were se"] == "2031-03-03"
    assert shown["Glassworks strike "] == "2031-02-14"
    assert shown["The glassblowers w"] == "2031-02-14"
