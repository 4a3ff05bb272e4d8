"""A package's public names imported from their modules when first asked for (PEP 562).

Why: a package that imported all its modules with itself made every import of any one
of them pay for the rest (ingest's readers: trafilatura, feedparser, httpx; the story
assigner's ANN library in each worker). Packages that defer their names share this one
lookup; each keeps its own map of name to module, next to its `TYPE_CHECKING` imports.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping

__all__ = ["lazy_name"]


def lazy_name(package: str, module_of: Mapping[str, str], name: str) -> object:
    """`name` from the module of `package` that `module_of` gives, set on the package so
    the next lookup finds it there. AttributeError for a name the package does not have."""
    module = module_of.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{package}.{module}"), name)
    setattr(sys.modules[package], name, value)
    return value
