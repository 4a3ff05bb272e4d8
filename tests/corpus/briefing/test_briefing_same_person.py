"""One person is one speaker entry: a surname alone, a transcript's label in capitals and
a name differing only in case go under the story's full name (texts written for these
tests)."""

from __future__ import annotations

from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.model import Article, Quote, Speaker


def _quote(body: str, words: str, name: str, named: bool = True) -> Quote:
    at = body.index(words)
    by = body.index(name)
    who = Speaker(name, by, by + len(name), name if named else None, named)
    return Quote(at, at + len(words), words, "indirect", "said", who)


def _entries(*articles: Article) -> list[tuple[str, int]]:
    brief = build_briefing(list(articles), limits=BriefingLimits.full())
    return [(g.speaker, g.total) for g in brief.quotes]


def test_a_surname_or_its_capitals_goes_under_the_full_name() -> None:
    one = "Ilona K. Varga Jr. said the Brun dam would be finished in May ."
    two = "Varga said the engineers of the valley had been paid ."
    three = "VARGA : the levees of the valley would hold until the spring floods ."
    articles = [
        Article(
            id="a",
            text=one,
            published="2031-04-02",
            quotes=(_quote(one, "the Brun dam would be finished in May", "Ilona K. Varga Jr."),),
        ),
        Article(
            id="b",
            text=two,
            published="2031-04-03",
            quotes=(_quote(two, "the engineers of the valley had been paid", "Varga"),),
        ),
        Article(
            id="c",
            text=three,
            published="2031-04-04",
            quotes=(
                _quote(three, "the levees of the valley would hold until the spring", "VARGA"),
            ),
        ),
    ]
    assert _entries(*articles) == [("Ilona K. Varga Jr.", 3)]


def test_a_surname_two_speakers_share_stays_apart() -> None:
    body = (
        "Ilona Varga said the Brun dam would be finished in May . "
        "Tomas Varga said the engineers of the valley had been paid . "
        "Varga said the levees of the valley would hold until spring ."
    )
    quotes = (
        _quote(body, "the Brun dam would be finished in May", "Ilona Varga"),
        _quote(body, "the engineers of the valley had been paid", "Tomas Varga"),
        _quote(body, "the levees of the valley would hold until spring", "Varga"),
    )
    article = Article(id="d", text=body, published="2031-04-02", quotes=quotes)
    assert sorted(_entries(article)) == [("Ilona Varga", 1), ("Tomas Varga", 1), ("Varga", 1)]


def test_names_differing_only_in_case_are_one_source() -> None:
    body = (
        "The filing said the Brun council had hidden the cost of the dam . "
        "Later the filing said the engineers of the valley had not been paid ."
    )
    quotes = (
        _quote(body, "the Brun council had hidden the cost of the dam", "The filing", False),
        _quote(body, "the engineers of the valley had not been paid", "the filing", False),
    )
    article = Article(id="e", text=body, published="2031-04-02", quotes=quotes)
    assert [total for _, total in _entries(article)] == [2]


def _turn(body: str, words: str, label: str) -> Quote:
    at = body.index(words)
    by = body.index(label)
    who = Speaker(label, by, by + len(label), label, True)
    return Quote(at, at + len(words), words, "direct", ":", who)


def test_a_turn_labelled_with_an_ordinary_word_is_no_speaker() -> None:
    body = (
        "VARGA : The levees of the valley will hold until spring . "
        "QUESTION : Mayor , you have talked about the cost of the Brun dam . "
        "VARGA : I will take two more questions ."
    )
    quotes = (
        _turn(body, "The levees of the valley will hold until spring .", "VARGA"),
        _turn(body, "Mayor , you have talked about the cost of the Brun dam .", "QUESTION"),
    )
    article = Article(id="f", text=body, published="2031-04-02", quotes=quotes)
    assert _entries(article) == [("VARGA", 1)]


def test_a_word_no_name_was_read_from_is_no_surname() -> None:
    body = (
        "The Brun Water Board said the dam would be finished in May . "
        "Board said the engineers of the valley had been paid ."
    )
    quotes = (
        _quote(body, "the dam would be finished in May", "The Brun Water Board"),
        _quote(body, "the engineers of the valley had been paid", "Board", False),
    )
    article = Article(id="g", text=body, published="2031-04-02", quotes=quotes)
    assert sorted(_entries(article)) == [("Board", 1), ("The Brun Water Board", 1)]
