"""Story titles from a real headline or first sentence: captions, wire bylines, update
labels and mid-sentence fragments are passed over (texts written for these tests)."""

from __future__ import annotations

import pytest
from story_texts import FLOOD

from storyline.corpus.stories import StoryAssigner, StoryRepository
from storyline.corpus.stories.article_reading import better_title as _better_title
from storyline.corpus.stories.titles import (
    CLEAN,
    article_headline,
    clean_title_text,
    is_caption,
    title_quality,
)
from storyline.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "June 4 : A crane lifts the broken pylon off the harbour road .",
        "Ferries are seen waiting outside the closed port of Almsbury .",
        "Lena Park (pictured) opened the new bridge.",
        "Mayor Ann Lee , second left , and council staff inspect the dam .",
        "In this undated photo released by the council , a dredger clears the canal .",
        # dated, and with the agency's "FILE -" label in front
        "In this March 3 , 2011 file photo , a dredger clears the canal at Almsbury .",
        "FILE - In this March 3 , 2011 file photo , a dredger clears the canal .",
        "This image from a drone shows water covering the fields near the town .",
        "A farmer walks through the flooded orchard on Tuesday .",
        "The singer poses for photographers before the harbour concert .",
        "Ann Lee -LRB- L -RRB- and Bo Park , both ferry pilots , check the charts in Almsbury .",
        "Ann Lee (2nd R) talks to pilots at the harbour office .",
    ],
)
def test_captions_are_recognised(text: str) -> None:
    assert is_caption(text)
    assert title_quality(text) < CLEAN


@pytest.mark.parametrize(
    "text",
    [
        "Floods close the harbour road for a week",
        "The council said on Tuesday that the port walks a fine line .",
        "Officials in the valley warned on Monday of more rain .",
        "Port reopens after storm",
        "Three ferries were damaged when the storm hit the harbour .",
        "Senator Ann Lee (R) said the harbour board would keep the pier .",
        "In this town of ferries and fishing crews , a photo of the old pier hangs everywhere .",
    ],
)
def test_headlines_and_news_sentences_are_not_captions(text: str) -> None:
    assert not is_caption(text)
    assert title_quality(text) == CLEAN


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "By the Harbour Wire Staff NEW : Council votes to close the old pier",
            "Council votes to close the old pier",
        ),
        (
            "By the Harbour Wire Staff Ferry strike ends NEW : Crews return on Friday",
            "Ferry strike ends",
        ),
        (
            "By Ann Lee , Harbour Senior Politics Producer The council voted on Monday .",
            "The council voted on Monday .",
        ),
        (
            "By Bo Park , Special to Harbourline U.S. ferries add night crossings",
            "U.S. ferries add night crossings",
        ),
        ("UPDATED : Dam repairs finish early", "Dam repairs finish early"),
        (
            "RIVERTON , Vale -- The dam held through the night , engineers said .",
            "The dam held through the night , engineers said .",
        ),
        ("-LRB- Agency Photo -RRB- The dam held .", "The dam held ."),
        (
            "\\* Envoys agree to reopen the harbour \\* Talks resume",
            "Envoys agree to reopen the harbour",
        ),
        ("* Envoys agree to reopen the harbour", "Envoys agree to reopen the harbour"),
    ],
)
def test_bylines_labels_and_datelines_are_cut_from_titles(raw: str, clean: str) -> None:
    assert clean_title_text(raw) == clean


def test_a_text_starting_mid_sentence_is_not_a_clean_title() -> None:
    assert title_quality("has decided to close the harbour for repairs") < CLEAN
    assert title_quality(", Friday , June 4 , 2010 .") < CLEAN


def test_an_article_title_skips_a_caption_for_its_next_sentence() -> None:
    article = Article(
        id="c1",
        text=(
            "June 4 : A crane lifts the broken pylon off the harbour road .\n"
            "Engineers reopened the harbour road on Friday after a week of repairs . More."
        ),
    )
    assert article_headline(article) == (
        "Engineers reopened the harbour road on Friday after a week of repairs ."
    )
    bylined = Article(id="c2", text="By the Harbour Wire Staff NEW : Pier closes\nBody text.")
    assert article_headline(bylined) == "Pier closes"


