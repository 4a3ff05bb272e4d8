"""Page furniture removed at ingest: comment sections, edition pickers, archive links,
captions, and bylines or time stamps in front of the first words."""

from __future__ import annotations

import pytest

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.comments import drop_comment_sections, is_comment_header
from storyline.ingest.headers import strip_leading_header

BODY = (
    "The ferry company said on Monday that all sailings would resume.\n"
    "Inspectors found no fault with the hull."
)


def test_comment_section_is_dropped_up_to_its_closing_line() -> None:
    text = (
        f"{BODY}\n"
        "We welcome comments that advance the story.\n"
        "Views expressed in the comments do not represent those of this site.\n"
        "I think the company is lying to us all.\n"
        "You should all boycott them.\n"
        "This discussion is now closed.\n"
        "The harbour reopened later that week."
    )
    cleaned = clean_body(text)
    assert "lying to us" not in cleaned and "boycott" not in cleaned
    assert "welcome comments" not in cleaned and "discussion" not in cleaned
    assert cleaned.startswith("The ferry company") and "Inspectors found" in cleaned
    assert cleaned.endswith("The harbour reopened later that week.")


def test_comment_headers_start_the_section() -> None:
    assert is_comment_header("At 2:10 pm on 02 Jun 2009 , harbour_watcher wrote : Rubbish.")
    assert is_comment_header("blue_kestrel7 wrote: I disagree with every word.")
    assert is_comment_header("January 28 , 2011 at 12:44 pm | Reply The reporter is wrong .")
    assert not is_comment_header("January 28 , 2011 was the day the protests grew .")
    assert not is_comment_header("Napier wrote: the hull was sound.")
    assert not is_comment_header("In a letter, the minister wrote : we will act.")
    lines = [BODY, "At 9:31 21st Jun 2010 , reader42 wrote : Great piece.", "Another reply."]
    assert drop_comment_sections(lines) == [BODY]


def test_a_line_about_comments_at_the_top_is_not_a_section() -> None:
    assert drop_comment_sections(["12 Comments", BODY]) == ["12 Comments", BODY]


@pytest.mark.parametrize(
    "line",
    [
        "You 've selected the U.S. Edition .",
        "You've selected the International Edition",
        "Would you like to make this your default edition?",
        "Choose your edition",
        "Half of the councils use a new system From the archive : "
        "3 June 1991 Crowds gather after the verdict",
        "Photograph: Lena Park/Agency",
        "Photo credit: Harbour Authority",
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    cleaned = clean_body(f"{BODY}\n{line}\nThe harbour reopened.")
    assert line not in cleaned
    assert "ferry company" in cleaned and "harbour reopened" in cleaned


def test_an_edition_pickers_buttons_run_into_the_next_line_are_cut() -> None:
    text = (
        "You've selected the International Edition.\n"
        "Would you like to make this your default edition?\n"
        "YES | NO Rescue boats searched the bay overnight ."
    )
    assert clean_body(text) == "Rescue boats searched the bay overnight ."
    credited = "YES | NO Compiled by the news desk .\nRescue boats searched the bay ."
    assert clean_body(credited) == "Rescue boats searched the bay ."
    # a sentence that merely mentions the words keeps them
    kept = "Voters said YES | NO to the harbour plan, the ballot reads ."
    assert clean_body(kept) == kept


def test_a_credit_run_into_the_first_words_is_cut() -> None:
    text = "Photograph : Lena Park\\/Agency Rescue boats searched the bay overnight ."
    assert clean_body(text) == "Rescue boats searched the bay overnight ."


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        (
            "Jane Moor | 18:00 UK time , Saturday , 25 April 2009 Experts are worried .",
            "Experts are worried .",
        ),
        (
            "OSLO | Sun Feb 20 , 2011 6:47 pm EST OSLO -LRB- Agency -RRB- - Talks resumed .",
            "OSLO -LRB- Agency -RRB- - Talks resumed .",
        ),
        ("Saturday 25 April 2009 23.24 BST Flu cases rose .", "Flu cases rose ."),
        # a stamp's time zone before a credit in brackets goes with the stamp
        (
            "Wed Mar 4 , 2009 7:12 pm GMT -LRB- Agency -RRB- - Ferries resumed .",
            "-LRB- Agency -RRB- - Ferries resumed .",
        ),
        (
            "Wed Mar 4 , 2009 7:12 pm GMT (Agency) - Ferries resumed .",
            "(Agency) - Ferries resumed .",
        ),
        ("May 3 , 2011 | By Ann Lee , NEWS Crowds gathered .", "Crowds gathered ."),
        ("By Ann Lee and Bo Park , Staff Writer Crowds gathered .", "Crowds gathered ."),
        ("By Ann Lee", ""),
        ("By Bo Park , Special to NEWS U.N. talks resumed .", "U.N. talks resumed ."),
        ("By the Harbour Wire Staff Port , U.N. weigh repairs .", "Port , U.N. weigh repairs ."),
        (
            "By Bo Park , NEWS senior political correspondent Is the port safe ?",
            "Is the port safe ?",
        ),
        ("By Bo Park , NEWS Senior Harbour Desk Producer The port shut .", "The port shut ."),
        ("By Friday, the roads had reopened.", "By Friday, the roads had reopened."),
        # the role in lower case after the names, then the outlet: the byline ends there
        (
            "By Ann Lee Science correspondent , Norland News Crews sealed the quay .",
            "Crews sealed the quay .",
        ),
        ("By Ann Lee business reporter , KTV Crews sealed the quay .", "Crews sealed the quay ."),
        ("By Ann Lee Science correspondent Crews sealed the quay .", "Crews sealed the quay ."),
        (
            "By Ann Lee Science correspondent , KTV , Port Elm The quay shut .",
            "By Ann Lee Science correspondent , KTV , Port Elm The quay shut .",
        ),
        # a lower-case role word with no role begun in capitals nor an outlet: a sentence
        ("By Friday staff had sealed the quay .", "By Friday staff had sealed the quay ."),
        (
            "By Monday staff , crews and pilots had left .",
            "By Monday staff , crews and pilots had left .",
        ),
        ("March 5, 2011 was the day it began.", "March 5, 2011 was the day it began."),
    ],
)
def test_leading_bylines_and_stamps(line: str, rest: str) -> None:
    assert strip_leading_header(line) == rest


