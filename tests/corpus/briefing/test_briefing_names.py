"""A speaker's name is shown without the headline words it was read together with."""

from __future__ import annotations

from dataclasses import replace

from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.names import shown_name, shown_names_in, shown_source
from storyline.model import Article, Quote, Sentence, Speaker


def test_a_name_is_cut_before_a_headline_verb() -> None:
    assert shown_name("Lee Says Harbour Budget Holds") == "Lee"
    assert shown_name("Mayor Lee Outlines") == "Mayor Lee"
    assert shown_name("Dana  Lee") == "Dana Lee"
    assert shown_name("Says") == "Says"  # a lone word is left as it is
    assert shown_names_in("[Lee Outlines] said the plan was [Dana Lee]'s.") == (
        "[Lee] said the plan was [Dana Lee]'s."
    )


def test_the_brief_lists_the_speaker_without_the_headline() -> None:
    text = (
        "Lee Outlines Harbour Plan Mayor Lee said on Monday the harbour would reopen. "
        "Work starts in May."
    )
    at = text.index("Lee Outlines")
    name = "Lee Outlines"
    speaker = Speaker(name, at, at + len(name), name, True)
    words = "the harbour would reopen"
    quote = Quote(text.index(words), text.index(words) + len(words), words, "indirect", "said")
    article = Article(
        id="a",
        text=text,
        published="2024-03-04",
        sentences=(Sentence(0, 77, "2024-03-04", "published"), Sentence(78, len(text))),
        quotes=(Quote(quote.start, quote.end, words, "indirect", "said", speaker),),
    )
    brief = build_briefing([article], limits=BriefingLimits.full())
    assert [g.speaker for g in brief.quotes] == ["Lee"]


def _quoted(aid: str, name: str, n: int) -> Article:
    lines = [f"“Line {k} of the {aid} harbour talk,” {name} said." for k in range(n)]
    text = " ".join(lines)
    quotes, sentences, pos = [], [], 0
    for line in lines:
        words = line[: line.index("”") + 1]
        at = pos + line.index(name)
        speaker = Speaker(name, at, at + len(name), name, True)
        quotes.append(Quote(pos, pos + len(words), words, "direct", "said", speaker))
        sentences.append(Sentence(pos, pos + len(line), "2024-03-04", "published"))
        pos += len(line) + 1
    return Article(
        id=aid, text=text, published="2024-03-04", sentences=tuple(sentences), quotes=tuple(quotes)
    )


def test_a_speaker_quoted_across_articles_ranks_above_one_long_page() -> None:
    story = [_quoted("t", "Host Ivo Rand", 6)] + [
        _quoted(f"n{k}", "Ana Reyes", 1) for k in range(3)
    ]
    brief = build_briefing(story)
    assert [g.speaker for g in brief.quotes] == ["Ana Reyes", "Host Ivo Rand"]


def test_a_figures_source_opening_with_a_possessive_names_nobody() -> None:
    assert shown_source("its latest figures") is None
    assert shown_source("their own count") is None
    assert shown_source("Lee Says Budget Holds") == "Lee"
    assert shown_source("the harbour board") == "the harbour board"
    assert shown_source(None) is None


def test_an_honorific_and_surname_go_under_the_one_full_name() -> None:
    text = (
        "Dr Ana Reyes said the quay was safe. "
        "“It will hold for years,” said Dr Reyes. "
        "“It will not,” said Ivo Reyes, her brother, and Ivo Reyes added that it was old."
    )

    def quote(words: str, name: str, canonical: str | None, named: bool) -> Quote:
        at = text.index(name)
        return Quote(
            text.index(words),
            text.index(words) + len(words),
            words,
            "direct",
            "said",
            Speaker(name, at, at + len(name), canonical, named),
        )

    article = Article(
        id="a",
        text=text,
        published="2024-03-04",
        quotes=(
            quote("the quay was safe", "Dr Ana Reyes", "Ana Reyes", True),
            quote("“It will hold for years,”", "Dr Reyes", None, False),
        ),
    )
    brief = build_briefing([article], limits=BriefingLimits.full())
    assert [(g.speaker, g.total) for g in brief.quotes] == [("Ana Reyes", 2)]
    both = replace(
        article, quotes=(*article.quotes, quote("“It will not,”", "Ivo Reyes", "Ivo Reyes", True))
    )
    listed = {g.speaker for g in build_briefing([both], limits=BriefingLimits.full()).quotes}
    assert listed == {"Ana Reyes", "Ivo Reyes", "Dr Reyes"}  # two Reyes: left apart


def test_the_brief_and_the_entities_cut_the_same_headline_verbs() -> None:
    # one list for both: a verb only the entities' rule knew ("Calls") and one only the
    # brief's knew ("Promises") are cut in a shown name alike
    assert shown_name("Lee Calls For Calm") == "Lee"
    assert shown_name("Lee Promises Relief") == "Lee"