def test_a_story_keeps_a_clean_title_over_a_central_caption() -> None:
    caption = Article(id="a", text="Ferries are seen waiting outside the port .\nMore text.")
    headline = Article(id="b", text="Port stays shut as strike enters second week\nMore.")
    # a caption from the most central article does not replace a clean title
    assert _better_title("Port stays shut", caption, central=True) == "Port stays shut"
    # a clean headline from any article replaces a caption or a fragment held
    held = "Ferries are seen waiting outside the port ."
    assert _better_title(held, headline, central=False) == (
        "Port stays shut as strike enters second week"
    )
    assert _better_title("has decided to shut the port", headline, central=False) == (
        "Port stays shut as strike enters second week"
    )
    # with nothing better the caption is still a title (never an empty one)
    assert _better_title("", caption, central=True) == held


def test_assigned_story_is_not_titled_by_a_caption(
    assigner: StoryAssigner, repository: StoryRepository
) -> None:
    first = Article(
        id="a",
        text=FLOOD.format(day="Monday"),
        published="2024-03-01",
        content_hash="ah",
        title="Ferries are seen waiting outside the flooded port",
    )
    story_id = assigner.assign(first).story_id
    story = repository.get_story(story_id)
    # the caption set as the article's title is passed over for its first sentence
    assert story is not None and story.title.startswith("Severe floods swept through")


def test_a_sentence_leaning_on_a_pronoun_is_not_a_clean_title() -> None:
    assert title_quality("She has taught harbour law for twenty years .") < CLEAN


def test_the_sentence_after_a_dateline_is_the_lead_over_caption_lines() -> None:
    article = Article(
        id="d1",
        text=(
            "Tugs are seen pushing the barge away from the quay .\n"
            "Both crews were safe .\n"
            "AGENCY RIVERTON , Vale -- A fire on a fuel barge closed the port on Friday , "
            "the harbour master said .\nMore text follows here ."
        ),
    )
    assert article_headline(article) == (
        "A fire on a fuel barge closed the port on Friday , the harbour master said ."
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "Dam repairs finish early Tuesday 4 May 2010 09.12 BST The dam on the river",
            "Dam repairs finish early",
        ),
        (
            "Council backs new ferry route , mayor says The vote was close",
            "Council backs new ferry route , mayor says",
        ),
        (
            "Ferry sinks near the harbour , according to The Harbour Gazette",
            "Ferry sinks near the harbour , according to The Harbour Gazette",
        ),
        ("A review of the book of the year", "A review of the book of the year"),
        (
            "First flu death in Almsbury Prof. Ann Lee : `` We are ready for more cases '' The",
            "First flu death in Almsbury",
        ),
        (
            'Dam holds after storm Tom Holt : "The walls did their job"',
            "Dam holds after storm",
        ),
    ],
)
def test_run_in_stamps_and_sentences_end_the_title(raw: str, clean: str) -> None:
    assert clean_title_text(raw) == clean


def test_share_prompts_and_closing_quotes_are_not_clean_titles() -> None:
    assert title_quality("Copy the link and send it to your friends .") < CLEAN
    assert title_quality("'' Ferry Story : Read | Watch | the harbour reopened") < CLEAN


def test_a_headline_is_cleaned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.corpus.stories import titles

    calls: list[str] = []
    real = titles.clean_title_text

    def counting(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(titles, "clean_title_text", counting)
    article = Article(
        id="t1",
        text="PORT TOWN, Westland -- The ferry pier reopened on Monday after repairs .\nMore.",
    )
    headline = titles.article_headline(article)
    assert headline == "The ferry pier reopened on Monday after repairs ."
    # one cleaning per candidate sentence read, none again to judge or pick it
    assert len(calls) == len(set(calls)) == 2
    assert titles.title_quality(headline, cleaned=True) == titles.title_quality(headline) == CLEAN


@pytest.mark.parametrize(
    "text",
    [
        "Questions , thoughts or comments about the Gazette 's reader chats ?",
        "Any suggestions or feedback on our harbour coverage ?",
        "Send us an e-mail .",
        "Harbour Review editor Ann Lee is editor of the Harbour Review , overseeing its editions .",
        "Tom Holt is a senior columnist for the Almsbury Gazette and writes on ferries .",
    ],
)
def test_reader_prompts_and_author_bios_are_not_clean_titles(text: str) -> None:
    assert title_quality(text) < CLEAN


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares : what are the options ?",
        "Ann Lee is named editor of the Harbour Review after a long search .",
        "Council rejects comments from harbour staff on the new route .",
    ],
)
def test_news_questions_and_appointments_stay_clean(text: str) -> None:
    assert title_quality(text) == CLEAN


def test_a_scene_caption_cut_before_its_date_is_passed_over() -> None:
    text = (
        "Harbour workers wave flags as they march on May 2 , 2012 in Almsbury , by the port .\n"
        "The ferry strike ended on Monday after talks between the union and the council ."
    )
    assert is_caption("Harbour workers wave flags as they march on May 2 , 2012 in Almsbury .")
    assert article_headline(Article(id="almsbury-1", text=text)) == (
        "The ferry strike ended on Monday after talks between the union and the council ."
    )


