"""Reader comments known by their layout: comment-form and moderation lines, an author's
bio line, and runs of comments each signed "Name, Place" after its words. Every text here
is written for the test; the guards keep the newsroom's own lines."""

from __future__ import annotations

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.comments import drop_comment_sections

NEWS = [
    "Ferry fares to rise",
    "Ferry fares will rise by a fifth from June, the operator said on Monday.",
    "The council said it would appeal against the decision.",
]


def test_comment_form_and_moderation_lines_are_dropped() -> None:
    text = "\n".join(
        [
            *NEWS,
            "Has the rise affected you?",
            "Send us your comments using the form below.",
            "A selection of your comments may be published, displaying your name and location.",
            "We may edit your comments and not all e-mails will be published.",
            "Your comments may be published on any of our services worldwide.",
            "Editor's Note: moderators retain editorial control over discussions.",
            "portelm.com is not responsible for any content posted by third parties.",
            "If you have a large file you can upload it here.",
        ]
    )
    assert clean_body(text) == "\n".join(NEWS)


def test_newsroom_lines_about_comments_and_content_stay() -> None:
    lines = [
        *NEWS,
        "The operator said it was not responsible for the delays.",
        "Residents can send their comments to the council until May.",
        "Is the rise fair?",
    ]
    assert clean_body("\n".join(lines)) == "\n".join(lines)


def test_an_authors_column_line_is_dropped() -> None:
    text = "\n".join(
        [*NEWS, "He writes a regular column for the Harbour Times, which also appears online."]
    )
    assert clean_body(text) == "\n".join(NEWS)
    kept = [*NEWS, "He writes that the column of smoke rose over the quay."]
    assert clean_body("\n".join(kept)) == "\n".join(kept)


SIGNED = [
    "I take the ferry every day and cannot afford this.",
    "Ann Lee, Port Elm, Westshire",
    "Another rise? The service gets worse every year.",
    "Tom Hale, Leeds, UK It is a scandal that nobody in charge will answer for it.",
    "Nobody asked us, the people who use it.",
    "Bo Park , Harbour Town , UK .",
    "Typical of the operator, and the council is no better.",
]


def test_a_run_of_comments_signed_name_and_place_is_dropped() -> None:
    lines = [*NEWS, "How will the rise affect you?", *SIGNED]
    assert drop_comment_sections(lines) == NEWS


def test_a_closed_debate_line_opens_the_signed_comments_after_it() -> None:
    lines = [
        *NEWS,
        "This debate is now closed.",
        "The fares are too high and the boats are late.",
        "Nothing will change until the contract is taken away.",
        *SIGNED,
    ]
    assert drop_comment_sections(lines) == NEWS


def test_your_comments_appear_below_opens_a_section() -> None:
    lines = [*NEWS, "A selection of your comments appear below.", "Rubbish, all of it."]
    assert drop_comment_sections(lines) == NEWS


def test_names_and_places_in_the_report_stay() -> None:
    lines = [
        *NEWS,
        "John Smith, London, said the fares were too high.",
        "Ann Lee, Port Elm, Westshire",
        "Britain, France, Germany and Italy backed the plan.",
        "Mary Jones, a teacher, said she would walk instead.",
        "Tom Hale, Leeds, UK said he agreed.",
    ]
    assert drop_comment_sections(lines) == lines


def test_a_roll_of_names_and_units_between_report_lines_stays() -> None:
    lines = [
        *NEWS,
        "Sergeant Ann Lee, Harbour Rifles.",
        "Aged 31, she came from Port Elm and joined in 2001.",
        "Corporal Tom Hale, Coast Guard, North Station.",
        "He had served two tours and leaves a wife and son.",
        "Private Bo Park, Harbour Rifles.",
        "He was the youngest of the three.",
    ]
    assert drop_comment_sections(lines) == lines


def test_reporters_sign_offs_between_transcript_turns_stay() -> None:
    lines = [
        "HOST: Our correspondents report from the coast.",
        "The storm hit the port at dawn.",
        "Jo Day, NEWS, Port Elm.",
        "HOST: And now to the capital.",
        "Talks resumed on Monday.",
        "Al Fenn, NEWS, Capital City.",
        "HOST: Finally, the markets.",
        "Shares fell.",
        "Ed Kerr, NEWS, New Harbour.",
        "HOST: That is all for tonight.",
    ]
    assert drop_comment_sections(lines) == lines


def test_readers_questions_answered_by_an_expert_are_not_a_comment_run() -> None:
    lines = [
        *NEWS,
        "Will the fares fall again?",
        "Ann Lee, Port Elm Dr Hale: Not this year, I expect.",
        "Can I get a refund?",
        "Tom Hale, Leeds, UK Dr Hale: Yes, within a month.",
        "Are season tickets affected?",
        "Bo Park, Harbour Town Dr Hale: Not until June.",
    ]
    assert drop_comment_sections(lines) == lines


