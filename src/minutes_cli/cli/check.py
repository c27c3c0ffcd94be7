"""minutes check: re-parse sources and compare them with their golden records."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..check import ADDED, CHANGED, FAILED, NO_GOLDEN, PASSED, REMOVED, SPAN, Outcome, check_paths, summary
from ..errors import MinutesError
from ..records import dumps
from ..settings import Settings
from ._console import EXIT_CODES_HELP, EXIT_FAILED, EXIT_OK, handle_errors
from ..batch_output import write_atomic


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


LABELS = {CHANGED: ("value changed", "yellow"), SPAN: ("span moved", "cyan"),
          ADDED: ("added", "green"), REMOVED: ("removed", "red")}
STATUS = {PASSED: ("passed", "green"), CHANGED: ("CHANGED", "bold red"),
          NO_GOLDEN: ("NO GOLDEN", "bold yellow"), FAILED: ("FAILED", "bold red")}
MAX_VALUE = 100


@handle_errors
def check_cmd(
    paths: Annotated[list[str], typer.Argument(help="Sources, goldens or directories (walked recursively).")],
    update: Annotated[bool, typer.Option("--update", help="Rewrite changed goldens and create missing ones; says which.")] = False,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="text: a per-field diff and a summary; json: for machines.")] = CheckFormat.text,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Seconds allowed per document (0: no limit).")] = 60.0,
) -> None:
    """Re-parse every source that has a golden record beside it and compare.

    Convention: PAPER's golden is PAPER.yaml in the same folder (cabinet.txt ->
    cabinet.txt.yaml). The parser is given the file name alone, so source.path in a
    golden never depends on where check runs. A source without a golden is reported and
    fails the check; create goldens deliberately with --update.

    Example: minutes check fixtures/

    Example: minutes check fixtures/ --update
    """
    outcomes = check_paths(paths, Settings(), timeout or None)
    if not outcomes:
        raise MinutesError(f"{', '.join(paths)}: no papers or golden records found")
    written = _update(outcomes) if update else {}
    if fmt is CheckFormat.json:
        report = {"summary": summary(outcomes), "results": [o.as_dict() for o in outcomes],
                  "updated": [{"golden": g, "action": a} for g, a in written.items()]}
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        _render(Console(highlight=False, soft_wrap=True), outcomes, written)
    settled = {FAILED} if update else {FAILED, CHANGED, NO_GOLDEN}
    raise typer.Exit(EXIT_FAILED if any(o.status in settled for o in outcomes) else EXIT_OK)


def _update(outcomes: list[Outcome]) -> dict[str, str]:
    """Write the fresh record over each changed golden and create missing ones."""
    written: dict[str, str] = {}
    for outcome in outcomes:
        if outcome.status in (CHANGED, NO_GOLDEN) and outcome.record is not None:
            write_atomic(outcome.pair.golden, dumps(outcome.record))
            written[outcome.pair.golden.as_posix()] = "updated" if outcome.status == CHANGED else "created"
    return written


def _render(console: Console, outcomes: list[Outcome], written: dict[str, str]) -> None:
    for outcome in outcomes:
        if outcome.status != PASSED:
            _render_outcome(console, outcome)
    for golden, action in written.items():
        console.print(Text.assemble((f"{action} ", "bold"), golden))
    counts = summary(outcomes)
    table = Table(title="minutes check")
    for name in ("checked", "passed", "changed", "no golden", "failed"):
        table.add_column(name, justify="right")
    table.add_row(*(str(counts[k]) for k in ("checked", PASSED, CHANGED, NO_GOLDEN, FAILED)))
    console.print(table)


def _render_outcome(console: Console, outcome: Outcome) -> None:
    label, style = STATUS[outcome.status]
    name = outcome.pair.source.as_posix() if outcome.pair.source else outcome.pair.golden.as_posix()
    line = Text.assemble((f"{label} ", style), name)
    if outcome.status == CHANGED:
        line.append(f"  ({len(outcome.differences)} difference(s) from {outcome.pair.golden.as_posix()})")
    elif outcome.status == NO_GOLDEN:
        line.append(f"  (expected {outcome.pair.golden.as_posix()})")
    elif outcome.error:
        line.append(f"  {outcome.error}")
    console.print(line)
    for diff in outcome.differences:
        what, dstyle = LABELS[diff.kind]
        console.print(Text.assemble("  ", (f"{what:13}", dstyle), " ", (diff.path, "bold")))
        if diff.kind != ADDED:
            console.print(Text.assemble("      golden: ", _value(diff.golden)))
        if diff.kind != REMOVED:
            console.print(Text.assemble("      actual: ", _value(diff.actual)))


def _value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 3] + "..."


check_cmd.__doc__ = (check_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
