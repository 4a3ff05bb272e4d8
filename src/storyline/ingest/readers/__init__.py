"""One reader per format; each yields Articles or InputErrors and never raises for bad input."""
