"""Page furniture that titled stories (issue 14, reading15's titles): a correction note
about a name or an omission, a photo caption in the present passive, a headline with a
link's prompt run in after it, a programme's blurb above its broadcast schedule, and a
line that opens several articles of one outlet (a "trending" link) titling the first of
them. Texts and names invented."""

from __future__ import annotations

import pytest

from storyline.corpus.stories.article_reading import better_title
from storyline.corpus.stories.title_captions import is_caption
from storyline.corpus.stories.title_cleaning import clean_title_text
from storyline.corpus.stories.title_furniture import is_correction_note, is_promotion
from storyline.corpus.stories.title_labels import is_place_label
from storyline.corpus.stories.titles import CLEAN, article_headline, title_quality
from storyline.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "This article referred to the Harbour Ferries Board as the Harbour Ferry Board .",
        "A previous version of this edited transcript omitted part of Ann Lee 's answer to "
        "the question of whether she voted for the mayor .",
        "An earlier version of this post misattributed a remark to Councillor Bo Kessler .",
    ],
)
def test_notes_about_a_name_or_an_omission_are_correction_notes(text: str) -> None:
    assert is_correction_note(text)
    assert title_quality(text) < CLEAN


def test_a_report_referring_to_something_is_no_correction_note() -> None:
    for text in (
        "The report referred to the old quay as a danger to shipping .",
        "The mayor referred to the ferry board as a closed shop on Monday .",
    ):
        assert not is_correction_note(text)
        assert title_quality(text) == CLEAN


def test_a_subject_in_the_present_passive_on_a_day_is_a_caption() -> None:
    assert is_caption("Capt. Ann Lee is welcomed home at Port Elm airfield , Westshire , on May 4")
    assert is_caption("Ferry crews are greeted by relatives at the quay on Friday .")
    # a report tells it in the past or reports it; "is expected to" is no scene
    for text in (
        "Capt. Ann Lee was welcomed home at Port Elm airfield on May 4 , her family said .",
        "The new ferry is expected to sail from Port Elm on Friday .",
        "Bo Kessler is accused of fraud in a case heard on Monday .",
    ):
        assert not is_caption(text)


def test_the_caption_before_the_lead_is_passed_over() -> None:
    text = (
        "By Ann Lee , Harbour Producer Capt. Bo Kessler is welcomed home at Port Elm "
        "airfield , Westshire , on May 4 .\n"
        "Two coastguard pilots ditched their helicopter off Kessa Point on April 28 and were "
        "rescued by a trawler crew after six hours in the water .\n"
    )
    assert article_headline(Article(id="c", text=text)).startswith("Two coastguard pilots")


def test_a_link_prompt_run_in_after_the_headline_is_cut() -> None:
    assert (
        clean_title_text("Harbour deal signed in secret'Read the agreement here The council")
        == "Harbour deal signed in secret'"
    )
    text = (
        "Harbour deal signed in secret'Read the agreement here The council of Port Elm agreed "
        "to sell the old quay to a shipping firm a year before the vote , the Gazette can "
        "reveal .\nThe agreement was kept from the council 's own auditors .\n"
    )
    assert article_headline(Article(id="l", text=text)) == "Harbour deal signed in secret'"


def test_a_programme_blurb_above_its_schedule_is_no_title() -> None:
    assert is_promotion("Watch Evening Desk at 8 & 10 p.m. ET .")
    assert not is_promotion("The ferry sails at 8 p.m. on Fridays .")
    text = (
        "Ann Lee reports on the search for the crew of a trawler lost off Kessa Point last "
        "winter .\n"
        "Watch Evening Desk at 8 & 10 p.m. ET .\n"
        "The harbour council of Port Elm voted on Tuesday to close the old quay to ferries "
        "after a survey found its wall unsafe .\n"
    )
    assert article_headline(Article(id="b", text=text)).startswith("The harbour council")


_OTHER_STORY = "2 men charged in death of teen who sang at inauguration parade ."
_BODY = (
    "The harbour council of Port Elm voted on Tuesday to close the old quay to ferries after "
    "engineers found cracks in its western wall .\n"
    "Councillor Ann Lee said the closure would last at least a year while divers inspected "
    "the foundations and surveyors mapped the seabed near the breakwater .\n"
    "Ferry operators warned that passengers bound for Kessa Island would face longer "
    "journeys , higher fares and crowded sailings from the northern terminal .\n"
    "Fishermen , who land their catch beside the quay every morning , asked for a temporary "
    "pontoon so that trawlers could still unload mackerel , crab and lobster .\n"
    "The harbour master , Bo Kessler , promised weekly bulletins about the repairs , the "
    "budget and any change to the timetable published for summer visitors .\n"
    "Engineers estimate the repair bill at twelve million crowns , money the regional "
    "treasury has not yet approved despite months of lobbying by local merchants .\n"
    "Tourism officials fear hotels , cafes and galleries along the promenade will lose "
    "trade during festival season if cruise ships divert to rival ports .\n"
    "Schoolchildren from neighbouring villages , nurses working night shifts and elderly "
    "islanders visiting relatives depend on early crossings every weekday .\n"
    "Opposition members demanded an independent inquiry into why inspections ordered "
    "three winters ago were postponed repeatedly .\n"
)


