"""The dataclasses built for every message (`Parse`, `Item`, `Found`, `Place`, `Romanized`) are
built by their own `__init__` (written out so that mypyc compiles it, as `Understood`'s is), which
takes exactly their fields, in order, with their defaults, and keeps a frozen one frozen."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from app.bot.understanding.dates import Found
from app.bot.understanding.places import Place
from app.bot.understanding.reading import Item, Parse
from app.bot.understanding.transliteration import Romanized

# Each class, its module's file, and the fewest arguments that build one.
BUILT: dict[type[Any], tuple[str, tuple[object, ...]]] = {
    Parse: ("reading.py", ([], "delhi se agra", False)),
    Item: ("reading.py", ("word", "agra", ("agra",), 0, 4)),
    Found: ("dates.py", (0, 3, dt.date(2026, 12, 6))),
    Place: ("places.py", (("AGC",), "name", "agra")),
    Romanized: ("transliteration.py", ("agra", "आगरा", (0, 1, 2, 3), (1, 2, 3, 4), True)),
}
FROZEN = (Found, Place, Romanized)


def _init(cls: type[Any]) -> ast.FunctionDef:
    """`cls.__init__` as written: compiled, it has no signature to inspect."""
    source = Path(str(resources.files("app.bot.understanding") / BUILT[cls][0]))
    tree = ast.parse(source.read_text(encoding="utf-8"))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    return next(n for n in body.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")


def _blank(cls: type[Any]) -> Any:
    return cls(*BUILT[cls][1])


@pytest.mark.parametrize("cls", BUILT, ids=lambda cls: cls.__name__)
def test_init_takes_every_field_in_order(cls: type[Any]) -> None:
    parameters = [arg.arg for arg in _init(cls).args.args[1:]]
    assert parameters == [field.name for field in dataclasses.fields(cls) if field.init]


@pytest.mark.parametrize("cls", BUILT, ids=lambda cls: cls.__name__)
def test_the_arguments_given_are_kept(cls: type[Any]) -> None:
    given = BUILT[cls][1]
    built = _blank(cls)
    for field, value in zip(dataclasses.fields(cls), given, strict=False):
        assert getattr(built, field.name) is value, field.name


@pytest.mark.parametrize("cls", BUILT, ids=lambda cls: cls.__name__)
def test_a_field_not_given_is_its_default(cls: type[Any]) -> None:
    blank = _blank(cls)
    for field in dataclasses.fields(cls)[len(BUILT[cls][1]) :]:
        made = field.default_factory  # a mutable default, made afresh
        expected = made() if made is not dataclasses.MISSING else field.default
        assert getattr(blank, field.name) == expected, field.name
        if made is not dataclasses.MISSING:
            assert getattr(blank, field.name) is not getattr(_blank(cls), field.name)


def test_a_parse_works_out_its_places_afresh() -> None:
    place = Item("place", "AGC", ("agra",), 0, 4, Place(("AGC",), "name", "agra"), "to")
    parse = Parse([Item("word", "se", ("se",), 5, 7), place], "agra se", False)
    assert parse.task_found is None and parse.places_found is None
    assert parse.places == [place]
    again = dataclasses.replace(parse, items=[place, place])
    assert again.places_found is None and again.places == [place, place]


@pytest.mark.parametrize("cls", FROZEN, ids=lambda cls: cls.__name__)
def test_it_stays_frozen_and_replace_keeps_the_rest(cls: type[Any]) -> None:
    built = _blank(cls)
    first = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, first, getattr(built, first))
    last = dataclasses.fields(cls)[-1].name
    again = dataclasses.replace(built, **{last: getattr(built, last)})
    assert again == built and again is not built


def test_equal_fields_are_equal_values() -> None:
    assert Found(0, 3, 5, "kal") == Found(0, 3, 5, "kal") != Found(0, 3, 5)
    assert Item("word", "agra", ("agra",), 0, 4) == Item("word", "agra", ("agra",), 0, 4)
