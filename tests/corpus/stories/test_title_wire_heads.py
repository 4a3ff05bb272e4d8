"""A wire dateline with only the day and the agency ("Mar 3 (Agency) -") and a byline
opening with "From" are cut from a story's title (issue 14; texts written for these tests)."""

from __future__ import annotations

from storyline.corpus.stories.titles import article_headline, clean_title_text
from storyline.model import Article


def _title(text: str) -> str:
    return article_headline(Article(id="a", text=text))


def test_a_day_and_agency_dateline_above_bullets_gives_the_first_bullet() -> None:
    text = (
        "Mar 3 -LRB- Wire -RRB- - \\* No talks with the council , says rebel leader \\* Report of"
        " island meeting denied PORT ELM , Norland , Mar 3 -LRB- Wire -RRB- - Norland 's rebel"
        " council is not holding any talks with the government , a spokesman said on Tuesday .\n"
        "The council said the report was false ."
    )
    assert _title(text) == "No talks with the council , says rebel leader"


def test_a_day_and_agency_dateline_after_an_update_note_is_cut() -> None:
    text = (
        "-LRB- Adds details -RRB- Mar 3 (Wire) - Six months of civil war have left Norland 's"
        " fishing industry idle .\nMore about the boats ."
    )
    assert _title(text) == "Six months of civil war have left Norland 's fishing industry idle ."


def test_a_from_byline_run_into_the_lead_is_cut() -> None:
    text = (
        "From Ann Lee and Bob Marsh , KTV While the port council argues , Norland officials"
        " are taking the side of the marchers .\nBut the opposition disagrees ."
    )
    assert _title(text).startswith("While the port council argues , Norland officials")


def test_a_sentence_opening_with_from_is_kept() -> None:
    sentence = "From Monday , the ferry to Port Elm will run twice a day ."
    assert clean_title_text(sentence) == sentence
    assert (
        clean_title_text("Jun 4 ferries resume at Port Elm") == "Jun 4 ferries resume at Port Elm"
    )


def test_a_caption_above_a_bracketed_agency_photo_credit_gives_way_to_the_lead() -> None:
    text = (
        "Varde addresses parliament last night .\n"
        "-LRB- Wire Photo\\/Ann Lee -RRB- Simply by being there , President Varde and his deputy"
        " created powerful imagery at the joint session .\nThere was no old guard in sight ."
    )
    assert _title(text).startswith("Simply by being there , President Varde")


def test_a_title_case_head_ends_before_a_captions_full_name() -> None:
    text = (
        "Data on Job Losses , Harbour Factory Orders Paint Bleak Picture Ann Lovell operates a"
        " lathe at the cymbal factory in Norwell .\nOrders for harbour goods dipped 4 percent ,"
        " a bleak picture of the factory economy .\nJob losses and factory orders are data"
        " that paint the picture ."
    )
    assert _title(text) == "Data on Job Losses , Harbour Factory Orders Paint Bleak Picture"


def test_a_sentence_with_a_works_title_in_quotes_is_not_cut_inside_it() -> None:
    text = (
        "Author of `` Male Moods '' and `` The Grumpy Man , '' psychotherapist Ned Lamond has"
        " made a name for himself by writing on the modern male .\nHis Web site has grown ."
    )
    assert _title(text).startswith("Author of `` Male Moods '' and `` The Grumpy Man , ''")
