"""The dependency lock files: make them from pyproject.toml, and tell when they are stale.

    python tools/lock.py refresh [--upgrade]   # `make lock`: re-resolve and rewrite both files
    python tools/lock.py check                  # `make install` runs this first

`requirements-dev.lock` pins the project's dependencies, its `dev` extras and the build backend;
`make install` installs exactly that. `requirements.lock` pins the runtime dependencies and the
build backend only, at the same versions; the Docker image installs exactly that. Both carry a
sha256 hash for every file pip may download, and hold for every platform and every Python the
project supports (uv's universal resolution), so one pair of files serves Linux, macOS and the
image alike.

`refresh` keeps every pinned version that still satisfies pyproject.toml (uv reads the old lock
as its preference) unless `--upgrade` asks for the newest ones. Each file records a fingerprint
of the pyproject.toml sections it was made from; `check` compares it with pyproject.toml as it
is now, so that a dependency added without a refresh is noticed before anything is installed.

Standard library only (Python 3.11+), so that it runs before any virtual environment exists.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
DEV_LOCK = ROOT / "requirements-dev.lock"
RUNTIME_LOCK = ROOT / "requirements.lock"
REFRESH_COMMAND = "make lock"
FINGERPRINT_PREFIX = "# pyproject.toml fingerprint: "
BUILD_INPUT_NOTE = "build-system.requires (pyproject.toml)"


def fingerprint(pyproject: dict[str, Any], extras: tuple[str, ...]) -> str:
    """A digest of what a lock is made from: requires-python, the dependencies, the named extras
    and the build backend's requirements."""
    project = pyproject.get("project", {})
    optional = project.get("optional-dependencies", {})
    inputs = {
        "requires-python": project.get("requires-python"),
        "dependencies": sorted(project.get("dependencies", [])),
        "extras": {name: sorted(optional.get(name, [])) for name in extras},
        "build": sorted(pyproject.get("build-system", {}).get("requires", [])),
    }
    canonical = json.dumps(inputs, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def recorded_fingerprint(lock: Path) -> str | None:
    if not lock.exists():
        return None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(FINGERPRINT_PREFIX):
            return line.removeprefix(FINGERPRINT_PREFIX).strip()
        if not line.startswith("#"):
            break
    return None


LOCKS: dict[Path, tuple[str, ...]] = {DEV_LOCK: ("dev",), RUNTIME_LOCK: ()}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


@dataclass(frozen=True)
class Pin:
    """One locked distribution: its exact version, the environment marker that limits where it
    is installed (None: everywhere) and the hashes pip accepts for its files."""

    version: str
    marker: str | None
    hashes: tuple[str, ...]


def normalise(name: str) -> str:
    """A distribution name as packaging tools compare them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lock: Path) -> dict[str, Pin]:
    """The distributions a lock file pins, by normalised name."""
    found: dict[str, Pin] = {}
    name: str | None = None
    version, marker, hashes = "", None, []
    for line in [*lock.read_text(encoding="utf-8").splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("--hash="):
            hashes.append(stripped.removeprefix("--hash=").rstrip(" \\"))
            continue
        if name is not None:
            found[name] = Pin(version, marker, tuple(hashes))
            name = None
        match = _PIN.match(line)
        if match is not None:
            name, version, marker, hashes = (
                normalise(match.group(1)),
                match.group(2),
                match.group(3),
                [],
            )
    return found


def stale_locks(pyproject_path: Path = PYPROJECT) -> list[str]:
    """The lock files that are missing or were made from other pyproject.toml inputs."""
    pyproject = tomllib.loads(pyproject_path.read_text(encoding="utf-8"))
    return [
        lock.name
        for lock, extras in LOCKS.items()
        if recorded_fingerprint(lock) != fingerprint(pyproject, extras)
    ]


def check() -> int:
    stale = stale_locks()
    if not stale:
        return 0
    print(
        f"error: {' and '.join(stale)} {'does' if len(stale) == 1 else 'do'} not match "
        "pyproject.toml: its dependencies changed since the lock was made.\n"
        f"Run `{REFRESH_COMMAND}` (it keeps every other pinned version), then commit "
        f"{DEV_LOCK.name} and {RUNTIME_LOCK.name} with pyproject.toml.",
        file=sys.stderr,
    )
    return 1


def find_uv() -> str:
    beside = Path(sys.executable).parent / "uv"
    if beside.exists():
        return str(beside)
    found = shutil.which("uv")
    if found is None:
        raise SystemExit("error: uv is needed to refresh the lock: `python -m pip install uv`")
    return found


def compile_lock(
    uv: str,
    output: Path,
    extras: tuple[str, ...],
    build: Path,
    constraint: Path | None,
    upgrade: bool,
) -> None:
    command = [
        uv, "pip", "compile", "pyproject.toml", str(build),
        "--universal", "--generate-hashes", "--quiet",
        "--python-version", "3.11",
        "--custom-compile-command", REFRESH_COMMAND,
        "--output-file", str(output),
    ]  # fmt: skip
    for extra in extras:
        command += ["--extra", extra]
    if constraint is not None:
        command += ["--constraint", str(constraint)]
    if upgrade:
        command.append("--upgrade")
    subprocess.run(command, cwd=ROOT, check=True)


def stamp(lock: Path, digest: str, build: Path) -> None:
    """Put the fingerprint under uv's header, and name the build input as what it is."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    body = [
        line.replace(f"-r {build}", BUILD_INPUT_NOTE).replace(str(build), BUILD_INPUT_NOTE)
        for line in lines[header:]
        if line.strip() != f"#   -c {DEV_LOCK.name}"  # every runtime pin is held to the dev lock
    ]
    text = "\n".join([*lines[:header], FINGERPRINT_PREFIX + digest, *_join_single_via(body)])
    lock.write_text(text + "\n", encoding="utf-8")


def _join_single_via(lines: list[str]) -> list[str]:
    """`# via` followed by a single `#   name` line reads as uv writes it: `# via name`."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.strip() != "# via":
            joined.append(line)
            continue
        names = []
        while index < len(lines) and lines[index].strip().startswith("#   "):
            names.append(lines[index])
            index += 1
        if len(names) == 1:
            joined.append(f"{line.rstrip()} {names[0].strip().removeprefix('#').strip()}")
        else:
            joined += [line, *names]
    return joined


def refresh(upgrade: bool) -> int:
    uv = find_uv()
    pyproject = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    build_requires = pyproject.get("build-system", {}).get("requires", [])
    with tempfile.TemporaryDirectory() as tmp:
        build = Path(tmp) / "build-system.in"
        build.write_text("\n".join(build_requires) + "\n", encoding="utf-8")
        # The dev lock first: the runtime lock is then held to the same versions.
        compile_lock(uv, DEV_LOCK, ("dev",), build, None, upgrade)
        stamp(DEV_LOCK, fingerprint(pyproject, ("dev",)), build)
        compile_lock(uv, RUNTIME_LOCK, (), build, DEV_LOCK, upgrade=False)
        stamp(RUNTIME_LOCK, fingerprint(pyproject, ()), build)
    print(f"wrote {DEV_LOCK.name} and {RUNTIME_LOCK.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/lock.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="fail when a lock file does not match pyproject.toml")
    refresh_parser = commands.add_parser("refresh", help="re-resolve and rewrite the lock files")
    refresh_parser.add_argument(
        "--upgrade", action="store_true", help="take the newest allowed versions of everything"
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.command == "check":
        return check()
    return refresh(args.upgrade)


if __name__ == "__main__":
    sys.exit(main())
