"""usearch's `Index`, imported only after the process's C++ runtime has set up its locale.

Why: the usearch wheel links its own copy of libstdc++ (GCC 14) statically and exports
that copy's locale facet ids (`std::numpunct<char>::id` and ~80 more, with their
initialisation guards) as GNU unique symbols. The dynamic loader binds unique symbols
across the whole process, whatever RTLD_LOCAL says, so usearch's copy and the system
libstdc++ (GCC 12 here, loaded by numpy) share those ids. Whichever copy builds its
classic locale first numbers them: when usearch's copy does (it does so as it loads), the
numbers run past the system libstdc++'s own facet table, and the first library that then
builds a locale through the system libstdc++ crashes: onnxruntime's module init
segfaulted (SIGSEGV in libstdc++ under `PyInit_onnxruntime_pybind11_state`) whenever a
story index file was read before the embedder was built, i.e. every CLI ingest into a
database that already had stories. `import usearch.compiled; import onnxruntime` alone
reproduces it; asking the system libstdc++ for its classic locale first prevents it. The
crash had stayed hidden while datasketch imported scipy (whose C++ modules build the
system locale) at the start of every ingest.
"""

from __future__ import annotations

import ctypes
from typing import Any

_ready = False


def _build_system_locale() -> None:
    """Have the process's libstdc++ build its classic locale (numbering the facet ids) now.

    Where there is no libstdc++ to find (another platform's C++ runtime), there is nothing
    for usearch's copy to clash with, and nothing is done."""
    global _ready
    if _ready:
        return
    try:
        libstdcxx = ctypes.CDLL("libstdc++.so.6")
        libstdcxx._ZNSt6locale7classicEv()  # std::locale::classic()
    except (OSError, AttributeError):
        pass
    _ready = True


def usearch_index_class() -> Any:
    """`usearch.index.Index`, safe for every C++ library loaded after it (see the module)."""
    _build_system_locale()
    from usearch.index import Index

    return Index
