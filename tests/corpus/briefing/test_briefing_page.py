"""One page by default, everything with --full; the newest day first; headers that count."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import (
    BriefingLimits,
    build_briefing,
    find_disagreements,
    render_briefing,
)
from storyline.corpus.briefing.clauses import in_relative_clause, named_back
from storyline.corpus.briefing.developments import (
    each_sentence_once,
    whole_sentence_end,
    whole_sentence_start,
)
from storyline.corpus.briefing.records import Cited, Development
from storyline.model import Article, Quote, Sentence, Speaker, Timex


def _article(aid: str, day: str, body: str, quotes: tuple[Quote, ...] = ()) -> Article:
    sentences = []
    start = 0
    for part in body.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(body) else 0)
        sentences.append(Sentence(start, min(end, len(body)), day, "published"))
        start = end + 1
    return Article(
        id=aid,
        text=body,
        outlet=f"outlet-{aid}",
        published=day,
        sentences=tuple(sentences),
        quotes=quotes,
    )


def _said(body: str, words: str, speaker: Speaker | None, kind: str = "direct") -> Quote:
    start = body.index(words)
    return Quote(start, start + len(words), words, kind, "said", speaker)  # type: ignore[arg-type]


def _big_story() -> list[Article]:
    arts = []
    for day in range(1, 21):
        date = f"2024-06-{day:02d}"
        for k in range(3):
            name = f"Speaker{k + (day % 7)} Lastname"
            words = f"“The river crossing on day {day} was number {k} of many,”"
            body = (
                f"Crews worked on the river crossing on day {day} near the old mill. "
                f"{words} {name} said. Traffic was diverted to the northern bridge for hours."
            )
            speaker = Speaker(name, body.index(name), body.index(name) + len(name), name, True)
            arts.append(_article(f"a{day}-{k}", date, body, (_said(body, words, speaker),)))
    return arts


def test_a_big_story_fits_on_one_page_and_full_lists_more() -> None:
    story = _big_story()
    page = render_briefing(build_briefing(story, title="Crossing"), "text")
    assert len(page.splitlines()) <= 80
    assert "run with --full" in page
    full = render_briefing(
        build_briefing(story, title="Crossing", limits=BriefingLimits.full()), "text"
    )
    assert len(full.splitlines()) > len(page.splitlines())
    assert "run with --full" not in full


def test_headers_count_what_they_list() -> None:
    b = build_briefing(_big_story())
    text = render_briefing(b, "text")
    assert f"Who said what ({len(b.quotes)} of {b.speakers_total} speakers)" in text
    for group in b.quotes:
        listed = len(group.quotes)
        header = (
            f"{group.speaker}: {listed} of {group.total} quotes"
            if listed < group.total
            else f"{group.speaker}: {group.total} quote"
        )
        assert header in text


def test_newest_day_always_comes_first() -> None:
    old = [
        _article(
            f"o{i}",
            "2024-06-01",
            "The council debated the dam budget at length. The dam budget vote was delayed. "
            "Engineers presented the dam budget plans to the council.",
        )
        for i in range(8)
    ]
    newest = _article("n", "2024-06-05", "A small leak appeared at the north gate.")
    b = build_briefing([*old, newest])
    assert b.latest and b.latest[0].date == "2024-06-05"
    assert [d.date for d in b.latest] == sorted((d.date for d in b.latest), reverse=True)


def test_latest_developments_are_the_newest_days_not_the_busiest() -> None:
    busy = [
        _article(
            f"b{i}",
            "2024-06-01",
            "The council debated the dam budget at length. The dam budget vote was delayed. "
            "Engineers presented the dam budget plans to the council.",
        )
        for i in range(8)
    ]
    later = [
        _article("d2", "2024-06-02", "Inspectors walked the dam crest before dawn."),
        _article("d3", "2024-06-03", "Divers checked the dam's lower sluice for cracks."),
        _article("d4", "2024-06-04", "The dam operator lowered the reservoir by a metre."),
        _article("d5", "2024-06-05", "A small leak appeared at the dam's north gate."),
    ]
    b = build_briefing([*busy, *later])
    # three days on the page: the newest three, not the newest and the day most covered
    assert [d.date for d in b.latest] == ["2024-06-05", "2024-06-04", "2024-06-03"]


def test_unresolved_pronouns_are_not_speakers() -> None:
    body = "“We stay,” he said. “We go,” said Ana Ruiz."
    quotes = (
        _said(body, "“We stay,”", Speaker("he", 11, 13, None, False, "unresolved")),
        _said(body, "“We go,”", Speaker("Ana Ruiz", 34, 42, "Ana Ruiz", True, "name")),
    )
    b = build_briefing([_article("q", "2024-06-01", body, quotes)])
    assert [g.speaker for g in b.quotes] == ["Ana Ruiz"]
    assert b.speakers_total == 1


def test_html_is_escaped_and_json_complete() -> None:
    body = "“<b>Open</b> the gates,” said Ana Ruiz."
    q = _said(body, "“<b>Open</b> the gates,”", Speaker("Ana Ruiz", 32, 40, "Ana Ruiz"))
    b = build_briefing([_article("h", "2024-06-01", body, (q,))], title="Gates & <Dams>")
    page = render_briefing(b, "html")
    assert page.startswith("<!doctype html>") and "<b>Open" not in page
    assert "&lt;b&gt;Open" in page and "<title>Gates &amp; &lt;Dams&gt;</title>" in page
    data = json.loads(render_briefing(b, "json"))
    assert data["quotes"][0]["speaker"] == "Ana Ruiz" and data["speakers_total"] == 1


def test_disagreements_are_the_ledgers_conflicts() -> None:
    """A falling cumulative count is a disagreement even on different days (the ledger's
    rule), and a count of a sub-group ('12 of them children') is not one."""
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    texts = (
        ("a1", "2031-03-01", "More than 50 people have died in the fire, the mayor said."),
        ("b1", "2031-03-02", "The fire killed 35 people, a fire brigade spokesman said."),
        ("c1", "2031-03-03", "The fire has killed 58 people, 12 of them children, police said."),
    )
    arts = [
        pipeline.run(Article(id=aid, text=t, published=day, outlet=f"{aid[0]}.example"))
        for aid, day, t in texts
    ]
    (found,) = find_disagreements(arts)
    assert found.kind == "number" and "cannot fall" in found.message
    assert {(r.source.article_id, r.value) for r in found.reports} == {("a1", 50), ("b1", 35)}
    page = render_briefing(build_briefing(arts), "text")
    assert "Where sources disagree (1 case)" in page and "cannot fall" in page


def test_numbers_are_the_ledgers_series_not_raw_categories() -> None:
    """A sub-group's count ('12 of them firefighters') is never listed under the toll."""
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    texts = (
        ("a1", "2031-03-01", "More than 50 people have died in the fire, the mayor said."),
        (
            "c1",
            "2031-03-03",
            "The fire has killed 58 people, 12 of them firefighters, police said",
        ),
    )
    arts = [
        pipeline.run(Article(id=aid, text=t, published=day, outlet=f"{aid[0]}.example"))
        for aid, day, t in texts
    ]
    numbers = dict(build_briefing(arts, limits=BriefingLimits.full()).numbers)
    assert [(r.value, r.as_of) for r in numbers["killed"]] == [
        (50, "2031-03-01"),
        (58, "2031-03-03"),
    ]


