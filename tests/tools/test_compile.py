"""`tools/compile.py` compiles a package's modules in place with a manifest of their sources;
the compiled modules are used while they match them and the sources once one is edited; a
machine that cannot compile is told that RailBot runs as pure Python, and `make install` goes on."""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools.compile import PURE_LINE, why_not

ROOT = Path(__file__).resolve().parent.parent.parent
SO = importlib.machinery.EXTENSION_SUFFIXES[0]
GUARDED_INIT = (
    "from pathlib import Path\n"
    "from app.compiled import guard\n"
    "NATIVE = guard(__name__, Path(__file__).parent)\n"
)
RULES = "def double(n: int) -> int:\n    return n * {factor}\n"
FARES = "from tinypkg.rules import double\n\n\ndef fare(n: int) -> int:\n    return double(n) + 1\n"


def make_package(root: Path) -> Path:
    directory = root / "tinypkg"
    directory.mkdir()
    (directory / "__init__.py").write_text(GUARDED_INIT)
    (directory / "rules.py").write_text(RULES.format(factor=2))
    (directory / "fares.py").write_text(FARES)
    return directory


def compile_tool(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "tools" / "compile.py"), "--root", str(root)]
    return subprocess.run(
        [*command, "--package", "tinypkg", *args],
        capture_output=True,
        text=True,
        timeout=600,
        # mypyc type-checks the package, whose __init__ imports app.compiled from this checkout
        env={**os.environ, "MYPYPATH": str(ROOT), **env},
        check=False,
    )


def fare_of_two(root: Path) -> tuple[str, str, str]:
    """Where tinypkg.fares was loaded from, the fare it computes for 2, and what was logged."""
    code = "import tinypkg.fares as f; print(f.__file__); print(f.fare(2))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(ROOT)])}
    env.pop("RAILBOT_PURE_PYTHON", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    where, fare = done.stdout.split()
    return where, fare, done.stderr


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(
    why_not(ROOT) is not None, reason=f"this machine cannot compile with mypyc: {why_not(ROOT)}"
)
def test_a_compiled_module_is_used_while_fresh_and_its_source_once_edited(tmp_path: Path) -> None:
    directory = make_package(tmp_path)

    first = compile_tool(tmp_path, "--jobs", "2")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "tinypkg: compiled in" in first.stdout
    assert fare_of_two(tmp_path)[:2] == (str(directory / f"fares{SO}"), "5")

    again = compile_tool(tmp_path)
    assert again.stdout.startswith("tinypkg: compiled modules up to date")

    (directory / "rules.py").write_text(RULES.format(factor=3))
    where, fare, logged = fare_of_two(tmp_path)
    # fares.py is unchanged, yet it too is read from its source: the group is pure as a whole
    assert (where, fare) == (str(directory / "fares.py"), "7")
    assert "rules.py changed since it was compiled" in logged

    recompiled = compile_tool(tmp_path, "--jobs", "2")
    assert "tinypkg: compiled in" in recompiled.stdout, recompiled.stdout + recompiled.stderr
    assert fare_of_two(tmp_path)[:2] == (str(directory / f"fares{SO}"), "7")


def test_without_a_c_compiler_install_goes_on_and_says_it_runs_as_pure_python(
    tmp_path: Path,
) -> None:
    directory = make_package(tmp_path)
    (directory / f"rules{SO}").write_bytes(b"left over from an older compile")

    soft = compile_tool(tmp_path, "--soft", CC="no-such-compiler")
    hard = compile_tool(tmp_path, CC="no-such-compiler")

    assert soft.returncode == 0
    assert soft.stdout.splitlines()[-1] == PURE_LINE + "no C compiler (no-such-compiler) on PATH"
    assert hard.returncode == 1
    assert PURE_LINE in hard.stderr
    assert not list(directory.glob(f"*{SO}"))
    assert fare_of_two(tmp_path)[:2] == (str(directory / "fares.py"), "5")


def test_clean_removes_the_compiled_files_and_check_says_they_are_missing(tmp_path: Path) -> None:
    directory = make_package(tmp_path)
    (directory / f"rules{SO}").write_bytes(b"compiled")

    cleaned = compile_tool(tmp_path, "--clean")
    checked = compile_tool(tmp_path, "--check")

    assert cleaned.returncode == 0
    assert not list(directory.glob(f"*{SO}"))
    assert checked.returncode == 1
    assert "tinypkg: not compiled" in checked.stdout
