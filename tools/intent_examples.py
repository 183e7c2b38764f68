"""`python tools/intent_examples.py`: write the intent classifier's examples from the labelled
development sets (run it after changing tests/fixtures/nlu/eval.jsonl, language.jsonl or
outside.jsonl; the held-out set is never used)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.bot.understanding.classifier import EXAMPLES, examples_from  # noqa: E402

SETS = ("eval.jsonl", "language.jsonl", "outside.jsonl")
DEVELOPMENT = [ROOT / "tests" / "fixtures" / "nlu" / name for name in SETS]


def main() -> int:
    lines = examples_from(DEVELOPMENT)
    EXAMPLES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} examples to {EXAMPLES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
