"""Issue 16 and 14: keywords as a hint, the number of days by the coverage, a sentence once,
pronoun subjects named or kept back. Texts written for the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.corpus.timeline import TimelineOptions, build_timeline, collect_candidates
from storyline.corpus.timeline.dates import DateScore, auto_limit
from storyline.corpus.timeline.settings import DEFAULT_SETTINGS, TimelineSettings
from storyline.corpus.timeline.subjects import clarify_subjects
from storyline.model import Article, Quote, Sentence, Speaker, Timex

BASE = dt.date(2021, 5, 1)


def _article(
    i: int,
    sentences: list[str],
    published: dt.date,
    dated: dict[int, dt.date] | None = None,
    quotes: tuple[Quote, ...] = (),
) -> Article:
    """An analysed article: sentence k names the day dated[k] ("on <day>") when given."""
    text, spans, timexes = "", [], []
    for k, sentence in enumerate(sentences):
        if dated and k in dated:
            sentence = f"{sentence} on {dated[k]:%B} {dated[k].day}."
        start = len(text)
        text += sentence + " "
        spans.append(Sentence(start, start + len(sentence)))
        if dated and k in dated:
            words = f"{dated[k]:%B} {dated[k].day}"
            at = text.index(words, start)
            timexes.append(Timex(at, at + len(words), words, "DATE", dated[k].isoformat()))
    return Article(
        id=f"a{i}",
        text=text.strip(),
        published=published.isoformat(),
        sentences=tuple(spans),
        timexes=tuple(timexes),
        quotes=quotes,
        annotated=frozenset({"sentences", "time"} | ({"quotes"} if quotes else set())),
    )


def _harbour_story(n: int = 12) -> list[Article]:
    """A harbour fire story: each article recalls the fire day and reports its own day."""
    fire = BASE
    out = []
    for i in range(n):
        day = BASE + dt.timedelta(days=1 + i)
        out.append(
            _article(
                i,
                [
                    f"Crews in the harbour district cleared wreckage number {i} from the quay",
                    "The fire destroyed three warehouses and the old ferry terminal",
                ],
                day,
                dated={1: fire},
            )
        )
    return out


def test_a_keyword_written_in_few_articles_does_not_empty_the_timeline() -> None:
    articles = _harbour_story()
    # one article calls the story by a nickname; the others never do
    nick = articles[0]
    articles[0] = Article(
        **{**{f: getattr(nick, f) for f in nick.__dataclass_fields__}, "title": "Quaybreak"}
    )
    result = build_timeline(articles, TimelineOptions(max_dates=6, keywords=("Quaybreak",)))
    assert len(result.entries) == 6
    assert any("match only 1 of 12" in n for n in result.notes)


def test_a_keyword_most_articles_write_narrows_the_collection() -> None:
    articles = _harbour_story()
    off_topic = _article(
        99, ["The council approved a new budget for school repairs"], BASE + dt.timedelta(days=3)
    )
    result = build_timeline([*articles, off_topic], TimelineOptions(keywords=("harbour",)))
    cited = {a for e in result.entries for a in e.article_ids}
    assert "a99" not in cited
    assert not result.notes


def test_a_sentence_naming_two_days_appears_on_one() -> None:
    both = "The mayor said the fire of May 1 and the storm of May 9 emptied the port"
    articles = []
    for i in range(4):
        text = both + "."
        a1, a2 = text.index("May 1"), text.index("May 9")
        articles.append(
            Article(
                id=f"t{i}",
                text=text,
                published=(BASE + dt.timedelta(days=12 + i)).isoformat(),
                sentences=(Sentence(0, len(text)),),
                timexes=(
                    Timex(a1, a1 + 5, "May 1", "DATE", "2021-05-01"),
                    Timex(a2, a2 + 5, "May 9", "DATE", "2021-05-09"),
                ),
            )
        )
    result = build_timeline(articles, TimelineOptions(max_dates=2, start=BASE))
    lines = [s for e in result.entries for s in e.sentences]
    assert len(lines) == len(set(lines)) == 1


def test_auto_limit_follows_the_days_that_stand_out() -> None:
    def ranked(scores: list[float]) -> list[DateScore]:
        return [DateScore(BASE + dt.timedelta(days=i), s, 1, 1) for i, s in enumerate(scores)]

    third = DEFAULT_SETTINGS.varied(auto_reference=3, auto_share=0.5, auto_min=3, auto_max=60)
    burst = ranked([30, 28, 26, 25, 3, 2, 2, 1, 1, 1])
    steady = ranked([30, 28, 26, 25, 20, 18, 16, 15, 14, 13])
    assert auto_limit(burst, third) == 4
    assert auto_limit(steady, third) == 10
    assert auto_limit([], third) == 0
    assert auto_limit(ranked([5]), third) == 1
    assert auto_limit(steady, third.varied(auto_max=6)) == 6
    # a reference deeper than the ranking falls back to its last day
    assert auto_limit(ranked([30, 2, 1]), third.varied(auto_reference=50)) == 3


def test_settings_refuse_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown timeline settings: lead_dept"):
        TimelineSettings().varied(lead_dept=3)


def _said(i: int, speaker: Speaker | None, day: dt.date) -> Article:
    text = "He said 41 people had been pulled alive from the collapsed mine."
    quote = Quote(8, len(text) - 1, text[8:-1], "indirect", "said", speaker) if speaker else None
    article = _article(i, [text[:-1]], day, quotes=(quote,) if quote else ())
    return article


def test_a_pronoun_speaker_resolved_by_the_quotes_stage_is_named() -> None:
    speaker = Speaker("He", 0, 2, "Tomas Varga", True)
    result = build_timeline([_said(0, speaker, BASE)], TimelineOptions(max_dates=1))
    assert result.entries[0].sentences[0].startswith("[Tomas Varga] said 41 people")
    # the citation still points at the sentence as written
    article_id, start, _end = result.entries[0].spans[0]
    assert (article_id, start) == ("a0", 0)


def test_an_unresolved_pronoun_speaker_is_used_only_when_nothing_else_is_there() -> None:
    unresolved = _said(0, Speaker("He", 0, 2, None, False), BASE)
    other = _article(
        1, ["Rescuers pulled 41 miners alive from the collapsed shaft near the border"], BASE
    )
    result = build_timeline([unresolved, other], TimelineOptions(max_dates=1))
    assert result.entries[0].sentences == (other.text,)
    alone = build_timeline([unresolved], TimelineOptions(max_dates=1))
    assert alone.entries[0].sentences[0].startswith("He said")


VAGUE = [
    "She told reporters the dam would hold through the night",
    "They fired on the crowd outside the ministry building",
    '"We have nothing left to sell," she said after the auction',
    "It said the wells had been capped by the engineering team",
]


@pytest.mark.parametrize("sentence", VAGUE)
def test_bare_pronoun_subjects_the_quotes_stage_left_unnamed_are_held_back(
    sentence: str,
) -> None:
    vague = replace(_article(0, [sentence], BASE), annotated=frozenset({"sentences", "quotes"}))
    named = _article(1, ["Engineers capped the last two wells beside the river delta"], BASE)
    result = build_timeline([vague, named], TimelineOptions(max_dates=1, sentences_per_date=1))
    assert result.entries[0].sentences == (named.text,)


@pytest.mark.parametrize("sentence", VAGUE)
def test_without_a_quotes_stage_a_bare_pronoun_subject_is_weighed_not_dropped(
    sentence: str,
) -> None:
    vague = _article(0, [sentence], BASE)
    (candidate,) = clarify_subjects(list(collect_candidates([vague])), {"a0": vague})
    assert candidate.unchecked_pronoun and not candidate.unclear_subject
    named = _article(1, ["Engineers capped the last two wells beside the river delta"], BASE)
    options = TimelineOptions(max_dates=1, sentences_per_date=1)
    weighed = DEFAULT_SETTINGS.varied(unchecked_pronoun_weight=0.0)
    result = build_timeline([vague, named], options, settings=weighed)
    assert result.entries[0].sentences == (named.text,)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the worst storm the valley had seen in forty years",
        '"I was terrified," Maria Lopez said after the flood',
        "Hewlett engineers repaired the broken turbine in the plant",
    ],
)
def test_sentences_that_say_who_are_not_held_back(sentence: str) -> None:
    article = _article(0, [sentence], BASE)
    other = _article(1, ["A short line about the weather in town today again"], BASE)
    result = build_timeline([article, other], TimelineOptions(max_dates=1, sentences_per_date=2))
    assert article.text in result.entries[0].sentences