def test_a_sentence_after_as_they_that_narrates_is_no_caption() -> None:
    assert not is_caption("Workers left the port as they demanded higher pay on Tuesday .")
    assert not is_caption("Crews clear the road as they wait on Friday , officials said .")


def test_a_credit_in_capitals_run_into_the_first_sentence_is_cut() -> None:
    assert clean_title_text("AGNC As water rises in the harbour , crews close the road .") == (
        "As water rises in the harbour , crews close the road ."
    )
    assert clean_title_text("NATO Allies meet in the capital") == "NATO Allies meet in the capital"


def test_a_conjunction_and_a_pronoun_lean_on_the_sentence_before() -> None:
    assert title_quality("And he is the host of a weekly show on harbour life .") < CLEAN
    assert title_quality("But the ferry still runs on Sundays .") == CLEAN


def test_a_date_stamp_parted_by_a_semicolon_is_stripped() -> None:
    assert (
        clean_title_text(
            "Monday , May 3 , 2010 ; 2:00 PM Gazette staff writers answered questions on the ferry"
        )
        == "Gazette staff writers answered questions on the ferry"
    )


def test_a_dateline_alone_on_its_line_is_no_title() -> None:
    assert title_quality("HARBOUR TOWN , Westland -LRB- Agency Life ! -RRB-") < CLEAN
    article = Article(
        id="d",
        text=(
            "Ann Lee -LRB- L -RRB- and Bo Park , both ferry pilots , check the charts in "
            "Almsbury , June 18 , 2009 .\n"
            "HARBOUR TOWN , Westland -LRB- Agency Life ! -RRB-\n"
            "- Silence reigns in the old harbour , where the ferries stopped running in May .\n"
            "The council said on Monday the pier would stay shut until the autumn ."
        ),
    )
    assert article_headline(article).startswith("Silence reigns in the old harbour")


def test_a_caption_dated_with_its_year_is_passed_over_for_the_lead() -> None:
    assert is_caption(
        "A diver from the harbour board during a search near Almsbury , May 3 , 2010 ."
    )
    assert is_caption(
        "The mayor speaks about ferry jobs , Friday , June 11 , 2010 , in the town hall ."
    )
    assert not is_caption("On May 3 , 2010 , the council shut the pier .")
    article = Article(
        id="dc",
        text=(
            "The mayor speaks about ferry jobs , Friday , June 11 , 2010 , in the town hall .\n"
            "The council said on Saturday the ferry service would resume within a month ."
        ),
    )
    assert article_headline(article).startswith("The council said on Saturday the ferry")


def test_a_credit_after_a_caption_makes_it_a_caption() -> None:
    article = Article(
        id="cr",
        text=(
            "Ferry Woes and You Ann Lee and Bo Park wonder whether to sell their boat . "
            "-LRB- Courtesy Of Ann Lee -RRB- When the ferry stopped , Lee lost her trade .\n"
            "The ferry strike in Almsbury has now lasted six weeks , the union said ."
        ),
    )
    assert article_headline(article).startswith("The ferry strike in Almsbury")
    assert is_caption("Pilots check the charts (Photo by Ann Lee)")


def test_a_plural_subject_in_a_reported_sentence_is_no_scene() -> None:
    text = "Toxic chemicals at the harbour floor spread far , scientists reported on Tuesday ."
    assert not is_caption(text)
    assert title_quality(text) == CLEAN


def test_a_credit_via_an_agency_and_an_undashed_dateline_are_cut() -> None:
    assert (
        clean_title_text(
            "Ann Lee , Harbour Gazette via Agency The latest plan to clear the oil failed ."
        )
        == "The latest plan to clear the oil failed ."
    )
    assert (
        clean_title_text(
            "HARBOUR TOWN , Westland -LRB- Agency -RRB- Port officials are ready to talk ."
        )
        == "Port officials are ready to talk ."
    )
    assert (
        clean_title_text("Port Officials (Left) Meet Union") == "Port Officials (Left) Meet Union"
    )


def test_an_authors_bio_and_disclaimer_are_no_title() -> None:
    assert title_quality("Ann Lee is Senior Editor , Standards and Harbour Coverage .") < CLEAN
    assert title_quality("Any opinions expressed are her own .") < CLEAN
    assert title_quality("Ann Lee is named editor of the Harbour Gazette") == CLEAN