def test_only_the_first_line_loses_its_header() -> None:
    text = (
        "By Ann Lee , Staff Writer The dam held .\n"
        "Jane Moor | 18:00 UK time , Saturday , 25 April 2009 x"
    )
    cleaned = clean_body(text)
    assert cleaned.startswith("The dam held .")
    assert cleaned.endswith("25 April 2009 x")


def test_comment_form_and_report_links_open_a_section() -> None:
    text = (
        f"{BODY}\n"
        "Posted by river_fox at 7:04 pm | Report abuse |\n"
        "What a cover-up this is.\n"
        "-LRB- required , but will not be displayed -RRB- Be courteous .\n"
    )
    assert clean_body(text) == BODY
    assert "report described abuse" in clean_body(f"{BODY}\nThe report described abuse of power.")


def test_stamped_comments_inside_one_paragraph_are_dropped() -> None:
    lines = [
        "Harbour wall to be rebuilt",
        "The council voted on Tuesday. The wall will be rebuilt by May. "
        "Tom in Leeds March 3, 2010 at 9:15 pm | I think it is too late. "
        "Ann B. March 4, 2010 at 1:02 am | Agreed, and too costly.",
    ]
    kept = drop_comment_sections(lines)
    assert kept == [
        "Harbour wall to be rebuilt",
        "The council voted on Tuesday. The wall will be rebuilt by May.",
    ]


def test_one_stamp_in_a_paragraph_may_be_a_byline_and_is_kept() -> None:
    lines = ["Harbour wall", "By Jo Day March 3, 2010 at 9:15 pm | The council voted."]
    assert drop_comment_sections(lines) == lines


def test_posted_by_lines_after_the_posts_own_byline_are_comments() -> None:
    lines = [
        "Posted by Ana Ruiz on 2 May 2009 10:15 AM .",
        BODY,
        "Posted by harbourfan on 3 May 2009 11:01 PM .",
        "Was I wrong about the ferries ?",
        "Posted by Tom Hale on 3 May 2009 11:42 PM .",
        "I think they were right .",
    ]
    assert drop_comment_sections(lines) == lines[:2]
    # one "Posted by" alone signs the post: nothing is dropped
    assert drop_comment_sections(lines[:2]) == lines[:2]


