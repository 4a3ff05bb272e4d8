"""The headlines, highlights and links a page prints before its wire dateline are neither
developments nor anyone's quotes (corpus/briefing/headlines.py). Texts written for these
tests."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.headlines import body_only, body_start
from storyline.model import Article, Quote, Sentence, Speaker

_PAGE = (
    "Ana Ruiz says the council and the port are `` one and the same '' "
    "Dockers chant `` Go home !\n"
    "during the mayor 's speech Brun , Velmar -LRB- VNN -RRB- -- The Brun council voted on "
    "Tuesday to close the port of Orla for a week .\n"
    "`` The port is closed until the strike ends , '' said Ivo Dell , the mayor of Brun .\n"
    "Dockers marched through Orla on Tuesday evening ."
)


def test_the_body_opens_at_the_dateline() -> None:
    art = Article(id="h", text=_PAGE)
    assert _PAGE[body_start(art) :].startswith("Brun , Velmar -LRB- VNN")
    assert body_start(Article(id="n", text="ORLA -LRB- VNN -RRB- - Police said .")) == 0
    later = "The council met. " * 100 + "It cited Velm Radio -LRB- VR -RRB- - Ana Ruiz said ."
    assert body_start(Article(id="l", text=later)) == 0  # a source named far in, no dateline


def test_a_body_named_in_brackets_inside_a_sentence_is_no_dateline() -> None:
    claimed = (
        "Rebels seized the town of Tarsk on Monday , officials said . The attack was claimed "
        "by the Velmar Liberation Army -LRB- VLA -RRB- -- A group formed in 1990 -- which "
        "denies it ."
    )
    assert body_start(Article(id="c", text=claimed)) == 0
    bank = "The buyer was Vesta Bank -LRB- VSB.L -RRB- -- Britain 's fourth-largest lender ."
    assert body_start(Article(id="b", text=bank)) == 0


def test_a_sentence_run_from_the_headlines_into_the_body_opens_at_its_first_word() -> None:
    cut = _PAGE.index("\n")
    art = Article(id="h", text=_PAGE, sentences=(Sentence(0, cut), Sentence(cut + 1, 200)))
    kept = body_only(art).sentences
    assert len(kept) == 1 and _PAGE[kept[0].start :].startswith("The Brun council voted")


def test_a_brief_shows_no_headline_as_a_development_nor_a_quote() -> None:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    art = pipeline.run(Article(id="h1", text=_PAGE, published="2031-05-04", outlet="x.example"))
    b = build_briefing([art], limits=BriefingLimits.full())
    shown = [c.text for d in b.latest for c in d.sentences]
    quoted = [c.text for g in b.quotes for c in g.quotes]
    assert not any("chant" in t or "one and the same" in t for t in shown + quoted)
    assert any("The Brun council voted" in t for t in shown)


def test_a_quote_holding_a_links_label_is_not_listed() -> None:
    glued = "I am not leaving Velm Official : Ruiz to hand power to the deputy mayor of Brun"
    clean = "The port of Brun stays open to every grain ship of Orla"
    text = f"Ana Ruiz said {glued}. Ana Ruiz said {clean}."
    quotes = []
    for words in (glued, clean):
        at = text.index(words)
        name_at = text.rindex("Ana Ruiz", 0, at)
        speaker = Speaker("Ana Ruiz", name_at, name_at + 8, "Ana Ruiz", True)
        quotes.append(Quote(at, at + len(words), words, "indirect", "said", speaker))
    art = Article(
        id="g1",
        text=text,
        published="2031-05-04",
        sentences=(Sentence(0, text.index(". A") + 1), Sentence(text.index(". A") + 2, len(text))),
        quotes=tuple(quotes),
    )
    b = build_briefing([art], limits=BriefingLimits.full())
    quoted = [c.text for g in b.quotes for c in g.quotes]
    assert quoted and not any("Official" in t for t in quoted)


def test_whom_the_words_were_told_to_is_not_their_speaker() -> None:
    words = '"The Brun docks are quiet tonight and the ships wait," one docker told Velm Radio.'
    text = words + " Ana Ruiz said the port of Brun stays open to every grain ship."
    told = text.index("Velm Radio")
    quotes = (
        Quote(
            0,
            text.index(" one docker"),
            words[: words.index(" one")],
            "direct",
            "told",
            Speaker("Velm Radio", told, told + 10, "Velm Radio", True),
        ),
        Quote(
            text.index("the port"),
            len(text) - 1,
            "the port of Brun stays open to every grain ship",
            "indirect",
            "said",
            Speaker("Ana Ruiz", text.index("Ana"), text.index("Ana") + 8, "Ana Ruiz", True),
        ),
    )
    art = Article(
        id="t1",
        text=text,
        published="2031-05-04",
        sentences=(Sentence(0, len(words)), Sentence(len(words) + 1, len(text))),
        quotes=quotes,
    )
    b = build_briefing([art], limits=BriefingLimits.full())
    assert [g.speaker for g in b.quotes] == ["Ana Ruiz"]