def test_a_sentence_is_shown_on_one_day_only() -> None:
    """A sentence naming two days is listed once, on the day it is itself dated."""
    body = "The dam burst today, and the pumps would run tomorrow. Crews worked."
    art = _article("d", "2024-06-01", body)
    both = Cited(body[:55], "d", 0, 55)
    other = Cited("Crews worked.", "d", 56, 69)
    listed = [
        Development("2024-06-02", (both,)),
        Development("2024-06-01", (both, other)),
    ]
    kept = each_sentence_once(listed, {"d": art})
    assert [(d.date, [c.start for c in d.sentences]) for d in kept] == [
        ("2024-06-02", []),
        ("2024-06-01", [0, 56]),
    ]


def test_an_older_events_toll_and_a_projection_are_not_the_storys_count() -> None:
    """ "The outbreak of 2019, which killed 900" is history, listed apart from the story's
    toll; "could kill up to 4,000" is no reported figure at all."""
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    texts = (
        ("a1", "2031-03-01", "The new fever has killed 12 people in the valley, the mayor said."),
        (
            "b1",
            "2031-03-02",
            "The fever has killed 19 people, doctors said. "
            "The outbreak of 2019, which killed 900 people, began the same way.",
        ),
        (
            "c1",
            "2031-03-03",
            "The fever could kill up to 4,000 people in the valley, doctors warned. "
            "It has killed 23 so far.",
        ),
    )
    arts = [
        pipeline.run(Article(id=aid, text=t, published=day, outlet=f"{aid[0]}.example"))
        for aid, day, t in texts
    ]
    numbers = dict(build_briefing(arts, limits=BriefingLimits.full()).numbers)
    assert [r.value for r in numbers["killed"]] == [12, 19, 23]
    assert [r.value for r in numbers["killed, earlier"]] == [900]
    assert all(r.value != 4000 for items in numbers.values() for r in items)


