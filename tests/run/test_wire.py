"""Results packed for the way back from a worker (run/wire.py): frozen dataclasses pickled
as their class and field values, rebuilt equal; anything else as pickle does it."""

from __future__ import annotations

import pickle
import pickletools
from dataclasses import dataclass, field

from storyline.model import Article, EntityMention, Quote, Sentence, Speaker
from storyline.run.wire import pack, unpack

TEXT = 'Marisol Quenby said the Velmar Falls bridge would reopen. "We are ready," she said.'


def _article() -> Article:
    speaker = Speaker("Marisol Quenby", 0, 14, "Marisol Quenby", True, "named", None)
    return Article(
        id="t:velmar",
        text=TEXT,
        title="Velmar Falls bridge",
        published="2031-04-02",
        content_hash="c0ffee",
        sentences=(Sentence(0, 58, "2031-04-02", "published"), Sentence(59, 84)),
        entities=(EntityMention(0, 14, "Marisol Quenby", "PERSON", "Marisol Quenby"),),
        quotes=(Quote(59, 74, '"We are ready,"', "direct", "said", speaker),),
        embedding=(0.25, -0.5, 0.125, 0.0),
        annotated=frozenset({"sentences", "entities", "quotes"}),
    )


def _opcodes(packed: bytes) -> set[str]:
    return {op.name for op, _arg, _pos in pickletools.genops(packed)}


def test_an_analysed_article_comes_back_equal() -> None:
    article = _article()
    back = unpack(pack(article))
    assert back == article
    assert back.quotes[0].speaker == article.quotes[0].speaker
    assert back.annotated == article.annotated


def test_frozen_dataclasses_are_rebuilt_by_their_class_not_by_setting_state() -> None:
    # default pickling sets each object's state after making it (BUILD), which for a frozen
    # slotted dataclass walks its fields in Python: packed, each is a call of its class
    assert "BUILD" in _opcodes(pickle.dumps(_article(), protocol=pickle.HIGHEST_PROTOCOL))
    assert "BUILD" not in _opcodes(pack(_article()))


@dataclass(frozen=True)
class _Checked:
    count: int
    doubled: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "doubled", self.count * 2)


@dataclass
class _Plain:
    name: str


def test_a_class_with_post_init_or_mutable_fields_is_pickled_as_pickle_does() -> None:
    checked, plain = _Checked(3), _Plain("Dorvanian Health Ministry")
    assert unpack(pack(checked)) == checked
    assert unpack(pack(plain)) == plain
    assert "BUILD" in _opcodes(pack(checked))  # not rebuilt through __init__


def test_an_exception_comes_back_as_itself() -> None:
    back = unpack(pack(ValueError("no text in the Velmar Falls item")))
    assert isinstance(back, ValueError)
    assert str(back) == "no text in the Velmar Falls item"


def test_a_result_that_cannot_be_pickled_comes_back_as_its_failure() -> None:
    back = unpack(pack({"article": _article(), "hook": lambda: None}))
    assert isinstance(back, RuntimeError)
    assert "could not be sent back" in str(back)
