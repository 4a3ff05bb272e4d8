"""A tokenised corpus's bracket and quote tokens never reach a reader of a brief."""

from __future__ import annotations

from storyline.corpus.briefing import BriefingLimits, build_briefing, render_briefing
from storyline.corpus.briefing.readable import readable
from storyline.model import Article, Quote, Sentence, Speaker


def test_tokens_are_written_as_characters() -> None:
    assert readable("Rep. Ana Ruiz -LRB- D-Velm . -RRB- said") == "Rep. Ana Ruiz (D-Velm .) said"
    assert readable("a `` Brun '' flu pandemic") == 'a "Brun" flu pandemic'
    assert readable("warned of `` dire '' and `` grave '' risks") == (
        'warned of "dire" and "grave" risks'
    )
    assert readable("` My people love me ' she said") == "'My people love me' she said"


def test_a_plurals_possessive_inside_a_single_quote_does_not_close_it() -> None:
    assert readable("He said ` the workers ' union will strike ' on Monday .") == (
        "He said 'the workers' union will strike' on Monday ."
    )
    assert readable("` We love our towns ' she said .") == "'We love our towns' she said ."
    assert readable("people with HIV\\/AIDS") == "people with HIV/AIDS"
    assert readable("-LSB- sic -RSB-") == "[sic]"


def test_text_without_tokens_is_unchanged() -> None:
    for text in ("plain words .", "the dogs ' bones", 'She said "no" twice.', "O'Neill's"):
        assert readable(text) == text


def test_no_line_or_label_of_a_rendered_brief_holds_a_token() -> None:
    body = (
        "Rep. Ana Ruiz -LRB- D-Velm . -RRB- said the Brun dam was `` safe for decades . '' "
        "`` We checked every metre of the wall , '' said Ana Ruiz ."
    )
    said = "`` We checked every metre of the wall , ''"
    at = body.index(said)
    ruiz = Speaker("Ana Ruiz", body.rindex("Ana Ruiz"), len(body) - 2, "Ana Ruiz", True)
    article = Article(
        id="r",
        text=body,
        published="2031-05-02",
        sentences=(Sentence(0, body.index("`` We"), "2031-05-02", "published"),),
        quotes=(Quote(at, at + len(said), said, "direct", "said", ruiz),),
    )
    brief = build_briefing([article], limits=BriefingLimits.full())
    for fmt in ("text", "md", "html"):
        shown = render_briefing(brief, fmt)  # type: ignore[arg-type]
        assert not any(t in shown for t in ("-LRB-", "-RRB-", "``", "''")), shown
    assert '"We checked every metre of the wall ,"' in render_briefing(brief, "text")
    assert "``" in render_briefing(brief, "json")  # JSON keeps the words its spans index
