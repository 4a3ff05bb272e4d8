"""storyline: turn a stream of news articles into sourced, dated, cross-checked stories.

The public API is small: the `Storyline` engine, the records it returns, and
the errors it raises. Everything else is reachable through submodules.
"""

from typing import TYPE_CHECKING, Any

from storyline.errors import InputError, StageContractError, StorageError, StorylineError
from storyline.model import (
    Article,
    Claim,
    DateEstimate,
    Entity,
    EntityMention,
    Flag,
    Quote,
    Sentence,
    Span,
    Speaker,
    Story,
    TimelineEntry,
    Timex,
)

if TYPE_CHECKING:
    from storyline.engine import IngestReport, Storyline

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import the engine on first use: `storyline analyze` need not load ingest or storage."""
    if name in ("Storyline", "IngestReport"):
        from storyline import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")


__all__ = [
    "Article",
    "Claim",
    "DateEstimate",
    "Entity",
    "EntityMention",
    "Flag",
    "IngestReport",
    "InputError",
    "Quote",
    "Sentence",
    "Span",
    "Speaker",
    "StageContractError",
    "StorageError",
    "Story",
    "Storyline",
    "StorylineError",
    "TimelineEntry",
    "Timex",
    "__version__",
]
