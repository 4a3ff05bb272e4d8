from __future__ import annotations

import datetime as dt

from storyline.corpus.timeline.candidates import collect_candidates, day_of, sentence_days
from storyline.model import Article, Sentence, Timex

TEXT = "Talks began on Monday. Rebels took the town on March 3 and March 4. Nothing else. Calm."


def _article(**kw: object) -> Article:
    starts = [0, 23, 68, 82]
    ends = [22, 67, 81, 87]
    sentences = tuple(Sentence(s, e) for s, e in zip(starts, ends, strict=True))
    defaults: dict[str, object] = {
        "id": "a1",
        "text": TEXT,
        "published": "2011-03-09",
        "sentences": sentences,
        "timexes": (
            Timex(15, 21, "Monday", "DATE", "2011-03-07"),
            Timex(45, 52, "March 3", "DATE", "2011-03-03"),
            Timex(57, 64, "March 4", "DATE", "2011-03-04"),
        ),
    }
    defaults.update(kw)
    return Article(**defaults)  # type: ignore[arg-type]


def test_day_of_accepts_day_precision_only() -> None:
    assert day_of("2011-03-07") == dt.date(2011, 3, 7)
    assert day_of("2011-03-07T14:00") == dt.date(2011, 3, 7)
    assert day_of("2011-03") is None
    assert day_of("2011-W10") is None
    assert day_of("PRESENT_REF") is None
    assert day_of("2011-02-30") is None
    assert day_of(None) is None


def test_sentence_days_follow_timexes_inside_each_sentence() -> None:
    days = [d for _, _, d, _ in sentence_days(_article())]
    assert days == [
        (dt.date(2011, 3, 7),),
        (dt.date(2011, 3, 3), dt.date(2011, 3, 4)),
        (),
        (),
    ]


def test_sentence_date_from_time_stage_counts_without_timex_records() -> None:
    a = _article(timexes=(), sentences=(Sentence(0, 22, "2011-03-07", "timex"),))
    assert [d for _, _, d, _ in sentence_days(a)] == [(dt.date(2011, 3, 7),)]


def test_candidates_date_events_by_text_and_leads_by_publication() -> None:
    found = list(collect_candidates([_article()], lead=3))
    pairs = [(c.text, c.day, c.source) for c in found]
    assert ("Talks began on Monday.", dt.date(2011, 3, 7), "timex") in pairs
    assert sum(1 for c in found if c.day == dt.date(2011, 3, 3)) == 1
    assert ("Nothing else.", dt.date(2011, 3, 9), "published") in pairs
    # the fourth sentence is beyond the lead and undated: not a candidate
    assert all(c.text != "Calm." for c in found)
    two_day = next(c for c in found if c.day == dt.date(2011, 3, 4))
    assert two_day.days_mentioned == 2
    assert TEXT[two_day.start : two_day.end] == two_day.text


def test_undated_article_without_timexes_gives_nothing() -> None:
    assert list(collect_candidates([_article(published=None, timexes=())])) == []


CHRONOLOGY = "Feb. 26 - The Council imposes sanctions. March 1: Talks fail. On March 2 - a dash."


def _chronology() -> Article:
    pieces = [
        "Feb. 26 - The Council imposes sanctions.",
        "March 1: Talks fail.",
        "On March 2 - a dash.",
    ]
    spans = [(CHRONOLOGY.index(p), CHRONOLOGY.index(p) + len(p)) for p in pieces]
    days = [("Feb. 26", "2011-02-26"), ("March 1", "2011-03-01"), ("March 2", "2011-03-02")]
    timexes = []
    for (text, value), (start, _) in zip(days, spans, strict=True):
        at = CHRONOLOGY.index(text, start)
        timexes.append(Timex(at, at + len(text), text, "DATE", value))
    return Article(
        id="c1",
        text=CHRONOLOGY,
        published="2011-03-20",
        sentences=tuple(Sentence(s, e) for s, e in spans),
        timexes=tuple(timexes),
    )


def test_chronology_entries_are_marked_and_lose_their_date_prefix() -> None:
    found = {c.day.day: c for c in collect_candidates([_chronology()])}
    assert found[26].chronology and found[26].text == "The Council imposes sanctions."
    entry = found[26]
    assert CHRONOLOGY[entry.start : entry.end] == entry.text  # the citation is the line itself
    assert found[1].chronology and found[1].text == "Talks fail."
    # A day that does not open the sentence is an ordinary mention, kept whole.
    assert not found[2].chronology and found[2].text == "On March 2 - a dash."
