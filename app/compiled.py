"""Modules compiled to C by mypyc (`tools/compile.py`), loaded only while they are their source.

The compile builds a package's modules in place (one `.so` beside each `.py`, and the group's
shared library) and writes a manifest beside them: each module's source sha256 and the Python
the build is for. The modules of one group call each other natively, so a group loads compiled
whole or not at all: `guard`, called by the package's `__init__` before any of them is imported,
checks the manifest against the sources and, when anything differs (a source edited since, the
manifest missing or unreadable, a module's compiled file missing or extra, another Python), or
when `RAILBOT_PURE_PYTHON=1` asks for it, makes every module of the group load from its `.py`
(`PureSources`, first on `sys.meta_path`) and logs one warning. The decision (`Native`) is kept
for the operator: `python -m app serve` and `worker` log it at start, and /metrics exports it.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Final

log = logging.getLogger(__name__)

# Beside the compiled modules: what they were compiled from and for.
MANIFEST_NAME: Final = "compiled.json"
# Set to 1 (or anything but 0 or empty) to load every compiled group from its sources.
PURE_ENV: Final = "RAILBOT_PURE_PYTHON"
# The shared library of a group is named `<group>__mypyc`; it is no module of the sources.
SHARED_LIB_MARK: Final = "__mypyc"


@dataclass(frozen=True)
class Native:
    """Whether a package's modules run compiled, and why (said to the operator as is)."""

    package: str
    compiled: bool
    reason: str


def python_tag() -> str:
    """The Python a compiled module is built for: its extension suffix (version, ABI, platform)."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def source_digest(path: Path) -> str:
    """The sha256 of a module's source, as the manifest keeps it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_text(directory: Path, modules: Sequence[str]) -> str:
    """The manifest of `modules` (names within `directory`) compiled from their sources now."""
    digests = {name: source_digest(directory / f"{name}.py") for name in sorted(modules)}
    return json.dumps({"python": python_tag(), "modules": digests}, indent=2) + "\n"


def compiled_modules(directory: Path) -> set[str]:
    """The modules of `directory` that have a compiled file (the group's shared library not)."""
    names = set()
    for path in directory.iterdir():
        suffixes = importlib.machinery.EXTENSION_SUFFIXES
        suffix = next((s for s in suffixes if path.name.endswith(s)), None)
        if suffix is not None:
            names.add(path.name[: -len(suffix)])
    return {name for name in names if not name.endswith(SHARED_LIB_MARK)}


def _read_manifest(directory: Path) -> Mapping[str, object] | None:
    try:
        data = json.loads((directory / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def stale_reason(directory: Path, compiled: set[str]) -> str | None:
    """Why the compiled modules of `directory` are not their sources now, or None if they are."""
    manifest = _read_manifest(directory)
    if manifest is None:
        return f"no readable {MANIFEST_NAME}"
    if manifest.get("python") != python_tag():
        return f"compiled for {manifest.get('python')}, not {python_tag()}"
    digests = manifest.get("modules")
    if not isinstance(digests, dict) or set(digests) != compiled:
        return f"the compiled files are not those {MANIFEST_NAME} lists"
    for name in sorted(compiled):
        source = directory / f"{name}.py"
        if not source.is_file() or source_digest(source) != digests[name]:
            return f"{name}.py changed since it was compiled"
    return None


def forced_pure() -> bool:
    """Whether the environment asks for every compiled group to load from its sources."""
    return os.environ.get(PURE_ENV, "").strip() not in ("", "0")


class PureSources(importlib.abc.MetaPathFinder):
    """Finds the modules of one compiled group as their `.py` sources, never the `.so`."""

    def __init__(self, package: str, directory: Path, names: set[str]) -> None:
        self.package = package
        self.sources = {f"{package}.{name}": directory / f"{name}.py" for name in names}

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(fullname)
        if source is None or not source.is_file():
            return None
        loader = importlib.machinery.SourceFileLoader(fullname, str(source))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def _installed(package: str) -> PureSources | None:
    return next(
        (f for f in sys.meta_path if isinstance(f, PureSources) and f.package == package), None
    )


def guard(package: str, directory: Path) -> Native:
    """Decide, before any module of `package`'s compiled group is imported, whether the group
    loads compiled; if not, make all of it load from its sources (see the module's docstring)."""
    compiled = compiled_modules(directory)
    if not compiled:
        return Native(package, False, "not compiled (pure Python)")
    if forced_pure():
        reason = f"pure Python: {PURE_ENV}={os.environ[PURE_ENV]}"
    elif (stale := stale_reason(directory, compiled)) is not None:
        reason = f"pure Python: {stale}"
        log.warning(
            "%s loads as pure Python (slower understanding): %s; run `make install` "
            "(or python tools/compile.py) to compile it again",
            package,
            stale,
        )
    else:
        if (finder := _installed(package)) is not None:
            sys.meta_path.remove(finder)
        return Native(package, True, f"compiled ({len(compiled)} modules)")
    if _installed(package) is None:
        sys.meta_path.insert(0, PureSources(package, directory, compiled))
    return Native(package, False, reason)
