"""The bundle's entry point: the same `main` as the installed `reader-app` command."""

import sys

from reader_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
