"""Stories: incremental clustering of articles with stable ids (see `StoryAssigner`).

The names below are imported on first use, not with the package: a module of
the package that needs none of them (the lexical evidence an ingest's workers
compute beside the analysis, lexical.py) is imported without the assigner, its
ANN index library and the repositories (about 50 MB in each worker process).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.lazy_names import lazy_name

if TYPE_CHECKING:
    from storyline.corpus.stories.assign import StoryAssigner, plausible_date
    from storyline.corpus.stories.index import CentroidIndex, UsearchCentroidIndex
    from storyline.corpus.stories.records import (
        Assignment,
        Membership,
        MergeRecord,
        StoryState,
    )
    from storyline.corpus.stories.repository import InMemoryStoryRepository, StoryRepository
    from storyline.corpus.stories.scoring import StoryConfig

__all__ = [
    "Assignment",
    "CentroidIndex",
    "InMemoryStoryRepository",
    "Membership",
    "MergeRecord",
    "StoryAssigner",
    "StoryConfig",
    "StoryRepository",
    "StoryState",
    "UsearchCentroidIndex",
    "plausible_date",
]

_MODULE_OF = {
    "Assignment": "records",
    "CentroidIndex": "index",
    "InMemoryStoryRepository": "repository",
    "Membership": "records",
    "MergeRecord": "records",
    "StoryAssigner": "assign",
    "StoryConfig": "scoring",
    "StoryRepository": "repository",
    "StoryState": "records",
    "UsearchCentroidIndex": "index",
    "plausible_date": "assign",
}


def __getattr__(name: str) -> object:
    """A public name, imported from its module on first use (storyline.lazy_names)."""
    return lazy_name(__name__, _MODULE_OF, name)
