"""The batch progress bar (files, docs/s, ETA) and the end-of-run summary table, on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from ..batch import Summary
from ._console import err_console

Advance = Callable[[Summary], None]


def is_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def batch_progress(show: bool, total: int | None) -> Iterator[Advance]:
    """Yield a function to call after each input; draws a bar only when `show`."""
    if not show:
        yield lambda summary: None
        return
    columns = (TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TextColumn("{task.fields[failed]} failed"),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=err_console(), transient=True) as progress:
        task = progress.add_task("parse", total=total, rate="-", failed=0)

        def advance(summary: Summary) -> None:
            progress.update(task, advance=1, rate=f"{summary.docs_per_second:.1f}", failed=summary.failed)

        yield advance


def summary_table(summary: Summary) -> Table:
    """The end-of-run table: counts, items found, problems by code, speed."""
    table = Table(title="minutes parse", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("value", justify="right")
    rows: list[tuple[str, object]] = [("parsed", summary.parsed), ("skipped (up to date)", summary.skipped), ("failed", summary.failed),
            ("decisions found", summary.found["decisions"]), ("speakers found", summary.found["speakers"]),
            ("dates found", summary.found["dates"])]
    rows += [(f"problem {code}", n) for code, n in sorted(summary.problems.items())]
    rows += [("elapsed", f"{summary.elapsed:.1f} s"), ("docs/s", f"{summary.docs_per_second:.1f}")]
    for what, value in rows:
        table.add_row(what, str(value))
    return table


def render_summary(summary: Summary, console: Console | None = None) -> None:
    (console or err_console()).print(summary_table(summary))