def test_report_as_abusive_opens_a_section() -> None:
    text = f"{BODY}\nPosted by kestrel | Report as abusive I agree with the article .\n"
    assert clean_body(text) == BODY


def test_first_comment_signed_after_its_words_goes_with_the_section() -> None:
    text = (
        f"{BODY}\n"
        'The mayor said the port "will stay open" through the winter.\n'
        "I never trust what the ferry people tell us .\n"
        "Why would anyone believe them ?\n"
        "You should know better , friend .\n"
        "SO TIRED OF THIS ... March 2 , 2010 at 9:15 pm | Report abuse | Reply You are right .\n"
        "They lie every year .\n"
    )
    cleaned = clean_body(text)
    assert "never trust" not in cleaned and "believe them" not in cleaned
    assert "know better" not in cleaned
    assert "TIRED" not in cleaned and "lie every year" not in cleaned
    assert cleaned.startswith("The ferry company") and cleaned.endswith("through the winter.")


def test_lines_before_a_signed_comment_stay_when_they_read_as_the_report() -> None:
    text = (
        f"{BODY}\n"
        "The harbour master expects the first ship on Friday .\n"
        "Good news at last ! March 2 , 2010 at 9:15 pm | Report abuse | Reply Agreed .\n"
    )
    cleaned = clean_body(text)
    assert cleaned.endswith("the first ship on Friday .")
    assert "Good news" not in cleaned and "Agreed" not in cleaned


def test_broadcast_promos_and_video_blurbs_are_dropped() -> None:
    text = (
        f"{BODY}\n"
        "Watch Harbour Hour at 9 p.m. ET .\n"
        "Tune in weeknights for the latest from the coast .\n"
        "Divers reach the sunken barge (2:31)\n"
        "Watch what the council decides next week , the mayor said .\n"
    )
    cleaned = clean_body(text)
    assert "Harbour Hour" not in cleaned and "Tune in" not in cleaned
    assert "sunken barge" not in cleaned
    assert "Watch what the council decides" in cleaned


def test_a_programme_blurb_above_its_promotion_at_the_top_is_dropped() -> None:
    text = (
        "Ann Lee reports on the search for a trawler crew lost off Kessa Point last winter .\n"
        "Watch Harbour Hour at 8 & 10 p.m. ET .\n"
        "The harbour council of Port Elm voted on Tuesday to close the old quay .\n"
        "Engineers found cracks in its western wall , Councillor Bo Kessler said .\n"
        "Ferries will sail from the northern terminal until repairs end .\n"
        "Watch Harbour Hour at 9 p.m. ET for more .\n"
    )
    cleaned = clean_body(text)
    assert "Ann Lee reports" not in cleaned and "Harbour Hour" not in cleaned
    assert cleaned.startswith("The harbour council of Port Elm voted")
    # further down, the line above a promotion is the report's own
    assert "Ferries will sail from the northern terminal" in cleaned


def test_reader_poll_and_its_questions_are_dropped() -> None:
    text = (
        f"{BODY}\n"
        "Classroom Question of the Day What did the inspectors find ?\n"
        "Why were sailings stopped ?\n"
        "Who runs the ferry company ?\n"
        "A reader poll found most passengers were satisfied .\n"
    )
    cleaned = clean_body(text)
    assert "Question of the Day" not in cleaned and "sailings stopped" not in cleaned
    assert "Who runs" not in cleaned
    assert cleaned.endswith("A reader poll found most passengers were satisfied .")


def test_caption_before_a_photo_credit_is_dropped() -> None:
    text = (
        "Ferry sailings resume after storm Passengers queue at the quay in the rain .\n"
        "Photograph : Ann Lee/Agency The ferry company said on Monday that all sailings "
        "would resume .\n"
        "Inspectors found no fault with the hull ."
    )
    cleaned = clean_body(text)
    assert cleaned.startswith("The ferry company said on Monday")
    assert "queue at the quay" not in cleaned and "Photograph" not in cleaned


