"""The layers point one way: the corpus, the page queries, the API and the web pages
reach storage only through the store's protocols, so a new backend is a store package
and nothing above it changes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"
PROTOCOL_MODULES = {"storyline.store", "storyline.store.base", "storyline.store.locations"}


def store_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n == "storyline.store" or n.startswith("storyline.store.")}


def test_the_check_sees_a_backend_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from storyline.store.sqlite import SQLiteStore\nimport storyline.store.base\n"
    )
    assert store_imports(module) == {"storyline.store.sqlite", "storyline.store.base"}


@pytest.mark.parametrize("layer", ["corpus", "query", "api", "web"])
def test_layer_imports_no_backend(layer: str) -> None:
    found = {
        str(path.relative_to(SRC)): sorted(store_imports(path) - PROTOCOL_MODULES)
        for path in sorted((SRC / layer).rglob("*.py"))
    }
    assert {path: mods for path, mods in found.items() if mods} == {}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize(
    ("layer", "above"), [("ingest", "storyline.corpus"), ("text", "storyline")]
)
def test_lower_layers_import_nothing_above(layer: str, above: str) -> None:
    """Ingest reads no corpus module (what both need sits in storyline.text), and
    storyline.text reads no other storyline package."""
    found = {
        str(path.relative_to(SRC)): sorted(
            n for n in _imports(path) if n.startswith(above) and not n.startswith("storyline.text")
        )
        for path in sorted((SRC / layer).rglob("*.py"))
    }
    assert {path: mods for path, mods in found.items() if mods} == {}
