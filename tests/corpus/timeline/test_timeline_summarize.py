from __future__ import annotations

import datetime as dt

from storyline.corpus.timeline.candidates import DatedSentence
from storyline.corpus.timeline.keywords import KeywordMatcher, split_keyword
from storyline.corpus.timeline.summarize import CentroidSummarizer
from storyline.corpus.timeline.vectors import TfidfSpace, tokens

DAY = dt.date(2010, 4, 20)


def _cand(article: str, text: str, source: str = "timex", mentions: int = 1) -> DatedSentence:
    return DatedSentence(article, 0, len(text), text, DAY, source, 0, DAY, mentions)  # type: ignore[arg-type]


SENTENCES = [
    ("a", "An explosion on the drilling rig killed eleven workers in the Gulf of Mexico."),
    ("b", "An explosion on the drilling rig killed eleven workers in the Gulf of Mexico."),
    ("c", "The explosion on the rig killed eleven workers and started a fire in the Gulf."),
    ("d", "Coast Guard boats searched the Gulf of Mexico for missing rig workers overnight."),
    ("e", "Shares in several unrelated retailers rose slightly in afternoon trading in Tokyo."),
    ("f", "Update 5:31 p.m. ET Tuesday, 11:31 p.m. local | comments"),
]


def _summarizer(keywords: tuple[str, ...] = ()) -> CentroidSummarizer:
    space = TfidfSpace(tokens(t) for _, t in SENTENCES)
    return CentroidSummarizer(space, KeywordMatcher(keywords))


def test_tokens_drop_calendar_words_stopwords_and_brackets() -> None:
    assert tokens("On Tuesday -LRB- April 20 -RRB- the rig exploded at 9 p.m.") == [
        "rig",
        "exploded",
    ]


def test_central_sentence_first_duplicates_merged_and_cited() -> None:
    lines = _summarizer()(DAY, [_cand(a, t) for a, t in SENTENCES], 1)
    assert len(lines) == 1
    assert lines[0].text == SENTENCES[0][1]
    assert {s.article_id for s in lines[0].sources} == {"a", "b"}


def test_redundant_sentence_is_skipped() -> None:
    lines = _summarizer()(DAY, [_cand(a, t) for a, t in SENTENCES], 3)
    texts = [line.text for line in lines]
    assert SENTENCES[2][1] not in texts  # near-repeat of the first line
    assert SENTENCES[3][1] in texts
    assert all("|" not in t for t in texts)  # page furniture never chosen


def test_keywords_lift_matching_sentences() -> None:
    cands = [_cand("d", SENTENCES[3][1]), _cand("e", SENTENCES[4][1])]
    lifted = _summarizer(("Tokyo retailers",))(DAY, cands, 1)
    assert lifted[0].text == SENTENCES[4][1]


def test_keyword_parts() -> None:
    assert split_keyword("IraqWar") == ("iraq", "war")
    assert split_keyword("H1N1") == ("h1n1",)
    assert split_keyword("oil spill") == ("oil", "spill")
    matcher = KeywordMatcher(["Finan", "oil spill"])
    assert matcher.count(["financial", "crisis"]) == 1
    assert matcher.count(["oil", "spilled", "finance"]) == 2
    assert not matcher.restrict({"weather"})
    assert not KeywordMatcher([" ", ","])


def test_empty_day_gives_no_lines() -> None:
    assert _summarizer()(DAY, [], 2) == []


def test_story_profile_outranks_an_aside_on_the_same_day() -> None:
    story = [
        "The rig explosion spilled oil into the Gulf and the spill reached the coast.",
        "Engineers tried to cap the leaking well as oil from the spill spread.",
        "The spill from the well fouled beaches as the oil slick grew in the Gulf.",
    ]
    aside = "A novelist published a review of a new book about gardens and gardening."
    day_only = "The novelist said the book about gardens had sold well in the Gulf states."
    space = TfidfSpace(tokens(t) for t in [*story, aside, day_only])
    profile = space.profile(tokens(t) for t in story)
    assert abs(sum(v * v for v in profile.values()) - 1.0) < 1e-9
    cands = [_cand("x", aside), _cand("y", day_only), _cand("z", story[0])]
    # Within the day, the two book sentences form the centroid; the profile lifts the story.
    plain = CentroidSummarizer(space)(DAY, cands, 1)
    lifted = CentroidSummarizer(space, topic=profile)(DAY, cands, 1)
    assert plain[0].text != story[0]
    assert lifted[0].text == story[0]


def test_chronology_entry_lifted_and_deep_sentences_only_a_fallback() -> None:
    from dataclasses import replace

    from storyline.corpus.timeline.settings import DEFAULT_SETTINGS

    near = _cand(
        "x", "Coast Guard boats searched the area again at dawn with helicopters and planes."
    )
    plain, other = _cand("d", SENTENCES[3][1]), _cand("e", SENTENCES[4][1])
    assert _summarizer()(DAY, [plain, other, near], 1)[0].text == SENTENCES[3][1]
    entry = replace(other, chronology=True)
    assert _summarizer()(DAY, [plain, entry, near], 1)[0].text == SENTENCES[4][1]

    central = [_cand("a", SENTENCES[0][1]), _cand("c", SENTENCES[2][1])]
    deep = [replace(c, position=DEFAULT_SETTINGS.lead_depth + 3) for c in central]
    assert _summarizer()(DAY, [*deep, other], 1)[0].text == SENTENCES[4][1]
    assert _summarizer()(DAY, deep, 1)[0].text == SENTENCES[0][1]  # nothing nearer the top
    deep_entry = replace(deep[0], chronology=True)
    assert _summarizer()(DAY, [deep_entry, other], 1)[0].text == SENTENCES[0][1]
