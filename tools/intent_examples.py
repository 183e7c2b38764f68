"""`python tools/intent_examples.py`: write the intent classifier's examples from the labelled
development sets (run it after changing tests/fixtures/nlu/eval.jsonl, language.jsonl or
outside.jsonl; a message also in a held-out set, holdout*.jsonl, is left out)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.bot.understanding.classifier import EXAMPLES, examples_from  # noqa: E402

SETS = ("eval.jsonl", "language.jsonl", "outside.jsonl")
FIXTURES = ROOT / "tests" / "fixtures" / "nlu"
DEVELOPMENT = [FIXTURES / name for name in SETS]
HELD_OUT = sorted(FIXTURES.glob("holdout*.jsonl"))


def main() -> int:
    lines = examples_from(DEVELOPMENT, HELD_OUT)
    EXAMPLES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} examples to {EXAMPLES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
