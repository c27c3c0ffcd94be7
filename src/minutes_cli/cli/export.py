"""minutes export: records into a SQLite database (and CSV), a thin wrapper over the library."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..export import Report, iter_export, write_csv
from ._console import EXIT_CODES_HELP, EXIT_FAILED, EXIT_OK, error_line, handle_errors


@handle_errors
def export_cmd(
    records: Annotated[list[Path], typer.Argument(help="Record files (.yaml, .yml, .json, .jsonl) or folders of them, such as a `minutes parse -o` output folder.")],
    db: Annotated[Optional[Path], typer.Option("--db", help="The SQLite database to create or update.")] = None,
    csv_dir: Annotated[Optional[Path], typer.Option("--csv", help="Also write every table as DIR/<table>.csv.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Export records into SQLite: one table per record part, full-text search, views.

    Exporting the same records again changes nothing; a record that changed replaces its
    paper's rows (a paper is known by its sha256 and path). Folders are walked; hidden
    files and files that are not records (errors.tsv, the papers) are skipped. A record
    that cannot be read is one error line naming the file; the others still export.

    Example: minutes export fixtures --db archive.db

    Example: minutes parse papers/ -o out --format jsonl && minutes export out --db archive.db --csv tables/
    """
    if db is None and csv_dir is None:
        raise typer.BadParameter("give --db FILE, --csv DIR or both", param_hint="--db")
    with tempfile.TemporaryDirectory(prefix="minutes-export-") as tmp:
        target = db if db is not None else Path(tmp) / "export.db"
        report = Report()
        for outcome in iter_export(records, target):
            report.count(outcome)
            if outcome.error is not None:
                error_line(str(outcome.error))
        if csv_dir is not None:
            write_csv(target, csv_dir)
    if not quiet:
        where = ", ".join(str(p) for p in (db, csv_dir) if p is not None)
        sys.stderr.write(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
                         f"{report.failed} failed -> {where}\n")
    raise typer.Exit(EXIT_FAILED if report.failed else EXIT_OK)


export_cmd.__doc__ = (export_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