UNSIGNED = [
    "Why is so much being spent on a service nobody uses?",
    "I have taken that ferry for years and it is always late.",
    "We should all write to the council.",
    "You cannot trust the operator's figures.",
]


def test_a_closed_debate_line_above_unsigned_comments_opens_the_section() -> None:
    lines = [*NEWS, "This debate is now closed.", *UNSIGNED]
    assert drop_comment_sections(lines) == NEWS


def test_a_closing_line_before_report_lines_does_not_take_them() -> None:
    lines = [
        *NEWS,
        "This discussion is now closed.",
        "The operator's figures show 12,000 passengers a week.",
        "Fares last rose in 2019, the council said.",
        "The new timetable starts in June.",
    ]
    assert drop_comment_sections(lines) == [*NEWS[:3], *lines[4:]]


def test_questions_put_to_readers_go_when_the_page_has_comments() -> None:
    lines = [
        *NEWS[:2],
        "What are your concerns about the rise?",
        NEWS[2],
        "This debate is now closed.",
        *UNSIGNED,
    ]
    assert drop_comment_sections(lines) == NEWS
    kept = [*NEWS, "What are your concerns about the rise?"]
    assert drop_comment_sections(kept) == kept


def test_a_line_announcing_readers_accounts_opens_them() -> None:
    lines = [
        *NEWS,
        "Passengers on the route have been sending us their accounts.",
        *UNSIGNED,
    ]
    assert drop_comment_sections(lines) == NEWS
    report = [
        *NEWS,
        "Readers sent their accounts to the inquiry, the council said.",
        "The inquiry will report in June.",
        "Its chairman said the evidence was clear.",
        "The operator declined to comment.",
    ]
    assert drop_comment_sections(report) == report


def test_a_page_of_readers_accounts_keeps_its_first_line() -> None:
    lines = ["Passengers have been sending us their accounts of the crossing.", *UNSIGNED]
    assert drop_comment_sections(lines) == lines[:1]


def test_comments_headed_by_their_time_stamp_and_a_bar_are_dropped() -> None:
    lines = [
        *NEWS,
        "March 3, 2010 at 9:14 am | I am confused by the council's plan.",
        "Why would anyone agree to it?",
        "March 3, 2010 at 9:44 am | You are right, and we will all pay for it.",
        "I will not use the ferry again.",
    ]
    assert drop_comment_sections(lines) == NEWS


def test_a_live_report_stamped_by_the_newsroom_stays() -> None:
    lines = [
        *NEWS,
        "March 3, 2010 at 9:14 am | The first ferry left the harbour on time.",
        "The operator said 40 passengers were aboard.",
        "March 3, 2010 at 9:44 am | The council has called a meeting for Friday.",
        "Its leader said the fares would be reviewed.",
    ]
    assert drop_comment_sections(lines) == lines


def test_a_closing_line_run_onto_the_reports_last_sentence_is_cut_off() -> None:
    lines = [*NEWS[:2], f"{NEWS[2]} This debate is now closed .", *UNSIGNED]
    assert drop_comment_sections(lines) == NEWS
    kept = [*NEWS, "Nobody said: this debate is now closed."]
    assert drop_comment_sections(kept) == kept


def test_comments_after_an_opinion_pages_disclaimer_go() -> None:
    from storyline.ingest.comments import drop_comment_sections

    article = [
        "The harbour board must choose between the quay and the ferry .",
        "Neither choice will please the town , but waiting costs more .",
        "The views expressed in this commentary are solely those of Ann Lee .",
    ]
    comments = [
        "Like I said before , only a fool would build the quay at all .",
        "I say a harbour for the fishermen !!! April 21 , 2011 at 12:33 pm | Reply You are wrong .",
        "Your one small voice is misinformed .",
        "I agree that the board could do better but we 'll be blamed anyway .",
    ]
    assert drop_comment_sections(article + comments) == article


def test_report_lines_after_the_disclaimer_stay() -> None:
    from storyline.ingest.comments import drop_comment_sections

    lines = [
        "The harbour board must choose between the quay and the ferry .",
        "The views expressed in this commentary are solely those of Ann Lee .",
        "Ann Lee is a former harbour master of Port Elm .",
        "She chaired the ferry board from 2001 to 2008 .",
        "Her book on the port was published last year .",
    ]
    assert drop_comment_sections(lines) == lines


def test_a_closed_topic_line_above_unsigned_comments_opens_the_section() -> None:
    for closer in ("This topic has now closed.", "Submissions are now closed."):
        assert drop_comment_sections([*NEWS, closer, *UNSIGNED]) == NEWS
    report = [*NEWS, "This topic has now closed.", *NEWS]
    assert drop_comment_sections(report) == [*NEWS, *NEWS]
