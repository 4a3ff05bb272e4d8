from __future__ import annotations

import pytest

from storyline.ingest.boilerplate import clean_body

STORY = (
    "The council approved the new budget on Monday after a long debate.\n\n"
    "Officials said the plan would fund two new schools."
)


@pytest.mark.parametrize(
    "line",
    [
        "Related Bridge repairs delayed again as costs rise",
        "RELATED: Mayor names new police chief",
        "Read more: How the vote unfolded",
        "See also - Election results by district",
        "Also read: Five things to know about the budget",
        "Share this article",
        "Share on Facebook Twitter WhatsApp",
        "Facebook Twitter Email",
        "Subscribe to our daily newsletter",
        "Sign up for breaking news alerts",
        "Follow us on Instagram",
        "Click here to watch the full interview",
        "© 2024 Example Media Group",
        "Copyright 2023 The Daily Example. All rights reserved.",
        "Advertisement",
        "ADVERTISEMENT - SCROLL TO CONTINUE READING",
    ],
)
def test_site_lines_are_removed(line: str) -> None:
    text = f"{STORY.split(chr(10))[0]}\n\n{line}\n\n{STORY.split(chr(10))[-1]}"
    cleaned = clean_body(text)
    assert line not in cleaned
    assert "approved the new budget" in cleaned and "two new schools" in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Related charges were filed against two other men last year.",
        "Watch the river closely, the engineer warned residents.",
        "Readers shared their stories with the paper.",
        "Subscribers to the service complained about the outage.",
        "He said the copyright dispute had dragged on for a decade and cost millions in fees.",
    ],
)
def test_real_sentences_are_kept(line: str) -> None:
    text = f"{STORY}\n\n{line}"
    assert line in clean_body(text)


def test_trailing_byline_and_credits_removed_only_at_end() -> None:
    text = (
        "By Jane Roe\n\n"
        f"{STORY}\n\n"
        "Reporting by Jane Roe; Editing by John Doe\n\n"
        "By Jane Roe, Staff Writer\n\nAdvertisement\n"
    )
    cleaned = clean_body(text, author="Jane Roe")
    assert cleaned.startswith("The council approved")  # a leading byline is furniture too
    assert cleaned.endswith("two new schools.")


def test_last_sentence_starting_with_by_is_kept() -> None:
    text = f"{STORY}\n\nBy Friday, the roads had reopened."
    assert clean_body(text).endswith("By Friday, the roads had reopened.")


def test_paragraphs_kept_and_blank_runs_collapsed() -> None:
    text = "First para.\r\n\r\n\r\nRelated Other story here\r\n\r\nSecond para.  "
    assert clean_body(text) == "First para.\n\nSecond para."
