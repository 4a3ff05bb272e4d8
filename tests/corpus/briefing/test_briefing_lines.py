"""Which lines a brief shows as developments: the story's articles, whole sentences naming
their subject (texts written for these tests)."""

from __future__ import annotations

from storyline.corpus.briefing import BriefingLimits, build_briefing, render_briefing
from storyline.corpus.briefing.central import central_articles
from storyline.corpus.briefing.developments import whole_sentence_start
from storyline.corpus.briefing.pagetext import news_sentences_only, unfit_line
from storyline.model import Article, EntityMention, Sentence


def _article(aid: str, day: str, text: str, names: list[tuple[str, str]]) -> Article:
    """An article of one-line sentences, each name in `names` (text, label) marked where it
    first occurs."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    ends = [*(s - 1 for s in starts[1:]), len(text)]
    sentences = tuple(Sentence(s, e, day, "published") for s, e in zip(starts, ends, strict=True))
    entities = tuple(
        EntityMention(text.index(n), text.index(n) + len(n), n, label) for n, label in names
    )
    return Article(
        id=aid,
        published=day,
        outlet="o.example",
        text=text,
        sentences=sentences,
        entities=entities,
        annotated=("sentences", "entities"),
    )


_STORY = [("Velmar", "GPE"), ("Ana Ruiz", "PERSON"), ("Orla", "GPE")]


def _story() -> list[Article]:
    return [
        _article(
            f"v{i}",
            f"2031-03-0{i}",
            f"Protesters in Velmar marched on Orla again on day {i} .\n"
            f"President Ana Ruiz spoke to the nation on day {i} .",
            _STORY,
        )
        for i in range(1, 6)
    ]


def _outlier() -> Article:
    return _article(
        "x9",
        "2031-03-09",
        "Crowds in Brun , Kell and Tamsk rallied against premier Jon Vell .\n"
        "In Kell , the Dunmark Union said 60,000 people gathered near Port Aster .\n"
        "Velmar was mentioned once .",
        [
            ("Brun", "GPE"),
            ("Kell", "GPE"),
            ("Tamsk", "GPE"),
            ("Jon Vell", "PERSON"),
            ("Dunmark", "NORP"),
            ("Port Aster", "GPE"),
            ("Velmar", "GPE"),
        ],
    )


def test_an_outlier_article_is_no_development_but_stays_in_the_story() -> None:
    pool = [*_story(), _outlier()]
    assert [a.id for a in central_articles(pool)] == ["v1", "v2", "v3", "v4", "v5"]
    brief = build_briefing(pool, limits=BriefingLimits.page())
    assert brief.articles == 6
    shown = render_briefing(brief, "text")
    assert "Crowds in Brun" not in shown and "60,000" not in shown.split("Who said")[0]
    assert "2031-03-05\n- " in shown  # the newest central day leads


def test_a_lead_naming_none_of_the_story_needs_fewer_other_names() -> None:
    court = _article(
        "k1",
        "2031-03-08",
        "A court in Kell sentenced the killer of Tamsk writer Jon Vell to 20 years .\n"
        "The Dunmark judge said the case was closed .",
        [("Kell", "GPE"), ("Tamsk", "GPE"), ("Jon Vell", "PERSON"), ("Dunmark", "NORP")],
    )
    assert "k1" not in [a.id for a in central_articles([*_story(), court])]


def test_a_small_story_is_not_judged() -> None:
    pool = [*_story()[:3], _outlier()]
    assert len(central_articles(pool)) == 4


def test_headline_byline_and_pronoun_lines_are_unfit() -> None:
    assert unfit_line("Debate grows over Ruiz legacy By the VNN Wire Staff Now that she left .")
    assert unfit_line("Floods return By Ana Ruiz for VNN Rivers rose in Orla on Monday .")
    assert unfit_line("On Tuesday , he canceled plans to brief reporters .")
    assert unfit_line("His role in the protests drew attention .")
    assert not unfit_line("By Tuesday , the river had risen two meters in Orla .")
    assert not unfit_line("By Friday , Velmar had sent 40 trucks .")
    assert not unfit_line("Ana Ruiz said he would stay .")


def test_a_photo_caption_is_unfit() -> None:
    assert unfit_line("July 13 : In a photo released by Velm Oil , oil flows from the cap .")
    assert unfit_line(
        "Rebels fire a missile near Brun , west of the city of Orla August 6 , 2031 ."
    )
    assert not unfit_line("The truce was signed in Orla on August 6 , 2031 .")
    assert not unfit_line("Velmar will hold its vote by August 6 , 2031 .")


def test_a_date_prose_gives_without_on_is_no_caption() -> None:
    lines = (
        "The new border law of Velmar takes effect January 1 , 2032 .",
        "Voters in Orla go to the polls November 3 , 2031 .",
        "The trial of the Brun mayor is set to begin March 4 , 2032 .",
        "The record in Orla is 24 inches set April 6 , 1886 .",
    )
    for line in lines:
        assert not unfit_line(line), line
        assert not unfit_line(line, "2031-09-30"), line


def test_a_caption_dated_after_a_common_noun_is_unfit_near_its_page_day() -> None:
    caption = "Crews burn off oil near the wreck site June 24 , 2031 ."
    assert unfit_line(caption, "2031-06-26")
    assert not unfit_line(caption, "2033-06-26")  # two years on: a day in history
    assert not unfit_line(caption, "2031-06-20")  # before the page: a plan
    assert not unfit_line(caption)  # undated page: nothing to tell a caption by


def test_a_caption_after_a_place_or_its_weekday_is_unfit() -> None:
    assert unfit_line("Crews clean a beach in Port Orla , Velmia , Tuesday , July 20 , 2031 .")
    assert unfit_line("Gulls rest on a dock in Orla July 20 , 2031 .", "2031-07-21")
    assert not unfit_line("The vote is set for Tuesday , November 3 , 2031 .")
    assert not unfit_line("Velmar will answer by Friday July 2 , 2031 .")
    assert not unfit_line("The law takes effect in Orla January 1 , 2032 .", "2031-09-30")


def test_a_quotes_tail_starts_where_the_quote_opens() -> None:
    text = (
        "Officials met on Monday .\n"
        "`` My gut tells me it is wrong .\n"
        "But I lack the facts , '' said Rep. Ana Ruiz , who took calls .\n"
        "`` We will rebuild , '' she said ."
    )
    art = _article("q1", "2031-03-02", text, [("Ana Ruiz", "PERSON")])
    tail = text.index("But I lack")
    assert whole_sentence_start(art, tail) == text.index("`` My gut")
    own = text.index("`` We will")
    assert whole_sentence_start(art, own) == own


def test_one_article_is_not_plural() -> None:
    shown = render_briefing(build_briefing(_story()[:1]), "text")
    assert "1 article," in shown


def test_the_pages_day_tells_its_caption_from_its_plan() -> None:
    text = (
        "Crews burn off oil near the wreck site June 24 , 2031 .\n"
        "The new spill law takes effect January 1 , 2032 ."
    )
    art = news_sentences_only(_article("c1", "2031-06-26", text, []))
    assert [text[s.start : s.end] for s in art.sentences] == [text.splitlines()[1]]