def test_a_description_continuing_the_named_speaker_is_not_a_second_speaker() -> None:
    """'... said the MP for Leith' right after Ana Ruiz is quoted is Ana Ruiz; 'a spokesman'
    (someone new) and 'the officials' (several) stay apart."""
    body = (
        "Ana Ruiz said she was not nervous about the vote. "
        "“He is finished,” said the MP for Leith. "
        "“We will see,” said a spokesman for the council. "
        "“No comment,” said the officials."
    )

    def who(text: str, canonical: str | None = None) -> Speaker:
        at = body.index(text)
        return Speaker(text, at, at + len(text), canonical, canonical is not None, None)

    quotes = (
        _said(body, "she was not nervous about the vote", who("Ana Ruiz", "Ana Ruiz"), "indirect"),
        _said(body, "“He is finished,”", who("the MP for Leith")),
        _said(body, "“We will see,”", who("a spokesman for the council")),
        _said(body, "“No comment,”", who("the officials")),
    )
    b = build_briefing([_article("m", "2024-06-01", body, quotes)], limits=BriefingLimits.full())
    groups = {g.speaker: g.total for g in b.quotes}
    assert groups["Ana Ruiz"] == 2
    assert "the MP for Leith" not in groups
    assert "a spokesman for the council" in groups and "the officials" in groups


def test_a_description_introduced_before_keeps_its_own_person() -> None:
    """'A spokesman ... Ana Ruiz said ... said the spokesman': the spokesman is the one
    introduced first, not Ana Ruiz."""
    body = (
        "A spokesman for the port declined to comment at first. "
        "Ana Ruiz said the cranes were idle. "
        "“Work resumes soon,” said the spokesman."
    )
    ruiz, spokesman = body.index("Ana Ruiz"), body.index("the spokesman")
    quotes = (
        _said(
            body,
            "the cranes were idle",
            Speaker("Ana Ruiz", ruiz, ruiz + 8, "Ana Ruiz", True),
            "indirect",
        ),
        _said(
            body,
            "“Work resumes soon,”",
            Speaker("the spokesman", spokesman, spokesman + 13, None, False),
        ),
    )
    b = build_briefing([_article("s", "2024-06-01", body, quotes)], limits=BriefingLimits.full())
    assert {g.speaker: g.total for g in b.quotes} == {"Ana Ruiz": 1, "the spokesman": 1}