def test_a_line_opening_several_articles_of_an_outlet_stops_titling_the_story() -> None:
    article = Article(id="a2", text=f"{_OTHER_STORY}\n{_BODY}", outlet="Gazette")
    held = article_headline(Article(id="a1", text=f"{_OTHER_STORY}\n{_BODY}"))
    assert held.startswith("2 men charged")  # the first article: nothing shows it is furniture
    title = better_title(held, article, central=False, seen=lambda: True)
    assert title.startswith("The harbour council of Port Elm voted")
    # no other article of the outlet opens with it: the held title stays
    assert better_title(held, article, central=False, seen=lambda: False) == held


def test_a_headline_repeated_by_the_versions_of_one_report_keeps_titling_it() -> None:
    headline = "Port Elm council closes old quay after engineers find cracks in wall"
    article = Article(id="v2", text=f"{headline}\n{_BODY}", outlet="Gazette")
    assert better_title(headline, article, central=True, seen=lambda: True) == headline


def test_a_clip_label_naming_only_a_place_yields_to_a_clean_line() -> None:
    assert is_place_label("On the frontlines in Port Elm")
    assert is_place_label("Inside the quarantine ward")
    for text in (
        "On the frontlines in Port Elm , medics work without pay",
        "In Port Elm , a harbour waits for its ferries",
        "Storm closes the quay in Port Elm",
    ):
        assert not is_place_label(text)
    assert title_quality("On the frontlines in Port Elm") < CLEAN
    text = (
        "On the frontlines in Port Elm\n"
        "Coastguard crews pulled nine fishermen from the sea off Kessa Point on Tuesday after "
        "their trawler capsized in a storm .\n"
    )
    assert article_headline(Article(id="p", text=text)).startswith("Coastguard crews pulled")


def test_a_title_case_headline_keeps_the_word_after_its_preposition() -> None:
    text = (
        "At Port Elm 's Harbour Board , Key Repairs on Hold Seven weeks after the storm broke "
        "the western wall , the harbour board has not yet chosen a builder .\n"
        "The delay has kept ferries at the northern terminal , Councillor Ann Lee said .\n"
    )
    assert article_headline(Article(id="h", text=text)) == (
        "At Port Elm 's Harbour Board , Key Repairs on Hold"
    )


def test_a_headline_quoting_its_subject_in_single_quotes_titles_the_article() -> None:
    head = "' I lost the farm but now I 've found a trade ' Ann Lee on a scheme for farmers"
    assert title_quality(head) == CLEAN
    # a lead opening with a quotation is still read as starting after a cut
    assert title_quality("' We will rebuild , ' the mayor said .") < CLEAN
    text = (
        f"{head} ` Looking back now I do n't know how we kept going , ' recalls Bo Kessler .\n"
        "` But at the time , I do n't believe you even think about it . '\n"
        "Kessler 's farm near Port Elm was flooded twice in one winter .\n"
    )
    assert article_headline(Article(id="q", text=text)).startswith("' I lost the farm")


def test_a_title_case_headline_after_a_correction_note_titles_the_article() -> None:
    text = (
        "This article referred to the Harbour Ferries Board as the Harbour Ferry Board .\n"
        "Council Takes First Step to Close Old Quay Engineers inspect the western wall , at "
        "left , on Monday .\n"
        "The harbour council of Port Elm voted on Tuesday to close the old quay to ferries "
        "after a survey found its wall unsafe .\n"
    )
    assert article_headline(Article(id="n", text=text)) == (
        "Council Takes First Step to Close Old Quay"
    )


def test_a_name_after_the_is_no_word_of_the_headline() -> None:
    text = (
        "Harbour Chief Criticizes Ferry Policies Members of the Velde Assembly vote on a "
        "package of repairs .\n"
        "The ferry board 's plans angered some councillors .\n"
        "PORT ELM , May 4 -- The harbour chief on Wednesday criticised the ferry board 's "
        "plans for the old quay , calling them reckless .\n"
    )
    assert not article_headline(Article(id="m", text=text)).endswith("Velde")
