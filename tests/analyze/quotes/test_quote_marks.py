"""Quotation-mark spans: curly and straight, unbalanced, never closing, capped."""

from __future__ import annotations

from storyline.analyze.quotes import MAX_QUOTE_CHARS, cue_lemma, find_quoted


def _texts(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_quoted(text)]


def test_curly_and_straight_pairs() -> None:
    text = '“We will win,” he said. She replied: "Not today." Then ‘maybe’.'
    assert _texts(text) == ["“We will win,”", '"Not today."', "‘maybe’"]


def test_doubled_apostrophes_and_tokenised_marks() -> None:
    typewriter = "''The bridge is safe,'' the engineer said. ''We checked it twice.''"
    assert _texts(typewriter) == ["''The bridge is safe,''", "''We checked it twice.''"]
    tokenised = "He called it a `` bold plan '' and a ` quick fix ' , then left ."
    assert _texts(tokenised) == ["`` bold plan ''", "` quick fix '"]


def test_single_marks_are_not_apostrophes() -> None:
    text = "‘We will not give up,’ the mayor said, as the farmers’ anger grew in the ‘80s."
    assert _texts(text) == ["‘We will not give up,’"]
    ascii_text = "The players' union said 'We won't strike' and rock 'n' roll played on."
    assert _texts(ascii_text) == ["'We won't strike'"]


def test_single_marks_inside_double_quotes_are_nested() -> None:
    text = "“She told me ‘never again’ and left,” he said."
    assert _texts(text) == ["“She told me ‘never again’ and left,”"]


def test_unclosed_single_mark_is_dropped() -> None:
    text = "The ‘new deal was signed on Monday.\n\nNobody expected it."
    assert _texts(text) == []


def test_interrupted_quote_gives_two_pieces() -> None:
    text = '"Captain," Okonkwo said, "the storm has passed."'
    assert _texts(text) == ['"Captain,"', '"the storm has passed."']


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = "“This never closes and goes on\n\nNext paragraph is not quoted."
    marks = find_quoted(text)
    assert len(marks) == 1 and not marks[0].closed
    assert "Next" not in text[marks[0].start : marks[0].end]


def test_runaway_quote_is_capped() -> None:
    text = "“" + "word " * 5000
    marks = find_quoted(text)
    assert marks and all(m.end - m.start <= MAX_QUOTE_CHARS for m in marks)


def test_cue_forms() -> None:
    assert cue_lemma("Said") == "say"
    assert cue_lemma("told") == "tell"
    assert cue_lemma("warned") == "warn"
    assert cue_lemma("announces") == "announce"
    assert cue_lemma("table") is None


def test_marks_of_another_style_nest_inside_a_quotation() -> None:
    text = 'She read: "Voters were asked: “Is he fit to serve?” Most said yes." Then she left.'
    assert _texts(text) == ['"Voters were asked: “Is he fit to serve?” Most said yes."']


def test_a_quote_runs_over_unmarked_lines_to_the_line_that_closes_it() -> None:
    # one sentence a line, as tokenised text is laid out: the quote opens on the first
    # line and closes three lines later, with no mark in between
    text = (
        "`` We are not sure of anything .\n"
        "Nobody knows how big it is .\n"
        "People thought it would be over in a week .\n"
        "It was not , '' she said .\n"
        "The meeting ended at noon ."
    )
    (span,) = _texts(text)
    assert span.startswith("`` We are") and span.endswith("It was not , ''")


def test_a_reopened_paragraph_still_ends_the_open_quote() -> None:
    # the news convention: a quote over paragraphs reopens each one with a mark
    text = "“We will stay until the end\n“And we will win,” he said."
    assert _texts(text) == ["“We will stay until the end", "“And we will win,”"]


def test_a_closer_of_another_style_closes_when_nothing_nests() -> None:
    # pages that mix their marks: a straight quotation closed by a curly mark and back
    text = (
        '"Never bet against her. She is hard to read,” Reed said. '
        '“One of the most unusual mayors." Then he left.'
    )
    assert _texts(text) == [
        '"Never bet against her. She is hard to read,”',
        '“One of the most unusual mayors."',
    ]
    nested = '“He said "yes" and then "no" today,” she said.'
    assert _texts(nested) == [nested[: nested.index(" she")]]
