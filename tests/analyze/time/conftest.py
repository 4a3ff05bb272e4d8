"""The POS tagger the tense tests read with (loaded once per session)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyze.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp(("tok2vec", "tagger"))