def test_caption_before_the_page_header_is_dropped() -> None:
    text = (
        "A worker checks the hull of a ferry in the dry dock at Port Elm May 3 , 2010 .\n"
        "PORT ELM | Mon May 3 , 2010 4:10 pm EDT The ferry company said on Monday that all "
        "sailings would resume .\n"
        "Inspectors found no fault with the hull ."
    )
    cleaned = clean_body(text)
    assert cleaned.startswith("The ferry company said on Monday")
    assert "dry dock" not in cleaned


def test_pull_quote_and_its_caption_are_cut_from_the_line() -> None:
    text = (
        f"{BODY}\n"
        "The hull is sound and the crew is ready '' End Quote Ann Lee Harbour master "
        "`` We sail at dawn , '' she added .\n"
        "Nobody could say when End Quote Prof Bo Park Marine engineer Apart from the hull , "
        "the engines were checked .\n"
        "End Quote Cy Dunn Pilot If the wind drops , the first ferry leaves at noon .\n"
    )
    lines = clean_body(text).split("\n")
    assert lines[2] == "`` We sail at dawn , '' she added ."
    assert lines[3] == "Apart from the hull , the engines were checked ."
    assert lines[4] == "If the wind drops , the first ferry leaves at noon ."


def test_pull_quote_caption_with_a_comma_in_the_role() -> None:
    text = (
        f"{BODY}\n"
        "We wait and wait '' End Quote Di Moss Former mayor , Port Elm She told the council "
        "the quay was unsafe .\n"
        "The crew waves from the deck .\n"
        "Photograph : Ann Lee/Wire Images The crew returned on Tuesday .\n"
    )
    lines = clean_body(text).split("\n")
    assert lines[2] == "She told the council the quay was unsafe ."
    assert lines[3] == "The crew returned on Tuesday ."
    assert len(lines) == 4


def test_headline_before_a_byline_or_label_is_no_caption() -> None:
    text = (
        "Ferry sailings resume after storm\n"
        "By Ann Lee , Staff Writer The ferry company said on Monday that all sailings would "
        "resume .\n"
        "Inspectors found no fault with the hull ."
    )
    assert clean_body(text).startswith("Ferry sailings resume after storm\n")
    labelled = "Ferry sailings resume\nArticle | PORT ELM - The ferry left .\nIt was late ."
    assert clean_body(labelled).startswith("Ferry sailings resume\n")


def test_reported_line_before_a_signed_comment_stays() -> None:
    text = (
        f"{BODY}\n"
        "Whatever you ask for on the feast day you receive , she said .\n"
        "I doubt it very much !\n"
        "March 2 , 2010 at 9:15 pm | Report abuse | Reply Agreed .\n"
    )
    cleaned = clean_body(text)
    assert cleaned.endswith("on the feast day you receive , she said .")
    transcript = (
        f"{BODY}\n"
        "REED : Well , I think you know my answer .\n"
        "Good show ! March 2 , 2010 at 9:15 pm | Report abuse | Reply Agreed .\n"
    )
    assert clean_body(transcript).endswith("REED : Well , I think you know my answer .")


def test_agency_only_credit_and_one_letter_handle() -> None:
    text = (
        f"{BODY}\n"
        "Crew members wave from the deck .\n"
        "Photograph : AP The crew returned on Tuesday .\n"
        "At 12:40 pm on 10 Jun 2010 , Q wrote : The crew deserve a medal .\n"
    )
    lines = clean_body(text).split("\n")
    assert lines[2:] == ["The crew returned on Tuesday ."]


def test_comments_known_by_their_recommend_and_reply_buttons_are_dropped() -> None:
    text = (
        f"{BODY}\n"
        "The harbour master expects the first ship on Friday .\n"
        "why do we keep paying for this ?\n"
        "Recommend (12)\n"
        "Reply\n"
        "I have sailed there for years and never seen it this bad .\n"
        "Recommend (3) | Reply\n"
    )
    cleaned = clean_body(text)
    assert cleaned.endswith("the first ship on Friday .")
    assert "paying" not in cleaned and "sailed" not in cleaned and "Recommend" not in cleaned


def test_one_reply_or_share_line_is_no_comment_section() -> None:
    lines = [BODY, "Reply", "The council will reply on Friday .", "Share | Link", "More news ."]
    assert drop_comment_sections(lines) == lines
