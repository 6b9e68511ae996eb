"""Entry point for `python -m reader_app`."""

import sys

from reader_app.cli import main

sys.exit(main())
