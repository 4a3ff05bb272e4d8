"""A page's furniture cuts a quote's words: datelines, bullets, a caption opening the page
(page_breaks.py; statements4, issue 14). Every text is invented."""

from __future__ import annotations

from storyline.analyze.quotes.page_breaks import after_furniture, standfirst, words_end, words_start


def _end(text: str) -> str:
    return text[: words_end(text, 0, len(text))]


def test_a_dateline_with_a_date_ends_the_words() -> None:
    assert _end("not to leave Osk VELBURG , Osk , March 8 -LRB- Reuters -RRB- - A") == (
        "not to leave Osk"
    )


def test_a_dateline_with_an_agency_ends_the_words() -> None:
    assert _end("to review the deal TARVO -LRB- Reuters -RRB- - The port") == "to review the deal"


def test_a_place_and_time_stamp_ends_the_words() -> None:
    assert _end("Planes hit a house TARVO | Sun Jun 19 , 2011 10:53 pm") == "Planes hit a house"


def test_a_bullet_ends_the_words() -> None:
    assert _end("Ruiz may want guarantees \\* Osk leader has vowed") == "Ruiz may want guarantees"


def test_capitals_that_are_no_dateline_stay() -> None:
    text = "said the US , May 5 plan was a NATO idea"
    assert _end(text) == text


def test_a_dateline_opening_the_words_is_skipped() -> None:
    text = "VELBURG , May 24 -- The greatest fear among pilots is the new levy"
    start = words_start(text, 0, len(text))
    assert text[start:] == "The greatest fear among pilots is the new levy"


def test_a_lower_case_caption_on_the_first_line_is_a_standfirst() -> None:
    text = "Harbour Radio : the broadcaster has fallen foul of the Osk government\nMore ."
    assert standfirst(text, text.index(":"), text.index("the broadcaster"))


def test_a_caption_describing_its_label_in_capitals_is_a_standfirst() -> None:
    text = "Ana Ruiz : The veteran Osk singer returns to the stage\nMore ."
    assert standfirst(text, text.index(":"), text.index("The veteran"))


def test_a_headline_of_the_labels_words_is_not() -> None:
    text = "Harbour Radio : We will stay in Osk\nMore ."
    assert not standfirst(text, text.index(":"), text.index("We"))
    text = "Marta Quill : harbour talks will fail without a sea wall\nMore ."
    assert not standfirst(text, text.index(":"), text.index("harbour"))
    text = "Marta Quill : the talks will fail without a sea wall\nMore ."
    assert not standfirst(text, text.index(":"), text.index("the talks"))


def test_a_caption_further_down_is_left_to_the_colon_rules() -> None:
    text = "Osk port reopens\nHarbour Radio : the broadcaster is back on air ."
    assert not standfirst(text, text.index(":"), text.index("the broadcaster"))


def test_a_headline_whose_subject_is_someone_else_is_not() -> None:
    # "a minister" is somebody new, not the label; a body is no description of a person
    text = "Tom Hale : A minister lied to parliament about the port deal\nMore ."
    assert not standfirst(text, text.index(":"), text.index("A minister"))
    text = "Marta Quill : The government has failed our farmers\nMore ."
    assert not standfirst(text, text.index(":"), text.index("The government"), person=True)
    text = "Harbour Radio : the broadcaster has fallen foul of the Osk government\nMore ."
    assert not standfirst(text, text.index(":"), text.index("the broadcaster"), person=True)
    assert standfirst(text, text.index(":"), text.index("the broadcaster"), person=False)


def test_furniture_inside_a_quotes_own_marks_does_not_end_it() -> None:
    # the span still holds the closing mark: a star or capitals inside are the quote's words
    text = '"The tax rose by 5 * 3 percent in the end," Ana Ruiz said.'
    quote = text[: text.index(',"') + 2]
    assert _end(quote) == quote
    text = "`` We flew out of VELBURG , March 8 was the last day the port was open . ''"
    assert _end(text) == text
    # a mark the span opens and never closes is no shelter
    assert _end('"Ruiz may want guarantees \\* Osk leader has vowed') == '"Ruiz may want guarantees'


def test_any_capitalised_word_in_brackets_after_a_place_is_a_dateline() -> None:
    assert _end("to review the deal TARVO -LRB- Velmpress -RRB- - The port") == (
        "to review the deal"
    )


def test_a_word_only_starting_like_a_month_is_no_date() -> None:
    text = "the ballot in VELBURG , Marches 2 and 3 drew crowds to the square"
    assert _end(text) == text


def test_a_sentence_is_parsed_after_the_dateline_or_stamp_opening_it() -> None:
    for text, words in (
        ("VELBURG (AP) — The port reopened .", "The port reopened ."),
        ("Velmpress -RRB- - The port reopened .", "The port reopened ."),
        ("Tuesday , May 26 , 2010 ; 4:16 PM Osk farmers met .", "Osk farmers met ."),
        ("The port reopened .", "The port reopened ."),
    ):
        assert text[after_furniture(text, 0, len(text)) :] == words


def test_a_dateline_with_any_agency_in_brackets_is_skipped_for_the_parse() -> None:
    for text in ("Velburg (Velmpress) — The port reopened .", "VELBURG — The port reopened ."):
        assert text[after_furniture(text, 0, len(text)) :] == "The port reopened ."
