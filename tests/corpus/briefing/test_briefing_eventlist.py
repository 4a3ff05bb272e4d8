"""An event list without its dates (eventlist.py) does not feed the latest developments."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.eventlist import MIN_SENTENCES, is_transcript, is_undated_list
from storyline.model import Article, Sentence

DAY = "2021-05-20"


def _article(aid: str, lines: list[str], dated: set[int] = frozenset()) -> Article:  # type: ignore[assignment]
    text = "\n".join(lines)
    sentences, start = [], 0
    for i, line in enumerate(lines):
        source = "timex" if i in dated else "published"
        sentences.append(Sentence(start, start + len(line), DAY, source))  # type: ignore[arg-type]
        start += len(line) + 1
    return Article(id=aid, text=text, outlet="o", published=DAY, sentences=tuple(sentences))


EVENTS = [f"Work begins on pier number {k} of the new harbour wall." for k in range(MIN_SENTENCES)]


def test_a_long_page_of_undated_events_is_an_undated_list() -> None:
    assert is_undated_list(_article("list", EVENTS))


def test_a_short_page_or_one_that_dates_its_sentences_is_not() -> None:
    assert not is_undated_list(_article("short", EVENTS[:10]))
    assert not is_undated_list(_article("news", EVENTS, dated=set(range(0, MIN_SENTENCES, 5))))


def test_an_undated_lists_entries_are_not_the_latest_developments() -> None:
    news = _article(
        "news",
        [
            "The harbour authority opened the new wall to ships.",
            "Officials cut a ribbon at the quay.",
        ],
    )
    brief = build_briefing([_article("list", EVENTS), news])
    shown = [c.text for d in brief.latest for c in d.sentences]
    assert shown and not any("pier number" in t for t in shown)
    assert any("opened the new wall" in t for t in shown)


def test_an_undated_lists_anaphoric_dates_do_not_make_it_news_either() -> None:
    listed = _article("list", EVENTS, dated={3})
    brief = build_briefing([listed])
    assert not any(d.sentences for d in brief.latest)
    assert any("undated list" in n for n in brief.notes)


def test_a_long_undated_page_in_the_first_person_is_a_statement_not_a_list() -> None:
    spoken = [f"We will rebuild pier number {k} of the harbour wall." for k in range(MIN_SENTENCES)]
    assert not is_undated_list(_article("statement", spoken))


def test_an_undated_lists_figures_are_not_dated_by_its_publication() -> None:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    lines = [*EVENTS, "An explosion at the pier injures 17 workers."]
    listed = pipeline.run(Article(id="list", text="\n".join(lines), published=DAY, outlet="o"))
    assert is_undated_list(listed) and listed.claims
    brief = build_briefing([listed], limits=BriefingLimits.full())
    assert not any(r.source.article_id == "list" for _, items in brief.numbers for r in items)


TRANSCRIPT = [
    "Harbour Hour ; Interview with the Port Chief .",
    "MARA OKONJO , HOST : Good evening and welcome to the show .",
    "Then , a look inside the port authority .",
    "OKONJO : Chief , what happens to the quay now ?",
    "IVO RAND , PORT CHIEF : We will rebuild the wall by spring .",
]


def test_a_transcripts_turns_are_not_developments() -> None:
    talk = _article("talk", TRANSCRIPT)
    assert is_transcript(talk)
    news = _article("news", ["The port chief said the wall would be rebuilt by spring."])
    shown = [c.text for d in build_briefing([talk, news]).latest for c in d.sentences]
    assert shown == ["The port chief said the wall would be rebuilt by spring."]


def test_a_live_pages_repeated_labels_are_no_transcript() -> None:
    live = ["NEW : The quay reopened .", "UPDATE : Ferries sail again .", "NEW : Crowds gather ."]
    assert not is_transcript(_article("live", live))
    assert not is_transcript(_article("one", ["IVO RAND , PORT CHIEF : We will rebuild ."]))


def test_headings_in_capitals_are_no_transcripts_turns() -> None:
    headed = [
        "TOP STORIES : The quay reopened on Monday .",
        "THE FINISH : Ferries sail again from the north pier .",
        "MORE HEADLINES : Crowds gather at the harbour wall .",
    ]
    assert not is_transcript(_article("headed", headed))
