"""Page text around an article is never a latest development nor a source of figures."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.pagetext import (
    glued_heading,
    is_page_text,
    is_stamped,
    unfit_line,
    without_dateline,
)
from storyline.model import Article, Quote, Sentence, Speaker


@pytest.mark.parametrize(
    "line",
    [
        "Harbour news ; Ferry Sold Aired March 3 , 2031 - 11:00 ET THIS IS A RUSH TRANSCRIPT .",
        "Tuesday 4 March 2031 09.15 GMT The port authority said the quay had reopened .",
        "Harbour Weekly - 3/4/31 Download the map of the quay .",
        "See the old ferry sail into the bay for the last time .",
        "Visit Harbour Webhelp for full instructions .",
        "For details , see the Gazette of May 3 and the Courier of May 5 .",
        "MARA OKONJO , HARBOUR RADIO HOST : Good evening and welcome .",
        "UNIDENTIFIED CALLER : The quay is flooded again , I can see it .",
        "3 men held after harbour brawl",
        "bullet Crews cleared the quay .",
        "Tonight you 'll hear from the harbour master on the flooded quay .",
        "If you live near the quay , your street may flood again .",
        "So what will the harbour board do now that the quay has flooded ?",
        "Note : The full interview airs at 1900ET on Harbour Radio 's evening show .",
        "Editor 's note : This story was updated to correct the ferry 's name .",
    ],
)
def test_page_text_is_recognised(line: str) -> None:
    assert is_page_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "The port authority said the quay had reopened on Tuesday .",
        "“We will reopen the quay,” the harbour master said.",
        "`` You can see the water rising , '' the harbour master told reporters .",
        "`` Who will pay for the quay ? '' the mayor asked .",
        "Notes from the meeting show the quay was closed at 1900 on Friday .",
        "The 2031 GMT-based schedule was dropped .",
        "The harbour master said : `` If you live near the quay , leave now .",
        "Reuters -RRB- - The port authority said the quay had reopened .",
        "-- Held up by the storm , the ferry reached the bay at dawn .",
        "The ferry , run by the NATO EU port office , sailed .",
        "Seeing the water rise , the crew left the quay .",
        "For more than a week , the ferry stayed in port .",
        "Share prices in the ferry company fell 4 percent .",
        "Follow-up talks with the union are due on Friday .",
        "`` We are ready , '' she said . -LRB-",
    ],
)
def test_story_sentences_are_kept(line: str) -> None:
    assert not is_page_text(line)


def test_a_dateline_tail_is_not_shown() -> None:
    assert without_dateline("Reuters -RRB- - The port reopened .") == "The port reopened ."
    assert without_dateline("-- The port reopened .") == "The port reopened ."
    assert (
        without_dateline("Velm Oil , via VNA PORT ORLA -- Engineers capped the well .")
        == "Engineers capped the well ."
    )
    assert (
        without_dateline("Velm Oil , via its site said so .") == "Velm Oil , via its site said so ."
    )
    assert without_dateline("The port reopened - at last .") == "The port reopened - at last ."


def test_a_brief_takes_neither_developments_nor_figures_from_page_text() -> None:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    body = (
        "4 men arrested after stadium brawl\n"
        "The storm flooded the harbour on Tuesday, and 12 people were injured.\n"
        "See the old ferry sail into the bay for the last time.\n"
        "Crews pumped water from the quay all night."
    )
    art = pipeline.run(Article(id="p1", text=body, published="2031-03-05", outlet="x.example"))
    b = build_briefing([art], limits=BriefingLimits.full())
    shown = [c.text for d in b.latest for c in d.sentences]
    assert shown and not any("See the" in t or "stadium" in t for t in shown)
    figures = {r.value for _, items in b.numbers for r in items}
    assert 12 in figures and 4 not in figures


def test_a_quote_holding_a_page_stamp_is_nobodys_words() -> None:
    stamped = "Ferry sinks in the bay Sunday 16 March 2031 16.16 GMT Crews searched the bay"
    assert is_stamped(stamped)
    assert not is_stamped("We will search the bay until dawn")
    text = (
        f"{stamped} , a report by the harbour board said . "
        "`` We will search the bay until dawn , '' said Ivo Rand ."
    )
    board = Speaker("the harbour board", text.index("the harbour"), text.index("the harbour") + 17)
    rand_at = text.index("Ivo Rand")
    rand = Speaker("Ivo Rand", rand_at, rand_at + 8, "Ivo Rand", True)
    words = "We will search the bay until dawn"
    quotes = (
        Quote(0, len(stamped), stamped, "indirect", "said", board),
        Quote(text.index(words), text.index(words) + len(words), words, "direct", "said", rand),
    )
    end = text.index(" . ") + 2
    article = Article(
        id="a",
        text=text,
        published="2031-03-16",
        sentences=(Sentence(0, end, "2031-03-16", "published"), Sentence(end + 1, len(text))),
        quotes=quotes,
    )
    brief = build_briefing([article], limits=BriefingLimits.full())
    assert [(g.speaker, [c.text for c in g.quotes]) for g in brief.quotes] == [
        ("Ivo Rand", [words])
    ]


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        (
            "Farming , ports and the economy Primary Papers : Ruiz on Port Reform Ana Ruiz spoke .",
            True,
        ),
        ("I am not leaving Velm Official : Ruiz to hand power to the deputy mayor .", True),
        ("Tom Vask wrote a book called The Harbour : Ships and Men of Brun .", False),
        ("Ivo Dell is the author of Grain Wars : A History of Orla .", False),
        ("Ana Ruiz 's book Tides : Tales from the Brun Docks is out now .", False),
        ("The question put to Ruiz : What does the port need ?", False),
        ("Three men were charged Friday : Tom Berne , Ali Vos and Ivo Marr .", False),
        ("Police named the dead man late Tuesday : Tom Berne , 41 , of Venmouth .", False),
    ],
)
def test_a_heading_run_into_the_text_is_told_from_a_title(line: str, glued: bool) -> None:
    assert glued_heading(line) is glued
    if glued:
        assert unfit_line(line)
