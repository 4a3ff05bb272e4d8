from __future__ import annotations

import json
from html.parser import HTMLParser

from storyline.corpus.timeline import TimelineOptions, build_timeline, render_timeline
from storyline.corpus.timeline.build import Timeline
from storyline.model import Article, Sentence, TimelineEntry

HOSTILE = 'The <script>alert("x")</script> crowd & police clashed near [the] *square* on Monday.'


def _hostile_timeline() -> tuple[Timeline, dict[str, Article]]:
    article = Article(
        id="h1",
        text=HOSTILE,
        title="Clashes <b>",
        url="https://example.org/a?x=1&y=<2>",
        outlet="Example News",
        published="2024-05-06",
        sentences=(Sentence(0, len(HOSTILE)),),
    )
    return build_timeline([article], TimelineOptions(max_dates=1)), {"h1": article}


def test_json_is_the_design_contract(demo_articles: list[Article]) -> None:
    result = build_timeline(demo_articles, TimelineOptions(max_dates=4, sentences_per_date=2))
    data = json.loads(render_timeline(result, "json"))
    assert [set(e) >= {"date", "sentences", "articles"} for e in data] == [True] * len(data)
    assert len(data) == 4
    texts = {a.id: a.text for a in demo_articles}
    for e in data:
        for span in e["spans"]:
            assert span["article"] in e["articles"]
            assert " ".join(texts[span["article"]][span["start"] : span["end"]].split())


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escaped() -> None:
    timeline, known = _hostile_timeline()
    page = render_timeline(timeline, "html", known, title="T <1>")
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "link" not in parser.tags and "img" not in parser.tags
    assert 'alert("x")' in "".join(parser.text)
    assert "&amp;y=&lt;2&gt;" in page
    assert page.startswith("<!DOCTYPE html>")


def test_markdown_escapes_and_cites() -> None:
    timeline, known = _hostile_timeline()
    md = render_timeline(timeline, "md", known)
    assert "## 2024-05-06" in md
    assert "\\[the\\] \\*square\\*" in md
    assert "Example News, 2024-05-06 (h1)" in md
    assert "(<https://example.org/a?x=1&y=%3C2%3E>)" in md


def test_text_lists_days_and_sources() -> None:
    timeline, known = _hostile_timeline()
    text = render_timeline(timeline, "text", known, title="Clashes")
    assert text.splitlines()[0] == "Clashes"
    assert "2024-05-06" in text and "Example News, 2024-05-06 (h1)" in text


def test_entries_without_line_detail_still_render() -> None:
    bare = Timeline((TimelineEntry("2024-01-01", ("A thing happened.",), ("z",)),), ("n1",))
    assert "A thing happened." in render_timeline(bare, "text")
    assert "note: n1" in render_timeline(bare, "text")
    assert "    [z]" in render_timeline(bare, "text")
    assert "(empty timeline)" in render_timeline(Timeline(()), "text")
    assert json.loads(render_timeline(Timeline(()), "json")) == []