def test_a_broadcast_page_header_is_no_title() -> None:
    assert title_quality("Harbour Hour - 3/23/11 Download PDF maps for today 's show") < CLEAN
    assert title_quality("Harbour Hour : THIS IS A RUSH TRANSCRIPT .") < CLEAN
    assert title_quality("Port reopens after talks") == CLEAN


def test_a_full_stop_inside_parentheses_ends_no_sentence() -> None:
    article = Article(
        id="tk",
        text=(
            "Harbour Corp -LRB- HBR . N -RRB- and two banks could take over the ferry line if "
            "a court approves the plan .\nMore text follows here about it ."
        ),
    )
    assert article_headline(article).startswith("Harbour Corp -LRB- HBR . N -RRB- and two banks")


def test_a_caption_run_in_after_a_headline_leaves_the_headline() -> None:
    article = Article(
        id="rh",
        text=(
            "Port reopens after the storm A crane lifts a pylon off the quay , May 2 , 2010 .\n"
            "The harbour of Almsbury reopened on Sunday after a week of repairs to the quay ."
        ),
    )
    assert article_headline(article) == "Port reopens after the storm"


def test_a_ticker_broken_over_two_lines_is_joined() -> None:
    article = Article(
        id="tl",
        text=(
            "Harbour Corp -LRB- HBR .\nN -RRB- and two banks could take over the ferry line "
            "if a court approves the plan .\nMore text follows here about it ."
        ),
    )
    assert article_headline(article).startswith("Harbour Corp -LRB- HBR . N -RRB- and two banks")


def test_a_transcript_turn_label_is_cut_from_a_title() -> None:
    assert clean_title_text(
        "ANA RUIZ , HARBOUR HOUR HOST : Not every diver in the port is human ."
    ) == ("Not every diver in the port is human .")
    article = Article(
        id="tt",
        text=(
            "Harbour Hour - 3/23/11 Download PDF maps for today 's show : THIS IS A RUSH "
            "TRANSCRIPT .\nANA RUIZ , HARBOUR HOUR HOST : Not every diver in the port is human ."
        ),
    )
    assert article_headline(article) == "Not every diver in the port is human ."


def test_a_standfirst_opening_with_a_conjunction_is_cut_from_the_headline() -> None:
    assert (
        clean_title_text(
            "How Ann Lee became the best pilot in the port As Ann Lee retires , Bo Park looks back"
        )
        == "How Ann Lee became the best pilot in the port"
    )
    assert clean_title_text("Living as a pilot in the port") == "Living as a pilot in the port"


def test_a_page_header_with_a_clock_time_is_no_turn_label() -> None:
    text = "HARBOUR TOWN , Westland , July 3 | Sun Jul 3 , 2011 1:27 pm EDT Port reopens"
    assert not clean_title_text(text).startswith("27 pm")


def test_a_page_header_and_dateline_with_the_day_after_the_region_are_cut() -> None:
    text = (
        "HARBOUR TOWN , Westland , July 31 | Sun Jul 31 , 2011 2:27 pm EDT HARBOUR TOWN , "
        "Westland , July 31 -LRB- Agency -RRB- - Fighters who took the town call themselves free ."
    )
    assert clean_title_text(text) == "Fighters who took the town call themselves free ."


def test_a_credit_split_off_as_the_next_sentence_still_marks_the_caption() -> None:
    article = Article(
        id="cs",
        text=(
            "Ferry Woes and You Ann Lee and Bo Park wonder whether to sell their boat .\n"
            "-LRB- Photo by Ann Lee -RRB- When the ferry stopped , Lee lost her trade ."
        ),
    )
    assert article_headline(article).startswith("When the ferry stopped")


def test_a_note_about_the_readers_browser_or_commenting_is_no_title() -> None:
    assert title_quality("Your browser 's settings may be keeping you from commenting .") < CLEAN
    assert title_quality("Please enable JavaScript to see the harbour map .") < CLEAN
    assert title_quality("Log in to comment on the ferry plan .") < CLEAN
    assert title_quality("Council bans comments on ferry plan") == CLEAN


def test_a_dated_list_is_titled_by_its_intro_not_by_an_entry() -> None:
    text = (
        "-LRB- Agency -RRB- - Here is a timeline of the floods in Norland : "
        "March 2 , 2011 - Rain closes the harbour road at Almsbury .\n"
        "March 4 - The river breaks its banks north of Port Elm .\n"
        "March 9 - The council opens shelters in two schools .\n"
        "March 12 - Ferries resume between Almsbury and Port Elm ."
    )
    assert article_headline(Article(id="t", text=text)) == (
        "Here is a timeline of the floods in Norland"
    )
