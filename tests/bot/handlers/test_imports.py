"""Handlers import what they share at the top of the module (lookups hold what several ask of
the railway), never inside a function to get round an import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import app.bot.handlers

HANDLERS = Path(app.bot.handlers.__file__).parent


def test_no_handler_imports_inside_a_function() -> None:
    inside: list[str] = []
    for module in sorted(HANDLERS.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inside += [
                    f"{module.name}:{found.lineno}"
                    for found in ast.walk(node)
                    if isinstance(found, ast.Import | ast.ImportFrom)
                ]
    assert inside == []
