"""The lock files pin every dependency with hashes, agree with pyproject.toml and with each
other, and a dependency added to pyproject.toml without `make lock` is reported, not installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tools.lock import DEV_LOCK, RUNTIME_LOCK, normalise, pins, stale_locks

ROOT = Path(__file__).resolve().parent.parent.parent


def test_both_lock_files_were_made_from_pyproject_as_it_is() -> None:
    assert stale_locks() == []


@pytest.mark.parametrize("lock", [DEV_LOCK, RUNTIME_LOCK], ids=lambda p: p.name)
def test_every_pinned_distribution_has_its_file_hashes(lock: Path) -> None:
    pinned = pins(lock)
    assert pinned
    for name, pin in pinned.items():
        assert pin.hashes, name
        assert all(h.startswith("sha256:") and len(h) == 71 for h in pin.hashes), name


def test_the_image_gets_the_same_versions_as_the_developers() -> None:
    dev, runtime = pins(DEV_LOCK), pins(RUNTIME_LOCK)
    assert {name: dev[name].version for name in runtime} == {
        name: pin.version for name, pin in runtime.items()
    }


def test_the_runtime_lock_holds_no_test_or_lint_tools() -> None:
    runtime = pins(RUNTIME_LOCK)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    for requirement in pyproject["project"]["optional-dependencies"]["dev"]:
        name = normalise(requirement.split(">")[0].split("=")[0].split("[")[0].strip())
        assert name not in runtime or name in {"pyyaml"}, name  # uvicorn[standard] needs PyYAML


def test_the_build_backend_is_locked_too() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    (backend,) = pyproject["build-system"]["requires"]
    name = normalise(backend.split(">")[0])
    assert name in pins(RUNTIME_LOCK) and name in pins(DEV_LOCK)


def test_a_dependency_added_without_a_refresh_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    (copy / "tools").mkdir(parents=True)
    shutil.copy(ROOT / "tools" / "lock.py", copy / "tools" / "lock.py")
    for name in ("requirements.lock", "requirements-dev.lock"):
        shutil.copy(ROOT / name, copy / name)
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '    "tzdata>=2024.1",\n' in pyproject
    added = pyproject.replace(
        '    "tzdata>=2024.1",\n', '    "tzdata>=2024.1",\n    "attrs>=23",\n'
    )
    (copy / "pyproject.toml").write_text(added)

    check = [sys.executable, str(copy / "tools" / "lock.py"), "check"]
    result = subprocess.run(check, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "requirements-dev.lock and requirements.lock do not match pyproject.toml" in (
        result.stderr
    )
    assert "Run `make lock`" in result.stderr

    (copy / "pyproject.toml").write_text(pyproject)
    assert subprocess.run(check, capture_output=True, check=False).returncode == 0


def test_a_change_to_the_dev_tools_only_leaves_the_runtime_lock_current(tmp_path: Path) -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    changed = tmp_path / "pyproject.toml"
    changed.write_text(pyproject.replace('    "ruff>=0.5",\n', '    "ruff>=0.6",\n'))
    assert stale_locks(changed) == [DEV_LOCK.name]
