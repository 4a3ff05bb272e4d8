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


CHRONOLOGY = (
    "Feb. 26 - The Council imposes sanctions. March 1: Talks fail. "
    "March 3 - Envoys leave. On March 2 - a dash."
)
_PIECES = [
    ("Feb. 26 - The Council imposes sanctions.", "Feb. 26", "2011-02-26", "DATE"),
    ("March 1: Talks fail.", "March 1", "2011-03-01", "DATE"),
    ("March 3 - Envoys leave.", "March 3", "2011-03-03", "DATE"),
    ("On March 2 - a dash.", "March 2", "2011-03-02", "DATE"),
]


def _dated_lines(text: str, pieces: list[tuple[str, str, str, str]]) -> Article:
    """An article whose sentences are `pieces` (sentence, timex text, value, type)."""
    sentences, timexes = [], []
    for sentence, expr, value, kind in pieces:
        start = text.index(sentence)
        sentences.append(Sentence(start, start + len(sentence)))
        at = text.index(expr, start)
        timexes.append(Timex(at, at + len(expr), expr, kind, value))  # type: ignore[arg-type]
    return Article(
        id="c1",
        text=text,
        published="2011-03-20",
        sentences=tuple(sentences),
        timexes=tuple(timexes),
    )


def _chronology() -> Article:
    return _dated_lines(CHRONOLOGY, _PIECES)


def test_chronology_entries_are_marked_and_lose_their_date_prefix() -> None:
    found = {c.day.day: c for c in collect_candidates([_chronology()])}
    assert found[26].chronology and found[26].text == "The Council imposes sanctions."
    entry = found[26]
    assert CHRONOLOGY[entry.start : entry.end] == entry.text  # the citation is the line itself
    assert found[1].chronology and found[1].text == "Talks fail."
    # A day that does not open the sentence is an ordinary mention, kept whole.
    assert not found[2].chronology and found[2].text == "On March 2 - a dash."


def test_one_dated_line_is_a_caption_not_a_chronology() -> None:
    text = "May 28: The minister visits the flooded valley. Water levels kept rising."
    article = _dated_lines(
        text, [("May 28: The minister visits the flooded valley.", "May 28", "2011-05-28", "DATE")]
    )
    (found,) = [c for c in collect_candidates([article]) if c.day.day == 28]
    assert not found.chronology
    assert found.text == "May 28: The minister visits the flooded valley."


def test_live_blog_clock_entries_are_not_a_chronology() -> None:
    pieces = [
        ("3.10 pm: A quick summary of the hearing.", "3.10 pm", "2011-03-20T15:10", "TIME"),
        ("3.25 pm: The chairman calls a recess.", "3.25 pm", "2011-03-20T15:25", "TIME"),
        ("3.40 pm: Questions resume after the break.", "3.40 pm", "2011-03-20T15:40", "TIME"),
    ]
    article = _dated_lines(" ".join(p[0] for p in pieces), pieces)
    found = list(collect_candidates([article]))
    assert found and not any(c.chronology for c in found)


def test_a_caption_run_into_the_lead_is_left_out_of_the_first_sentence() -> None:
    text = (
        "Ferries wait out the storm in the harbour Harbour officials say the Orla quay will "
        "reopen on Friday after the repairs .\nThe harbour has been shut for a week ."
    )
    first_end = text.index("\n")
    article = Article(
        id="c1",
        text=text,
        published="2031-03-04",
        sentences=(Sentence(0, first_end), Sentence(first_end + 1, len(text))),
    )
    lead = next(c for c in collect_candidates([article]) if c.position == 0)
    assert lead.text.startswith("Harbour officials say the Orla quay")
    assert text[lead.start : lead.end] == lead.text
    plain = "Harbour officials say the Orla quay will reopen on Friday after the repairs ."
    whole = Article(
        id="c2", text=plain, published="2031-03-04", sentences=(Sentence(0, len(plain)),)
    )
    assert next(iter(collect_candidates([whole]))).text == plain


def _lead(text: str, timexes: tuple[Timex, ...]) -> Article:
    return Article(
        id="a2",
        text=text,
        published="2031-07-29",
        sentences=(Sentence(0, len(text)),),
        timexes=timexes,
    )


def test_a_lead_dated_to_another_year_is_no_report_of_its_publication_day() -> None:
    text = "In 1998, a senator from Ossery called for a national day of the river."
    history = _lead(text, (Timex(3, 7, "1998", "DATE", "1998"),))
    assert list(collect_candidates([history])) == []
    plans = _lead("In 2033, the port will close.", (Timex(3, 7, "2033", "DATE", "2033"),))
    assert list(collect_candidates([plans])) == []
    text = "OSSERY -- In 1998, the port closed for a month."
    dateline = _lead(text, (Timex(13, 17, "1998", "DATE", "1998"),))
    assert list(collect_candidates([dateline])) == []


def test_a_lead_comparing_with_another_year_or_naming_its_own_stays_on_its_day() -> None:
    text = "The Ossery spill is the worst since 1998, officials said."
    compared = _lead(text, (Timex(36, 40, "1998", "DATE", "1998"),))
    assert [c.day for c in collect_candidates([compared])] == [dt.date(2031, 7, 29)]
    text = "Ana Ruiz, who took office in 1998, vowed to reopen the Ossery port."
    detail = _lead(text, (Timex(29, 33, "1998", "DATE", "1998"),))
    assert [c.day for c in collect_candidates([detail])] == [dt.date(2031, 7, 29)]
    text = "In July, the Ossery spill reached the coast."
    this_year = _lead(text, (Timex(3, 7, "July", "DATE", "2031-07"),))
    assert [c.day for c in collect_candidates([this_year])] == [dt.date(2031, 7, 29)]
