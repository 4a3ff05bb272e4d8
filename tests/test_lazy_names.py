"""The lazy public names of storyline.ingest and storyline.corpus.stories (lazy_names.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from storyline.lazy_names import lazy_name


def test_a_name_is_imported_from_its_module_and_kept_on_the_package() -> None:
    import storyline.corpus.stories as stories
    from storyline.corpus.stories.scoring import StoryConfig

    value = lazy_name("storyline.corpus.stories", {"StoryConfig": "scoring"}, "StoryConfig")
    assert value is StoryConfig
    assert vars(stories)["StoryConfig"] is StoryConfig


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    import storyline.ingest as ingest

    with pytest.raises(AttributeError, match=r"storyline\.ingest.*no_such_name"):
        ingest.no_such_name  # noqa: B018


def test_the_package_does_not_import_a_module_before_its_name_is_asked_for() -> None:
    code = (
        "import sys, storyline.ingest as i\n"
        "before = 'storyline.ingest.fetch' in sys.modules\n"
        "i.fetch_url\n"
        "print(before, 'storyline.ingest.fetch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
