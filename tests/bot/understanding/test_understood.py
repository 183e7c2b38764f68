"""An `Understood` is built by its own `__init__` (written out so that mypyc compiles it), which
takes exactly its fields, in order, with their defaults, and keeps it frozen."""

from __future__ import annotations

import ast
import dataclasses
from importlib import resources
from pathlib import Path

import pytest

from app.bot.requests import Fare, Unknown
from app.bot.understanding.understood import Understood

# Compiled, `__init__` has no signature to inspect: its source is read instead.
SOURCE = Path(str(resources.files("app.bot.understanding") / "understood.py"))


def _init() -> ast.FunctionDef:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Understood")
    return next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")


def test_init_takes_every_field_in_order() -> None:
    parameters = [arg.arg for arg in _init().args.args[1:]]
    assert parameters == [field.name for field in dataclasses.fields(Understood)]


def test_a_field_not_given_is_its_default() -> None:
    blank = Understood(Unknown())
    for field in dataclasses.fields(Understood)[1:]:
        made = field.default_factory  # a mutable default, made afresh
        expected = made() if made is not dataclasses.MISSING else field.default
        assert getattr(blank, field.name) == expected, field.name
    assert blank.details is not Understood(Unknown()).details


def test_it_stays_frozen_and_replace_keeps_the_rest() -> None:
    understood = Understood(Fare(), refers=True, details={"class": "SL"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        understood.refers = False  # type: ignore[misc]
    again = dataclasses.replace(understood, plural=True)
    assert again.refers and again.plural and again.details == {"class": "SL"}
