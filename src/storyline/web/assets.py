"""Files the pages load that come from other packages: plotly.js and swagger-ui.

Both ship inside pinned PyPI packages (plotly, fastapi-offline), so the browser
fetches them from this server and from nowhere else.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["STATIC_DIR", "TEMPLATES_DIR", "docs_assets_dir", "plotly_dir", "plotly_style_ids"]

STATIC_DIR = Path(__file__).with_name("static")
TEMPLATES_DIR = Path(__file__).with_name("templates")

_STYLE_GUARD = re.compile(
    rb'getElementById\("([0-9a-f]{32,64})"\)\)\{var \w+=document\.createElement\("style"\)'
)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {name} package is not installed (see requirements.lock)")
    return Path(next(iter(spec.submodule_search_locations)))


def plotly_dir() -> Path:
    """The folder holding plotly.min.js (the plotly package's own copy; Python code unused)."""
    return _package_dir("plotly") / "package_data"


def docs_assets_dir() -> Path:
    """swagger-ui's bundle and stylesheet, as shipped by fastapi-offline."""
    return _package_dir("fastapi_offline") / "static"


@lru_cache(maxsize=1)
def plotly_style_ids() -> tuple[str, ...]:
    """Ids of the stylesheets plotly.js writes into the page at load unless one exists.

    Our CSP forbids inline styles, so such a sheet would be refused (a console error)
    and it only styles map traces, which no page draws; the pages carry an empty
    element with each of these ids so plotly.js skips writing them.
    """
    bundle = (plotly_dir() / "plotly.min.js").read_bytes()
    return tuple(sorted({m.decode() for m in _STYLE_GUARD.findall(bundle)}))
