"""`python -m bench`: run every benchmark."""

from __future__ import annotations

import sys

from bench import ack

if __name__ == "__main__":
    sys.exit(ack.main())
