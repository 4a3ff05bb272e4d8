from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from storyline.corpus.briefing import build_briefing, render_briefing
from storyline.model import Article, Claim, Quote, Sentence, Speaker, Timex


def _article(
    aid: str,
    published: str,
    body: str,
    quotes: tuple[Quote, ...] = (),
    claims: tuple[Claim, ...] = (),
) -> Article:
    return Article(
        id=aid,
        text=body,
        outlet=f"Outlet {aid}",
        published=published,
        sentences=(Sentence(0, len(body)),),
        timexes=(),
        quotes=quotes,
        claims=claims,
    )


def _quote(body: str, said: str, speaker: Speaker | None) -> Quote:
    start = body.index(said)
    return Quote(start, start + len(said), said, "direct", "said", speaker)


def _claim(body: str, text: str, value: float, as_of: str | None) -> Claim:
    start = body.index(text)
    return Claim(start, start + len(text), text, value, "exact", "people", "killed", as_of=as_of)


B1 = (
    "Officials said 100 people were killed in the flooding across the valley. "
    '"We need help now," the mayor said.'
)
B2 = (
    "Rescuers reported that 120 people were killed in the flooding across the valley. "
    '"The water is receding," said Ana Ruiz.'
)
B3 = '"We will rebuild," Ana Ruiz said, as the toll rose and 150 people were killed by the floods.'

MAYOR = Speaker("the mayor", named=False)
RUIZ = Speaker("Ana Ruiz", canonical="Ana Ruiz")


def _story() -> list[Article]:
    return [
        _article(
            "a1",
            "2024-05-01",
            B1,
            (_quote(B1, '"We need help now,"', MAYOR),),
            (_claim(B1, "100 people were killed", 100, "2024-05-01"),),
        ),
        _article(
            "a2",
            "2024-05-01",
            B2,
            (_quote(B2, '"The water is receding,"', RUIZ),),
            (_claim(B2, "120 people were killed", 120, "2024-05-01"),),
        ),
        _article(
            "a3",
            "2024-05-03",
            B3,
            (_quote(B3, '"We will rebuild,"', RUIZ),),
            (_claim(B3, "150 people were killed", 150, None),),
        ),
    ]


def test_sections_and_traceability() -> None:
    story = _story()
    b = build_briefing(story, title="Floods")
    texts = {a.id: a.text for a in story}
    assert b.articles == 3 and b.first_day == "2024-05-01" and b.last_day == "2024-05-03"
    assert [d.date for d in b.latest] == ["2024-05-03", "2024-05-01"]  # newest first
    assert b.quotes[0].speaker == "Ana Ruiz" and b.quotes[0].total == 2
    assert b.quotes[1].speaker == "the mayor" and not b.quotes[1].named
    for group in b.quotes:
        for q in group.quotes:
            assert texts[q.article_id][q.start : q.end] == q.text
    ((category, reports),) = b.numbers
    assert category == "killed"
    assert [(r.as_of, r.value) for r in reports] == [
        ("2024-05-01", 100),
        ("2024-05-01", 120),
        ("2024-05-03", 150),
    ]
    for d in b.latest:
        for c in d.sentences:
            assert " ".join(texts[c.article_id][c.start : c.end].split()) == c.text


def test_disagreement_is_the_ledgers_same_day_conflict() -> None:
    b = build_briefing(_story())
    assert len(b.disagreements) == 1
    d = b.disagreements[0]
    assert (d.kind, d.about) == ("number", "killed") and "same day" in d.message
    assert {(r.source.article_id, r.value, r.as_of) for r in d.reports} == {
        ("a1", 100, "2024-05-01"),
        ("a2", 120, "2024-05-01"),
    }


def test_new_since() -> None:
    b = build_briefing(_story(), since=dt.date(2024, 5, 2))
    assert b.since == "2024-05-02" and b.new_articles == 1
    assert [d.date for d in b.new_since] == ["2024-05-03"]
    assert b.new_since[0].sentences[0].article_id == "a3"


def test_renderings() -> None:
    b = build_briefing(_story(), since=dt.date(2024, 5, 2), title="Floods")
    text = render_briefing(b, "text")
    for heading in (
        "Latest developments",
        "Who said what",
        "The numbers",
        "Where sources disagree",
    ):
        assert heading in text
    assert "New since 2024-05-02 (1 new article)" in text
    assert "[Outlet a2, 2024-05-01; a2 @" in text
    md = render_briefing(b, "md")
    assert md.startswith("# Floods") and "## The numbers" in md
    data = json.loads(render_briefing(b, "json"))
    assert data["disagreements"][0]["reports"][0]["source"]["article_id"] in {"a1", "a2"}


def test_thin_input_never_crashes() -> None:
    empty = build_briefing([])
    assert empty.articles == 0 and "the story has no articles" in empty.notes
    assert "Latest developments" in render_briefing(empty, "text")
    undated = Article(id="u", text="Something.", sentences=(Sentence(0, 10),))
    b = build_briefing([undated])
    assert b.latest == () and b.first_day is None
    assert any("quotes" in n for n in b.notes)
    assert "undated" in render_briefing(b, "text")
    dated_timex = Article(
        id="t",
        text="It began on May 2.",
        sentences=(Sentence(0, 18),),
        timexes=(Timex(12, 17, "May 2", "DATE", "2024-05-02"),),
    )
    assert [d.date for d in build_briefing([dated_timex]).latest] == ["2024-05-02"]


def test_an_empty_section_says_whether_a_stage_was_skipped_or_found_nothing() -> None:
    body = "The council met on Monday and talked about the harbour."
    ran = replace(_article("a1", "2024-05-01", body), annotated=frozenset({"quotes", "claims"}))
    notes = build_briefing([ran]).notes
    assert "no quotes in these articles" in notes
    assert "no reported numbers in these articles" in notes
    assert not any("stage" in n for n in notes)  # no developer's question to a reader
    skipped = build_briefing([_article("a2", "2024-05-01", body)]).notes
    assert "no reported numbers: the claims stage was not run on 1 of 1 articles" in skipped
    assert "no quotes: the quotes stage was not run on 1 of 1 articles" in skipped
