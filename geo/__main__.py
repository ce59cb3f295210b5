"""Command line: ``python -m geo extract|geocode|build ...``."""

from __future__ import annotations

import sys

from geo.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
