"""Plain-text reading shared by ingest and the corpus: below both, importing neither."""
