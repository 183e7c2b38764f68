"""A compiled group of modules loads compiled only while every module is its source: else all of
it loads from the sources (one warning), and RAILBOT_PURE_PYTHON=1 asks for that outright.

The packages here are made in a temporary directory with stand-ins for compiled files (bytes no
Python could load): a module found as its `.py` proves the guard kept the `.so` away. One test
in tests/tools/test_compile.py compiles a package for real."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import compiled
from app.bot import understanding
from app.commands import announce_understanding
from app.compiled import MANIFEST_NAME, PURE_ENV, guard, manifest_text, python_tag
from app.observability import REGISTRY

SO = importlib.machinery.EXTENSION_SUFFIXES[0]
GUARDED_INIT = (
    "from pathlib import Path\n"
    "from app.compiled import guard\n"
    "NATIVE = guard(__name__, Path(__file__).parent)\n"
)


@pytest.fixture
def isolated_imports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Finders and modules as they were after the test; the temporary directory importable."""
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.delenv(PURE_ENV, raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        del sys.modules[name]


def make_package(root: Path, name: str, *, compiled_files: bool = True) -> Path:
    """A package of two modules (`fares` calls `rules`) with stand-in compiled files and a
    manifest that matches its sources."""
    directory = root / name
    directory.mkdir()
    (directory / "__init__.py").write_text(GUARDED_INIT)
    (directory / "rules.py").write_text("def double(n: int) -> int:\n    return n * 2\n")
    (directory / "fares.py").write_text(
        f"from {name}.rules import double\n\ndef fare(n: int) -> int:\n    return double(n) + 1\n"
    )
    if compiled_files:
        for module in ("rules", "fares", "native__mypyc"):
            (directory / f"{module}{SO}").write_bytes(b"not a shared library")
        (directory / MANIFEST_NAME).write_text(manifest_text(directory, ["fares", "rules"]))
    return directory


def finders(package: str) -> int:
    """How many finders load `package`'s modules from their sources."""
    return sum(isinstance(f, compiled.PureSources) and f.package == package for f in sys.meta_path)


def test_a_group_whose_sources_match_its_manifest_loads_compiled(isolated_imports: Path) -> None:
    directory = make_package(isolated_imports, "fresh_pkg")

    native = guard("fresh_pkg", directory)

    assert native.compiled
    assert native.reason == "compiled (2 modules)"
    assert finders("fresh_pkg") == 0


def test_a_changed_source_makes_the_whole_group_load_from_sources_with_one_warning(
    isolated_imports: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory = make_package(isolated_imports, "edited_pkg")
    (directory / "rules.py").write_text("def double(n: int) -> int:\n    return n * 3\n")

    with caplog.at_level(logging.WARNING, logger="app.compiled"):
        package = importlib.import_module("edited_pkg")
        fares = importlib.import_module("edited_pkg.fares")

    assert not package.NATIVE.compiled
    assert package.NATIVE.reason == "pure Python: rules.py changed since it was compiled"
    # the unchanged module too: compiled code would call the compiled rules natively
    assert fares.__file__ == str(directory / "fares.py")
    assert sys.modules["edited_pkg.rules"].__file__ == str(directory / "rules.py")
    assert fares.fare(2) == 7
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "edited_pkg loads as pure Python" in warnings[0].getMessage()


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda d: (d / MANIFEST_NAME).unlink(), f"no readable {MANIFEST_NAME}"),
        (lambda d: (d / MANIFEST_NAME).write_text("{not json"), f"no readable {MANIFEST_NAME}"),
        (
            lambda d: (d / MANIFEST_NAME).write_text(
                json.dumps({"python": ".cpython-39-x86_64-linux-gnu.so", "modules": {}})
            ),
            f"compiled for .cpython-39-x86_64-linux-gnu.so, not {python_tag()}",
        ),
        (
            lambda d: (d / f"rules{SO}").unlink(),
            f"the compiled files are not those {MANIFEST_NAME} lists",
        ),
        (
            lambda d: (d / f"extra{SO}").write_bytes(b"stray"),
            f"the compiled files are not those {MANIFEST_NAME} lists",
        ),
        (lambda d: (d / "rules.py").unlink(), "rules.py changed since it was compiled"),
    ],
    ids=["no manifest", "unreadable", "other python", "one missing", "one extra", "no source"],
)
def test_a_manifest_that_does_not_vouch_for_the_compiled_files_means_pure_python(
    isolated_imports: Path, spoil: object, reason: str
) -> None:
    directory = make_package(isolated_imports, "spoilt_pkg")
    assert callable(spoil)
    spoil(directory)

    native = guard("spoilt_pkg", directory)

    assert not native.compiled
    assert native.reason == f"pure Python: {reason}"
    if (directory / "fares.py").exists() and (directory / "rules.py").exists():
        assert importlib.import_module("spoilt_pkg.fares").fare(1) == 3


def test_railbot_pure_python_loads_a_fresh_group_from_its_sources(
    isolated_imports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = make_package(isolated_imports, "forced_pkg")
    monkeypatch.setenv(PURE_ENV, "1")

    package = importlib.import_module("forced_pkg")
    fares = importlib.import_module("forced_pkg.fares")

    assert package.NATIVE.reason == f"pure Python: {PURE_ENV}=1"
    assert fares.__file__ == str(directory / "fares.py")


def test_railbot_pure_python_0_leaves_a_fresh_group_compiled(
    isolated_imports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = make_package(isolated_imports, "unforced_pkg")
    monkeypatch.setenv(PURE_ENV, "0")

    assert guard("unforced_pkg", directory).compiled


def test_a_package_never_compiled_is_said_so_and_loads_as_usual(isolated_imports: Path) -> None:
    directory = make_package(isolated_imports, "plain_pkg", compiled_files=False)

    package = importlib.import_module("plain_pkg")

    assert package.NATIVE.reason == "not compiled (pure Python)"
    assert finders("plain_pkg") == 0
    assert importlib.import_module("plain_pkg.fares").__file__ == str(directory / "fares.py")


def test_the_guard_twice_installs_one_finder(isolated_imports: Path) -> None:
    directory = make_package(isolated_imports, "twice_pkg")
    (directory / MANIFEST_NAME).unlink()

    guard("twice_pkg", directory)
    guard("twice_pkg", directory)

    assert finders("twice_pkg") == 1


def test_the_service_says_at_start_whether_understanding_runs_compiled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="app.commands"):
        native = announce_understanding()

    assert native is understanding.NATIVE
    assert f"language understanding: {native.reason}" in caplog.messages
    gauge = REGISTRY.get_sample_value("railbot_understanding_compiled")
    assert gauge == (1.0 if native.compiled else 0.0)
    intents = sys.modules["app.bot.understanding.intents"].__file__ or ""
    assert intents.endswith(SO) == native.compiled
