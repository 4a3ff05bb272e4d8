"""Stories: incremental clustering of articles with stable ids (see `StoryAssigner`)."""

from storyline.corpus.stories.assign import StoryAssigner, plausible_date
from storyline.corpus.stories.index import CentroidIndex, UsearchCentroidIndex
from storyline.corpus.stories.records import Assignment, Membership, MergeRecord, StoryState
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