def test_a_bound_is_not_the_day_a_development_happened() -> None:
    """'the first visit since the floods began on Sunday', said on Tuesday, is Tuesday's news."""
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    body = (
        "The minister toured the flooded valley with the mayor. "
        "It was the first visit by a minister since the floods began on Sunday."
    )
    art = pipeline.run(Article(id="v", text=body, published="2031-03-04", outlet="x.example"))
    b = build_briefing([art], limits=BriefingLimits.full())
    days = {c.text: d.date for d in b.latest for c in d.sentences}
    visit = next(t for t in days if t.startswith("It was the first visit"))
    assert days[visit] == "2031-03-04"


def test_a_bodys_reply_after_another_body_is_not_listed_under_it() -> None:
    """'The Varnholt Water Board said ... “We are checking,” the company said': a company
    answering is not the board; 'the board' right after it is the board."""
    body = (
        "The Varnholt Water Board said the levees would hold. "
        "“We are checking every metre,” the company said. "
        "The Kestrel Mining Board said the wells were safe. "
        "“Nothing leaked,” the board said."
    )

    def who(text: str, canonical: str | None = None) -> Speaker:
        at = body.index(text)
        return Speaker(text, at, at + len(text), canonical, canonical is not None, None)

    quotes = (
        _said(body, "the levees would hold", who("The Varnholt", "Varnholt Water Board")),
        _said(body, "“We are checking every metre,”", who("the company")),
        _said(body, "the wells were safe", who("The Kestrel", "Kestrel Mining Board")),
        _said(body, "“Nothing leaked,”", who("the board")),
    )
    b = build_briefing([_article("w", "2024-06-01", body, quotes)], limits=BriefingLimits.full())
    groups = {g.speaker: g.total for g in b.quotes}
    assert groups["Varnholt Water Board"] == 1
    assert groups["the company"] == 1
    assert groups["Kestrel Mining Board"] == 2


def test_a_sentence_is_never_shown_under_a_day_other_than_the_one_it_writes() -> None:
    """ "On May 3, the eve of the Friday marches, the blogger vanished", filed by the
    timeline under that Friday only (May 3 outside the days shown), is not Friday's news."""
    body = "On May 3, the eve of the Friday marches, the blogger vanished. Crews worked."
    art = replace(
        _article("d", "2031-05-16", body),
        sentences=(
            Sentence(0, 62, "2031-05-03", "timex"),
            Sentence(63, 76, "2031-05-16", "published"),
        ),
    )
    vanished = Cited(body[:62], "d", 0, 62)
    crews = Cited("Crews worked.", "d", 63, 76)
    listed = [Development("2031-05-09", (vanished,)), Development("2031-05-16", (crews,))]
    kept = each_sentence_once(listed, {"d": art})
    assert [(d.date, [c.start for c in d.sentences]) for d in kept] == [
        ("2031-05-09", []),
        ("2031-05-16", [63]),
    ]
    # a sentence dated by its article only may be filed under the day it names
    undated = replace(art, sentences=(Sentence(0, 62, "2031-05-16", "published"), art.sentences[1]))
    (friday, _) = each_sentence_once(listed, {"d": undated})
    assert [c.start for c in friday.sentences] == [0]


