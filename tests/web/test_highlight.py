"""Cutting a text into highlighted segments (short texts written here)."""

from __future__ import annotations

from storyline.model import Claim, EntityMention, Flag, Quote, Span, Speaker, Timex
from storyline.query.records import ArticleView
from storyline.web.highlight import Mark, article_marks, segments, segments_html


def test_overlapping_marks_cut_the_text_and_stack_classes() -> None:
    text = "abcdefghij"
    cut = segments(text, [Mark(0, 6, "quote", "q"), Mark(2, 4, "ent", "e", entity="E")])
    assert [(s.text, s.css, s.title, s.entity) for s in cut] == [
        ("ab", "quote", "q", None),
        ("cd", "quote ent", "q · e", "E"),
        ("ef", "quote", "q", None),
        ("ghij", "", None, None),
    ]
    assert "".join(s.text for s in cut) == text


def test_bad_offsets_never_break_the_text() -> None:
    text = "short"
    cut = segments(text, [Mark(3, 99, "a"), Mark(-5, 2, "b"), Mark(4, 1, "c"), Mark(2, 2, "d")])
    assert "".join(s.text for s in cut) == text
    assert [(s.text, s.css) for s in cut] == [("sh", "b"), ("o", ""), ("rt", "a")]


def test_anchors_open_where_their_mark_starts() -> None:
    cut = segments("one two", [Mark(4, 7, "claim", anchor="claim-0")])
    assert [(s.text, s.anchors) for s in cut] == [("one ", ()), ("two", ("claim-0",))]


def test_article_marks_cover_every_annotation() -> None:
    text = 'Mayor Ana Lind said "12 died" on Monday.'
    view = ArticleView(
        id="a", url=None, path=None, outlet=None, title=None, author=None, published=None,
        published_source="none", language=None, duplicate_of=None, text=text, sentences=(),
        entities=(EntityMention(6, 14, "Ana Lind", "PERSON", "Ana Lind"),),
        timexes=(Timex(33, 39, "Monday", "DATE", "2024-01-01"),),
        quotes=(Quote(20, 29, '"12 died"', "direct", "said", Speaker("Ana", 6, 14, "Ana Lind")),),
        claims=(Claim(21, 28, "12 died", 12, "exact", None, "killed"),),
        flags=(Flag("absurd_value", "warning", "odd", (Span(21, 23, "12"),)),),
    )  # fmt: skip
    cut = segments(text, article_marks(view, target=(0, 5)))
    by_text = {s.text: s for s in cut}
    assert by_text["Mayor"].css == "target" and by_text["Mayor"].anchors == ("hl",)
    assert by_text["Ana Lind"].entity == "Ana Lind"
    assert by_text["12"].css == "quote quote-direct claim evidence sev-warning"
    assert by_text["12"].anchors == ("claim-0", "flag-0-0")
    assert by_text["Monday"].title == "DATE 2024-01-01"


def test_html_escapes_text_tooltips_and_links() -> None:
    text = '<b onclick="x()">Al & "Bo"</b>'
    marks = [
        Mark(0, len(text), "quote", 'said "<i>"'),
        Mark(17, 25, "ent ent-person", "PERSON", entity='Bo"/<x>', anchor="e-1"),
    ]
    html = str(segments_html(segments(text, marks)))
    assert "<b" not in html and "<i>" not in html
    assert html.startswith('<span class="quote" title="said &quot;&lt;i&gt;&quot;">&lt;b onclick=')
    assert '<span id="e-1"></span>' in html
    assert 'href="/entities/Bo%22%2F%3Cx%3E"' in html
    assert html.count("&amp;") == 1


def test_search_snippets_escape_and_mark() -> None:
    from storyline.web.render import snippet_html

    html = str(snippet_html("<b>flood</b> & more", ((3, 8),)))
    assert html == "&lt;b&gt;<mark>flood</mark>&lt;/b&gt; &amp; more"


def test_an_attribution_that_states_nothing_is_no_quote_mark() -> None:
    text = "Ana Lind was critical of the levy."
    view = ArticleView(
        id="a", url=None, path=None, outlet=None, title=None, author=None, published=None,
        published_source="none", language=None, duplicate_of=None, text=text, sentences=(),
        entities=(), timexes=(), claims=(), flags=(),
        quotes=(
            Quote(25, 33, "the levy", "indirect", "critical",
                  Speaker("Ana Lind", 0, 8, None, False, "unstated")),
        ),
    )  # fmt: skip
    assert not any("quote" in m.css for m in article_marks(view))
