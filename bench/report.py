"""docs/benchmarks.md: the machine, a summary of every goal, then each benchmark in detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bench.figures import Figure, Result
from bench.machine import Machine


def render(
    machine: Machine, results: Sequence[Result], *, started: dt.datetime, seconds: float
) -> str:
    """The whole page, in Markdown."""
    passed = sum(r.verdict == "PASS" for r in results)
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`python -m bench`) on {started:%Y-%m-%d %H:%M %Z}, "
        f"in {seconds / 60:.0f} min: {passed} of {len(results)} benchmarks met every goal. "
        "Run it again to refresh this page: `python -m bench --only e2e,workers` runs some of "
        "them, `python -m bench.<name>` one alone (it prints, and writes this page only through "
        "`python -m bench`). The figures are from one run on the machine below; on a shared or "
        "busy machine they are noisy, so read them with the load average beside them. Nothing "
        "here is a timed test in `make test`.",
        "",
        "## Machine",
        "",
        *_machine_table(machine),
        "",
        "## Summary",
        "",
        "| Benchmark | Command | Figure | Result | Goal | |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        lines.extend(_summary_rows(result))
    lines.append("")
    lines.append("## Details")
    for result in results:
        lines.append("")
        lines.extend(_details(result))
    return "\n".join(lines) + "\n"


def _machine_table(machine: Machine) -> list[str]:
    cores = f"{machine.cores} cores"
    if machine.usable_cores != machine.cores:
        cores += f", {machine.usable_cores} usable by the benchmarks"
    packages = ", ".join(f"{name} {version}" for name, version in machine.packages.items())
    rows = [
        ("CPU", f"{machine.cpu}, {cores}"),
        ("Memory", f"{machine.memory_gib:.1f} GiB"),
        ("System", machine.system),
        ("Python", machine.python),
        ("Packages", packages),
        ("Redis", f"{machine.redis_server} at `{machine.redis_url}`"),
        *((name, version) for name, version in machine.tools.items()),
        ("Load average at start", _load(machine.load_start)),
    ]
    if machine.load_end is not None:
        rows.append(("Load average at end", _load(machine.load_end)))
    rows.append(("Commit", machine.commit))
    return ["| | |", "|---|---|", *(f"| {name} | {_cell(value)} |" for name, value in rows)]


def _load(load: tuple[float, float, float]) -> str:
    return ", ".join(f"{value:.2f}" for value in load) + " (1, 5 and 15 min)"


def _summary_rows(result: Result) -> list[str]:
    name, command = _cell(result.title), f"`{result.command}`" if result.command else ""
    if result.error is not None:
        return [f"| {name} | {command} | — | {_cell(result.error)} | — | **ERROR** |"]
    shown = [f for f in result.figures if f.goal is not None or f.headline]
    if not shown:
        return [f"| {name} | {command} | — | no goals | — | |"]
    rows = []
    for n, figure in enumerate(shown):
        lead = f"| {name} | {command} |" if n == 0 else "| | |"
        rows.append(f"{lead} {_figure_cells(figure)} |")
    return rows


def _details(result: Result) -> list[str]:
    lines = [f"### {result.title}: {result.verdict}", ""]
    if result.command:
        lines += [f"`{result.command}`", ""]
    if result.method:
        lines += [result.method, ""]
    for note in result.notes:
        lines += [note, ""]
    if result.error is not None:
        lines += [f"**Error:** {_cell(result.error)}", ""]
    if result.figures:
        lines += ["| Figure | Result | Goal | |", "|---|---|---|---|"]
        lines += [f"| {_figure_cells(figure)} |" for figure in result.figures]
        lines.append("")
    if result.output.strip():
        lines += [
            "<details><summary>Output</summary>",
            "",
            "```",
            result.output.rstrip(),
            "```",
            "",
            "</details>",
        ]
    return lines


def _figure_cells(figure: Figure) -> str:
    goal = str(figure.goal) if figure.goal is not None else "—"
    verdict = {True: "PASS", False: "**MISS**", None: ""}[figure.passed]
    return f"{_cell(figure.label)} | {figure.shown} | {goal} | {verdict}"


def _cell(text: str) -> str:
    """Text that stays inside one table cell."""
    return " ".join(text.split()).replace("|", "\\|")