@pytest.mark.parametrize("bracket", ["(", "-LRB-"])
def test_a_sentence_cut_inside_a_bracket_is_shown_whole(bracket: str) -> None:
    close = ")" if bracket == "(" else "-RRB-"
    first = f"The Velden Health Agency {bracket}"
    second = f"VHA {close} said on Monday it would close the border ."
    body = f"Crews worked . {first} {second} Rain fell ."
    a = body.index(first)
    b = body.index(second)
    art = replace(
        _article("h", "2031-05-16", body),
        sentences=(
            Sentence(0, 14, "2031-05-16", "published"),
            Sentence(a, a + len(first), "2031-05-16", "published"),
            Sentence(b, b + len(second), "2031-05-15", "timex"),
            Sentence(b + len(second) + 1, len(body), "2031-05-16", "published"),
        ),
    )
    assert whole_sentence_start(art, b) == a
    assert whole_sentence_start(art, 0) == 0
    assert whole_sentence_start(art, b + len(second) + 1) == b + len(second) + 1
    # a wire dateline closes a bracket too, and is no cut sentence
    wire = "Reuters ) - The port reopened ."
    dated = replace(
        art,
        text=f"LONDON ( {wire}",
        sentences=(
            Sentence(0, 8, None, "published"),
            Sentence(9, 9 + len(wire), None, "published"),
        ),
    )
    assert whole_sentence_start(dated, 9) == 9
    # cut in three pieces at a list of brackets
    pieces = [f"We asked Ana Ruiz {bracket}", f"Water {close} and Jon Vell {bracket}"]
    pieces.append(f"Fire {close} to talk .")
    listed = replace(
        art,
        text=" ".join(pieces),
        sentences=(
            Sentence(0, len(pieces[0]), None, "published"),
            Sentence(len(pieces[0]) + 1, len(pieces[0]) + 1 + len(pieces[1]), None, "published"),
            Sentence(len(pieces[0]) + len(pieces[1]) + 2, len(" ".join(pieces)), None, "published"),
        ),
    )
    assert whole_sentence_start(listed, len(pieces[0]) + len(pieces[1]) + 2) == 0
    brief = build_briefing([art], limits=BriefingLimits.full())
    shown = [c for d in brief.latest for c in d.sentences if "close the border" in c.text]
    assert [(c.text, c.start) for c in shown] == [(f"{first} {second}", a)]
    assert [d.date for d in brief.latest if any(c.start == a for c in d.sentences)] == [
        "2031-05-15"
    ]


def test_a_sentence_cut_at_a_tickers_dot_is_shown_whole() -> None:
    # "approve Brolk 's (BRK.L) $ 5 billion purchase of Velm 's (VLM.N) assets": the
    # splitter cut at each ticker's dot, and one piece is balanced on its own
    pieces = [
        "Reuters -RRB- - The regulator is in no rush to approve Brolk 's -LRB-",
        "BRK .",
        "L -RRB-",
        "$ 5 billion purchase of Velm 's -LRB- VLM .",
        "N -RRB- assets , the paper said on Monday .",
        "Rain fell .",
    ]
    text = "ORLA , May 16 -LRB- " + " ".join(pieces)
    at = [text.index(p) for p in pieces]
    art = replace(
        _article("t", "2031-05-16", text),
        sentences=(
            Sentence(0, at[0] - 1, "2031-05-16", "published"),
            *(
                Sentence(a, a + len(p), "2031-05-16", "published")
                for a, p in zip(at, pieces, strict=True)
            ),
        ),
    )
    for k in (1, 2, 3, 4):
        assert whole_sentence_start(art, at[k]) == at[0]
    assert whole_sentence_start(art, at[0]) == at[0]  # the wire dateline opens it
    assert whole_sentence_start(art, at[5]) == at[5]
    assert whole_sentence_end(art, at[0], at[0] + len(pieces[0])) == at[4] + len(pieces[4])
    assert whole_sentence_end(art, at[3], at[3] + len(pieces[3])) == at[4] + len(pieces[4])
    assert whole_sentence_end(art, at[5], len(text)) == len(text)
    brief = build_briefing([art], limits=BriefingLimits.full())
    shown = [c.text for d in brief.latest for c in d.sentences]
    assert any(t.startswith("The regulator") and t.endswith("said on Monday .") for t in shown)
    assert not any(t.startswith(("N -RRB-", "$ 5", "L -RRB-", "BRK")) for t in shown)


def test_an_editors_note_in_brackets_is_no_part_of_the_sentence_after_it() -> None:
    pieces = ["Crews worked .", "-LRB-", "Update 9:30 p.m. in Orla -RRB-", "The port reopened ."]
    text = " ".join(pieces)
    at = [text.index(p) for p in pieces]
    art = replace(
        _article("u", "2031-05-16", text),
        sentences=tuple(
            Sentence(a, a + len(p), "2031-05-16", "published")
            for a, p in zip(at, pieces, strict=True)
        ),
    )
    assert whole_sentence_start(art, at[3]) == at[3]
    assert whole_sentence_start(art, at[2]) == at[1]


