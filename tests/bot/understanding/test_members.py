"""The enum members the rules compare against are bound once in one module, each name the member
itself, so a rule reads the same through `members.FARE` as through `Intent.FARE`."""

from __future__ import annotations

from enum import StrEnum

import pytest

from app.bot.requests.base import Intent
from app.bot.understanding import members
from app.bot.understanding.lexicon import Connector, Hint

ENUMS: list[tuple[type[StrEnum], str]] = [(Intent, ""), (Hint, "HINT_"), (Connector, "CONN_")]


@pytest.mark.parametrize(("enum", "prefix"), ENUMS)
def test_every_member_is_bound_under_its_name_as_itself(enum: type[StrEnum], prefix: str) -> None:
    for member in enum:
        assert getattr(members, prefix + member.name) is member


def test_nothing_else_is_bound() -> None:
    bound = {name for name in vars(members) if name.isupper()}
    expected = {prefix + member.name for enum, prefix in ENUMS for member in enum}
    assert bound == expected
