"""`python -m storyline ...` runs the same command line as the `storyline` script, for an
environment where the console script is not on PATH (a checkout run with PYTHONPATH, a venv
not activated)."""

from storyline.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    main()
