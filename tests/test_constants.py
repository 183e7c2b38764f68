"""Every Redis key prefix is declared for what it holds: about one person (so that "forget me"
deletes it), the queue's bookkeeping named after a person, or about no one."""

from __future__ import annotations

import app.constants as constants
from app.constants import PERSONAL_KEY_PREFIXES, QUEUE_PERSON_KEY_PREFIXES, SHARED_KEY_PREFIXES


def key_prefixes() -> dict[str, str]:
    """Every `*_PREFIX` constant: name → prefix."""
    return {
        name: value
        for name, value in vars(constants).items()
        if name.endswith("_PREFIX") and isinstance(value, str)
    }


def test_every_key_prefix_says_whether_it_holds_data_about_a_person() -> None:
    declared = [*PERSONAL_KEY_PREFIXES, *QUEUE_PERSON_KEY_PREFIXES, *SHARED_KEY_PREFIXES]
    undeclared = {name for name, prefix in key_prefixes().items() if prefix not in declared}
    assert undeclared == set(), (
        f"{sorted(undeclared)}: add each to PERSONAL_KEY_PREFIXES if its keys hold data about "
        "one person (forget me deletes them), else to SHARED_KEY_PREFIXES"
    )
    assert len(declared) == len(set(declared)), "a prefix is declared twice"


def test_the_per_person_prefixes_are_all_personal() -> None:
    """Prefixes named for a person's things are never declared as shared."""
    personal = {
        name
        for name, prefix in key_prefixes().items()
        if any(word in name for word in ("USER", "LAST_SEEN", "UNREACHABLE", "STATE", "LANGUAGE"))
    }
    assert personal, "no per-person prefix found: has app/constants.py changed its names?"
    shared = {name for name in personal if key_prefixes()[name] in SHARED_KEY_PREFIXES}
    assert shared == set()
    for name in ("STATE_PREFIX", "LAST_SEEN_PREFIX", "UNREACHABLE_PREFIX", "RATE_PREFIX"):
        assert key_prefixes()[name] in PERSONAL_KEY_PREFIXES, name


def test_personal_prefixes_never_overlap_a_shared_one() -> None:
    """No personal key can be mistaken for a shared one (or the other way round)."""
    for personal in (*PERSONAL_KEY_PREFIXES, *QUEUE_PERSON_KEY_PREFIXES):
        for shared in SHARED_KEY_PREFIXES:
            assert not personal.startswith(shared) and not shared.startswith(personal)
