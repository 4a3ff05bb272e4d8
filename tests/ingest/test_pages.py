"""Pages that are not news, known by their shape; boxes of other news cut from a body.

Every text here is written for the test: the shapes (a gallery's captions, an index of
dated links, a reader form) and the news that must stay news (a short brief, a live
blog, an interview, a transcript, a chronology, a factbox, a speech, a list of dated
video clips).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.ingest.boilerplate import clean_body
from storyline.ingest.pages import NOT_NEWS_FLAG, cut_news_box, not_news_reason
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article

GALLERY = (
    "Kite flier lifted over the harbour wall The week in pictures from towns along the "
    "coast Fishermen mend nets on the quay at dawn after the storm A lighthouse keeper "
    "paints the railings of the old tower Children race paper boats down a flooded lane "
    "12,000 visitors for the autumn fair"
)
DATED_INDEX = (
    "June 4: Council votes to close the old bridge to lorries.\n"
    "May 30: Residents petition for a new crossing.\n"
    "May 21, editorial: The bridge has served the town well for a century."
)
CLIP_INDEX = "\n".join(
    [
        "updated: Mon Mar 4 2024 10:15:00 Divers reach the wreck off Port Elm.",
        "Ann Lee reports.",
        "updated: Sun Mar 3 2024 18:40:00 The ferry's owners meet families.",
        "Tom Vale reports.",
        "updated: Sat Mar 2 2024 09:05:00 Rescue boats search the bay at first light.",
        "Ann Lee reports.",
    ]
)
READER_FORM = "\n".join(
    [
        "What do you think of this story?",
        "Select one of the options below.",
        "Your feedback helps our producers decide what to cover next.",
        "Enter your e-mail address and we will send you a link to reset your password.",
        "Please create a screen name.",
        "The harbour reopened on Monday after repairs.",
    ]
)
CALL_FOR_READERS = "\n".join(
    [
        "What do you make of the council's plan for the bridge?",
        "The council voted on Tuesday to close the old bridge to lorries from June.",
        "Are you a driver who uses the bridge?",
        "Do you live near the crossing?",
        "How would the closure change your day?",
    ]
)

SHORT_BRIEF = (
    "Port Elm council closed the old bridge to lorries on Monday after engineers found "
    "cracks in two of its piers. Cars may still cross. Repairs will take three months, "
    "the council said."
)
LIVE_BLOG = "\n".join(
    [
        "10.05am: The council meets at ten to vote on the bridge.",
        "10.32am: Councillors have voted 7-2 to close the old bridge to lorries.",
        '10.40am: The mayor, Ann Lee, says: "You cannot ask people to drive over cracks."',
        "11.15am: Hauliers say the detour adds 20 miles to every trip.",
        "11.50am: Engineers will start repairs next week.",
    ]
)
INTERVIEW = "\n".join(
    [
        "Ann Lee has been mayor of Port Elm for six years. We asked her about the bridge.",
        "Why did you close the bridge?",
        "The engineers found cracks in two piers. I could not take the risk.",
        "What do you say to the hauliers?",
        "I understand their anger, and we are paying for the detour signs.",
        "When will you reopen it?",
        "In three months, if the repairs go to plan.",
    ]
)
TRANSCRIPT = "\n".join(
    [
        "TOM VALE, HOST: You closed the bridge on Monday. Why now?",
        "ANN LEE, MAYOR: You have to act when engineers tell you the piers are cracked.",
        "VALE: Do you think the hauliers will accept it?",
        "LEE: I think they will, once they see the report.",
    ]
)
CHRONOLOGY = "\n".join(
    [
        "March 3: Engineers inspect the old bridge after a lorry strikes a pier.",
        "March 10: The inspection report finds cracks in two of the six piers.",
        "March 12: The council closes the bridge to lorries pending repairs.",
        "March 20: Hauliers protest outside the town hall against the detour.",
        "April 2: Repairs begin; the council says the work will take three months.",
        "April 9: The mayor says the bridge will reopen to cars on Friday.",
        "April 15: Traffic on the ring road is up by a fifth, a survey finds.",
        "April 30: The council approves another 2 million for the repair work.",
    ]
)
FACTBOX = (
    "PORT ELM (Wire) - The council published the engineers' findings on Monday.\n"
    "Following are the main findings of the report on the old bridge: - Two of the six "
    "piers show cracks below the waterline - The cracks have grown since the last survey "
    "in 2019 - Lorries over 7.5 tonnes add most of the load on the piers - Cars and buses "
    "may cross while the repairs are made - The repairs will take about three months and "
    "cost 4 million - The bridge should be inspected every year after the work is done"
)
SPEECH = "\n".join(
    [
        "Thank you, Port Elm. Thank you for coming out on a cold night.",
        "I stand here because you asked for a council that listens.",
        "We closed the bridge because your safety comes first.",
        "We will reopen it when the engineers say it is safe, and not a day before.",
        "You have my word on that.",
        "Our town has come through worse, and we will come through this.",
    ]
)
CAPTIONED_REPORT = (
    "June 4: Divers at the wreck off Port Elm.\n"
    "Divers reached the sunken ferry on Tuesday, the coastguard said, as families waited "
    "on the quay. Two crew members are still missing. The search will go on overnight."
)


@pytest.mark.parametrize(
    "text",
    [GALLERY, DATED_INDEX, READER_FORM, CALL_FOR_READERS],
)
def test_pages_that_are_not_news_are_known_by_their_shape(text: str) -> None:
    assert not_news_reason(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        SHORT_BRIEF,
        LIVE_BLOG,
        INTERVIEW,
        TRANSCRIPT,
        CHRONOLOGY,
        FACTBOX,
        CAPTIONED_REPORT,
        SPEECH,
        CLIP_INDEX,  # each clip's blurb is a dated report: timelines need it
    ],
)
def test_news_stays_news(text: str) -> None:
    assert not_news_reason(text) is None


@pytest.mark.parametrize("text", ["", "   \n  ", "Breaking", "?\n?\n?\n?"])
def test_odd_input_never_crashes(text: str) -> None:
    assert not_news_reason(text) is None or isinstance(not_news_reason(text), str)


def test_a_box_of_other_news_above_full_article_is_cut() -> None:
    lines = [
        "Snow closes schools across the north .",
        "Full Article Ferry owners meet families PORT ELM | Mon Mar 4 , 2024",
        "Divers reached the wreck on Monday .",
    ]
    assert cut_news_box(lines) == [
        "Ferry owners meet families PORT ELM | Mon Mar 4 , 2024",
        "Divers reached the wreck on Monday .",
    ]


def test_a_full_article_link_alone_on_its_line_goes_with_the_box() -> None:
    lines = ["", "Snow closes schools", "Full Article", "Divers reached the wreck."]
    assert cut_news_box(lines) == ["", "Divers reached the wreck."]


@pytest.mark.parametrize(
    "lines",
    [
        ["Divers reached the wreck.", "The search goes on."],
        ["Full Article", "Divers reached the wreck."],  # nothing above it: nothing to cut
        [" ".join(["word"] * 40) + ".", "Full Article Ferry owners meet", "Divers."],
        ["One.", "Two.", "Three.", "Full Article The ferry."],  # too far down to be a box
        ["The report, in full article by article, was read out."],
    ],
)
def test_no_box_no_cut(lines: list[str]) -> None:
    assert cut_news_box(lines) == lines


def test_clean_body_cuts_the_box() -> None:
    text = "Snow closes schools across the north .\nFull Article Divers reached the wreck ."
    assert clean_body(text) == "Divers reached the wreck ."


def test_a_page_that_is_not_news_is_flagged_at_ingest_and_not_analysed() -> None:
    calls: list[str] = []

    class Records:
        name = "records"
        requires: frozenset[str] = frozenset()
        assigns: frozenset[str] = frozenset({"title"})

        def __call__(self, article: Article) -> Article:
            calls.append(article.id)
            return article

    built = build_article(RawRecord(text=GALLERY, title="Pictures of the week"), "gallery")
    assert isinstance(built, Article)
    assert [f.code for f in built.flags] == [NOT_NEWS_FLAG]
    assert "not a news article" in built.flags[0].message
    brief = build_article(RawRecord(text=SHORT_BRIEF, title="Brief"), "brief")
    assert isinstance(brief, Article) and not brief.flags
    pipeline = Pipeline([Records()])
    page = pipeline.run(replace(built, language="en"))
    assert page.text == built.text and [f.code for f in page.flags] == [NOT_NEWS_FLAG]
    news = pipeline.run(replace(brief, language="en"))
    assert calls == [brief.id] and not news.flags
    # a text handed to the pipeline directly is analysed whatever its shape (a test
    # corpus, a document chosen by hand): only ingest decides what is a page
    direct = pipeline.run(Article(id="d", text=GALLERY, language="en"))
    assert calls == [brief.id, "d"] and not direct.flags
