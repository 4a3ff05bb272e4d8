"""Page lines that titled stories in reading17 (issue 14): a picture credit, a gallery's
link, a list of columns and a live discussion's notice; and an answer opening with "Well,"
taken as a lead. Texts and names invented."""

from __future__ import annotations

from storyline.corpus.stories.titles import CLEAN, article_headline, title_quality
from storyline.model import Article

LEAD = (
    "About 4,000 fans are expected to descend on Port Elm for the harbour regatta on "
    "Saturday , despite the storm ."
)


def _headline(text: str) -> str:
    return article_headline(Article(id="a", text=text, title=None))


def test_picture_credit_in_front_of_the_lead_is_no_title() -> None:
    text = (
        "Credit : Agency\\/Elm Sun\\/Ann Lee PORT ELM | Sat May 2 , 2009 2:35 am BST PORT ELM "
        f"-LRB- Agency -RRB- - {LEAD}\nThe race starts at noon on Saturday ."
    )
    assert _headline(text).startswith("About 4,000 fans are expected")


def test_agency_credit_with_a_year_is_cut_from_the_title() -> None:
    text = (
        "AGY\\/Velm Team 2010 ON THE FLOOR OF THE BAY -- Just 20 miles north of the quay , "
        "the sea floor is covered in dead coral , divers said on Monday .\nMore follows ."
    )
    assert _headline(text).startswith("Just 20 miles north of the quay")


def test_gallery_link_is_passed_over_for_the_lead() -> None:
    text = (
        "Crews clear the quay as the harbour storm passes -- photos Dock workers clear "
        "debris from the quay in Port Elm after Friday 's storm .\n"
        "Well , no , it ca n't .\n"
        "The storm that hit Port Elm on Friday left the harbour too damaged for any quick fix "
        ", the port authority said ."
    )
    assert title_quality("Crews clear the quay as the harbour storm passes -- photos") < CLEAN
    assert _headline(text).startswith("The storm that hit Port Elm")


def test_answer_opening_with_well_leans_on_the_question() -> None:
    assert title_quality("Well , no , it ca n't .") < CLEAN
    assert title_quality("Well-wishers lined the quay as the ferry sailed .") == CLEAN
    assert title_quality("Yes , the harbour storm is the mayor 's flood") == CLEAN


def test_list_of_columns_gives_no_title() -> None:
    text = (
        "October 2 , Ann Lee : Yet , for once , conference time is also a time for "
        "close reading of the speeches .\n"
        "What little we know of the talks October 1 , Bo Park : Despite claims to the "
        "contrary , I know the two leaders met .\n"
        "September 27 , Cy Moss : It is not written anywhere that the address must be given "
        "in the evening ."
    )
    assert _headline(text) == ""
    assert title_quality("October 2 , Ann Lee : Yet , for once , the harbour is calm .") < CLEAN


def test_dated_entries_before_a_column_entry_are_the_same_list() -> None:
    text = (
        "March 24 : First interview with the ferry 's captain reveals a crew in despair .\n"
        "March 12 : ` Gagging ' rules mirror the port 's new orders .\n"
        "March 11 , leader : At the heart of yesterday 's exchanges in the council , there "
        "was something important going on ."
    )
    assert _headline(text) == ""


def test_headline_above_a_discussion_notice_stays_and_the_notice_is_no_title() -> None:
    notice = (
        "Harbour master Ann Lee was online Friday , May 28 , at 1 p.m. ET to discuss the "
        "storm and the efforts to reopen the port ."
    )
    question = "Port Elm : Why is the quay still closed after more than a month ?"
    assert _headline(f"{notice}\n{question}\nWhen will the ferries sail again ?") == ""
    head = "Harbour master answers readers on the storm"
    assert _headline(f"{head}\n{notice}\n{question}") == head
    assert title_quality(notice) < CLEAN


def test_a_lead_opening_with_they_titles_an_untitled_feature() -> None:
    text = (
        "They want Ann Lee to say four words , four simple words : `` I told you so . ''\n"
        "Ah , but she wo n't -- not at council meetings or harbour dinners .\n"
        "Lee , the former harbour master , warned of the storm years ago ."
    )
    assert _headline(text).startswith("They want Ann Lee to say four words")
    # further down, a sentence opening with "They" leans on the one before it
    later = (
        "The harbour master warned the council about the storm last year .\n"
        "They said the quay would hold through the winter ."
    )
    assert not _headline(later).startswith("They")
    assert title_quality("They said the quay would hold through the winter .") < CLEAN


def test_a_lead_saying_a_site_was_online_on_a_day_titles_the_story() -> None:
    lead = (
        "Tarn 's tax portal was online Tuesday after hackers shut it down for two days , "
        "the revenue office said ."
    )
    text = f"{lead}\nFilers had been unable to send their returns since Sunday ."
    assert _headline(text).startswith("Tarn 's tax portal was online Tuesday")
