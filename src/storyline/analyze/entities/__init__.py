"""Named entities with canonical names and roles (the "entities" stage)."""

from storyline.analyze.entities.aliases import acronym, name_key, normalize_name
from storyline.analyze.entities.canonical import NAMED_LABELS, RawMention, canonicalize
from storyline.analyze.entities.roles import leading_role, split_title, trailing_role
from storyline.analyze.entities.stage import EntityStage, document

__all__ = [
    "NAMED_LABELS",
    "EntityStage",
    "RawMention",
    "acronym",
    "canonicalize",
    "document",
    "leading_role",
    "name_key",
    "normalize_name",
    "split_title",
    "trailing_role",
]
