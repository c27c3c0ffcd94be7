"""minutes parse: papers to records (stdout without -o; a mirrored tree or JSONL with -o)."""

from __future__ import annotations

import logging
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..archive import Limits
from ..archive_count import count
from ..batch import BatchOptions, Summary, default_jobs, run
from ..settings import Settings
from ._console import EXIT_CODES_HELP, EXIT_FAILED, error_line, handle_errors, settings_from
from ._progress import batch_progress, is_terminal, render_summary

SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)b?\s*$", re.IGNORECASE)  # "50MB", "2GiB", "1000"


class Format(str, Enum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


def parse_size(text: str) -> int:
    """Bytes from "50MB" (powers of 1000), "2GiB" (powers of 1024) or a plain number."""
    match = SIZE.match(text)
    if not match:
        raise typer.BadParameter(f"not a size: {text!r} (try 50MB or 2GiB)")
    number, unit, binary = match.groups()
    base = 1024 if binary else 1000
    return int(float(number) * base ** " kmgt".index(unit.lower() or " "))


def _options(output: Optional[Path], fmt: Format, jobs: int, force: bool, timeout: float,
             max_member: str, max_total: str, chunk: int, engine: EngineName,
             scheduler: Optional[str], wait: bool = False) -> BatchOptions:
    if scheduler and engine is not EngineName.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    limits = Limits(parse_size(max_member), parse_size(max_total))
    return BatchOptions(output=output, fmt=fmt.value, jobs=jobs or default_jobs(), force=force,
                        timeout=timeout or None, limits=limits, chunk_size=chunk,
                        engine=engine.value, scheduler=scheduler, wait=wait)


def _single(files: list[str]) -> bool:
    return len(files) == 1 and (files[0] == "-" or Path(files[0]).is_file()) \
        and not files[0].lower().endswith((".zip", ".tar", ".gz", ".tgz", ".bz2", ".tbz2", ".xz", ".txz"))


def _run(files: list[str], settings: Settings, options: BatchOptions, show: bool) -> Summary:
    """Run the batch, printing records (without -o), error lines and the progress bar."""
    summary = Summary()
    separate = options.fmt == "yaml" and not _single(files)
    total = count(files, options.output) if show else None
    with batch_progress(show, total) as advance:
        for outcome in run(files, settings, options):
            summary.add(outcome)
            advance(summary)
            if outcome.status == "failed" and outcome.error != "NotAttempted":  # those: one line at the end
                error_line(f"{outcome.origin}: {outcome.message}")
            elif options.output is None and outcome.text is not None:
                sys.stdout.write(("---\n" if separate else "") + outcome.text)
    return summary


def _quiet_dask() -> None:
    """distributed logs a traceback per failed reconnect; a lost cluster is our one line."""
    try:
        import distributed  # noqa: F401  (configures its loggers on import: set ours after)
    except ImportError:
        return
    for name in ("distributed", "distributed.client", "distributed.worker", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@handle_errors
def parse_cmd(
    files: Annotated[list[str], typer.Argument(help="Papers, directories, globs or archives (.zip, .tar[.gz|.bz2|.xz]); '-' reads standard input.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write records under DIR, mirroring the inputs' paths (jsonl: DIR/records.jsonl).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Record format.")] = Format.yaml,
    model: Annotated[Optional[str], typer.Option("--model", help="An installed trained spaCy pipeline to add PERSON entities.")] = None,
    settings_file: Annotated[Optional[Path], typer.Option("--settings", help="A YAML file of settings (date_order, language, stages, max_bytes, ...); flags override it.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Parallel workers (0: one per available core).")] = 0,
    force: Annotated[bool, typer.Option("--force", help="Re-parse inputs whose record is already up to date.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Seconds allowed per document (0: no limit).")] = 60.0,
    max_member: Annotated[str, typer.Option("--max-member-size", help="Largest file or archive member read.")] = "50MB",
    max_total: Annotated[str, typer.Option("--max-total-size", help="Most bytes one archive may expand to.")] = "20GB",
    chunk: Annotated[int, typer.Option("--chunk-size", min=1, help="Inputs sent to a worker at a time.")] = 8,
    engine: Annotated[EngineName, typer.Option("--engine", help="Run workers locally or on a Dask cluster.")] = EngineName.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786); without it a local Dask cluster of --jobs workers.")] = None,
    stage: Annotated[Optional[list[str]], typer.Option("--stage", help="Run a plugin stage too: an entry-point name of the minutes_cli.stages group, or module:function (repeatable).")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="If another run is writing to the output folder, wait for it (default: refuse).")] = False,
) -> None:
    """Parse meeting papers into normalised records.

    Example: minutes parse fixtures/decision-notice/cabinet-decision.txt

    Example: minutes parse papers/ archive.tar.gz -o records/ --jobs 4

    Example: minutes parse 'papers/**/*.txt' -o out/ --format jsonl

    A second run skips inputs whose record is up to date (--force re-parses). Failed inputs
    are listed on stderr and in OUT/errors.tsv; the batch goes on.
    """
    settings = settings_from(settings_file, spacy_model=model, plugins=stage)
    options = _options(output, fmt, jobs, force, timeout, max_member, max_total, chunk, engine, scheduler, wait)
    show = options.output is not None and not quiet and is_terminal()
    if options.engine == "dask" and not os.environ.get("MINUTES_DEBUG"):
        _quiet_dask()
    try:
        summary = _run(files, settings, options, show)
    except KeyboardInterrupt:
        error_line("interrupted; run the same command again to resume")
        raise typer.Exit(130) from None
    if show:
        render_summary(summary)
    if summary.failed:
        raise typer.Exit(EXIT_FAILED)


parse_cmd.__doc__ = (parse_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