def test_a_day_a_relative_clause_gives_dates_its_clause_not_the_sentence() -> None:
    said = "Kell criticized the group of ten countries that agreed on Thursday to send aid ."
    assert in_relative_clause(said, said.index("Thursday"))
    told = "Officials said that troops attacked on Thursday near Orla ."
    assert not in_relative_clause(told, told.index("Thursday"))
    plain = "Troops attacked Orla on Thursday ."
    assert not in_relative_clause(plain, plain.index("Thursday"))
    # through the brief: Kell spoke on the article's day (Friday 2031-05-16), not Thursday
    lead = "Kell met Vane in Orla ."
    text = f"{lead} {said}"
    b = len(lead) + 1
    day = text.index("Thursday")
    art = replace(
        _article("k", "2031-05-16", text),
        sentences=(
            Sentence(0, len(lead), "2031-05-16", "published"),
            Sentence(b, len(text), "2031-05-15", "timex"),
        ),
        timexes=(Timex(day, day + len("Thursday"), "Thursday", "DATE", "2031-05-15"),),
    )
    brief = build_briefing([art], limits=BriefingLimits.full())
    days = [d.date for d in brief.latest if any("criticized" in c.text for c in d.sentences)]
    assert days == ["2031-05-16"]


def test_a_sentence_naming_back_with_the_noun_is_replaced_by_the_one_it_names_back_to() -> None:
    first = "Police held 40 marchers in Orla , according to the Velmar League for Fair Votes ."
    second = "The league is one of the groups that organized the marches ."
    third = "The marches went on ."
    text = f"{first} {second} {third}"
    b, c = text.index(second), text.index(third)
    art = replace(
        _article("l", "2031-05-16", text),
        sentences=(
            Sentence(0, len(first), "2031-05-16", "published"),
            Sentence(b, b + len(second), "2031-05-16", "published"),
            Sentence(c, len(text), "2031-05-16", "published"),
        ),
    )
    assert named_back(art, b) == (0, len(first))
    assert named_back(art, 0) is None
    assert named_back(art, c) is None  # "The marches" is named by no name before it
    own = replace(art, text=text.replace("The league is", "The league is Velmar League ,"))
    assert named_back(own, b) is None
    news = replace(art, text=text.replace("The league is one of", "The league said it led "))
    assert named_back(news, b) is None  # news of its own, not a description


def test_a_that_after_a_verb_in_s_opens_what_was_said_not_a_relative_clause() -> None:
    admits = "The army admits that soldiers fired on Friday near Orla ."
    assert not in_relative_clause(admits, admits.index("Friday"))
    confirms = "The ministry confirms that troops opened fire on Sunday ."
    assert not in_relative_clause(confirms, confirms.index("Sunday"))
    kept = "Kell criticized the ten countries that agreed on Thursday to send aid ."
    assert in_relative_clause(kept, kept.index("Thursday"))


def test_a_passive_after_the_noun_named_back_is_news_not_a_description() -> None:
    first = "Shares in Velm Shipping Company fell on Monday ."
    second = "The company was fined $5m by regulators on Tuesday for dumping oil ."
    text = f"{first} {second}"
    b = text.index(second)
    art = replace(
        _article("v", "2031-05-16", text),
        sentences=(
            Sentence(0, len(first), "2031-05-13", "timex"),
            Sentence(b, len(text), "2031-05-14", "timex"),
        ),
    )
    assert named_back(art, b) is None
    for verb in ("were later sued", "is also held"):
        other = replace(art, text=text.replace("was fined", verb))
        assert named_back(other, b) is None
    described = replace(art, text=text.replace("was fined $5m by", "is one of the firms of"))
    assert named_back(described, b) == (0, len(first))
