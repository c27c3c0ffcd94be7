"""Many inputs at once: directories, globs and archives, parallel workers, resume, summary.

`run(args, settings, options)` is a generator of `Outcome`s, one per input, in input order
(argument order, then sorted path or archive order). With `options.output` it writes each
record (see batch_output for the layout) and skips inputs already done for the same
source hash, parser version and settings unless `force`. A bad input is a failed outcome
(and a row in OUT/errors.tsv); the batch goes on. The library prints nothing.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

from .archive import Entry, Item, Limits, Rejected, expand
from .batch_engines import (Engine, InlineEngine, Job, Outcome, PoolEngine, Skip, Task, chunked,
                            convert)
from .batch_output import (FATAL_ERRNOS, ErrorLog, FileWriter, JsonlWriter, Lock, Manifest, OutputError,
                           output_error, stamp)
from .settings import Settings

__all__ = ["BatchOptions", "Outcome", "Summary", "convert", "default_jobs", "run"]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch runs. `output=None` writes nothing (the caller prints the records)."""

    output: Path | None = None
    fmt: str = "yaml"
    jobs: int = 1
    force: bool = False
    timeout: float | None = 60.0
    limits: Limits = Limits()
    chunk_size: int = 8
    engine: str = "local"
    scheduler: str | None = None
    wait: bool = False  # wait for another run writing to `output` instead of refusing


@dataclass
class Summary:
    """Totals over a batch's outcomes."""

    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    found: Counter[str] = field(default_factory=Counter)
    problems: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "parsed":
            self.parsed += 1
            self.found.update(outcome.counts)
            self.problems.update(outcome.problems)
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        self.elapsed = time.perf_counter() - self.started

    @property
    def docs_per_second(self) -> float:
        return self.parsed / self.elapsed if self.elapsed > 0 else 0.0


class _Sink:
    """The output side of a run: lock, record writer, manifest and error log (or nothing)."""

    def __init__(self, options: BatchOptions, settings: Settings) -> None:
        self.stamp = stamp(settings, options.fmt)
        self.writer: FileWriter | JsonlWriter | None = None
        self.errors: ErrorLog | None = None
        self.lock: Lock | None = None
        self.seen: set[bytes] = set()
        self.out = options.output
        if options.output is None:
            return
        try:
            self._open(options)
        except OSError as exc:
            self.close()
            raise output_error(options.output, exc) from None

    def _open(self, options: BatchOptions) -> None:
        out = options.output
        assert out is not None
        out.mkdir(parents=True, exist_ok=True)
        self.lock = Lock(out, options.wait)
        reset = options.force and options.fmt == "jsonl"
        self.manifest = Manifest(out, options.fmt, reset)
        self.writer = (JsonlWriter(out, self.manifest) if options.fmt == "jsonl"
                       else FileWriter(out, options.fmt, self.manifest))
        self.errors = ErrorLog(out)

    def plan(self, entry: Entry, force: bool) -> Task:
        """Skip an input already done; reject one whose output path cannot be used."""
        if self.writer is None or not isinstance(entry, Item):
            return entry
        try:
            return self._plan(entry, force)
        except (OSError, ValueError) as exc:  # a name too long for the folder, and the like
            return Rejected(entry.origin, OutputError.__name__, f"cannot write its record: {_reason(exc)}")

    def _plan(self, entry: Item, force: bool) -> Task:
        assert self.writer is not None
        key = hashlib.blake2b(entry.rel.encode("utf-8", "surrogateescape"), digest_size=8).digest()
        if key in self.seen:
            return Rejected(entry.origin, "OutputCollision", f"same output path as an earlier input: {entry.rel}")
        self.seen.add(key)
        sha = hashlib.sha256(entry.data).hexdigest()
        if not force and self.manifest.is_done(entry.rel, sha, self.stamp) and self.writer.exists(entry.rel):
            return Skip(entry.rel, entry.origin)
        return entry

    def commit(self, outcome: Outcome) -> Outcome:
        """Write a parsed record (or log a failure); a record that cannot be written fails alone.

        Raises:
            OutputError: the output folder as a whole cannot be written (full, read-only).
        """
        if self.writer is None or self.errors is None:
            return outcome
        assert self.out is not None
        try:
            if outcome.status == "parsed" and outcome.text is not None and outcome.sha256 is not None:
                self.writer.write(outcome.rel, outcome.text, outcome.sha256, self.stamp)
        except (OSError, ValueError) as exc:
            if isinstance(exc, OSError) and exc.errno in FATAL_ERRNOS:
                raise output_error(self.out, exc) from None
            outcome = replace(outcome, status="failed", text=None, error=OutputError.__name__,
                              message=f"cannot write its record: {_reason(exc)}")
        if outcome.status == "failed":
            try:
                self.errors.add(outcome.origin, outcome.error or "", outcome.message or "")
            except OSError as exc:
                raise output_error(self.out, exc) from None
        return outcome

    def close(self) -> None:
        try:
            if self.writer is not None:
                self.writer.close()
                self.manifest.close()
            if self.errors is not None:
                self.errors.close()
        except OSError as exc:
            if self.out is not None:
                raise output_error(self.out, exc) from None
            raise
        finally:
            if self.lock is not None:
                self.lock.close()
                self.lock = None


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))[:200]


def _engine(options: BatchOptions, settings: Settings, tasks: Iterator[Task]) -> tuple[Engine, Iterator[Task]]:
    """Pick the engine; a batch of one chunk or less runs in-process (no pool to start)."""
    if options.engine == "dask":
        from .batch_dask import DaskEngine

        return DaskEngine(options.scheduler, max(1, options.jobs)), tasks
    head = list(islice(tasks, options.chunk_size + 1))
    tasks = chain(head, tasks)
    if options.jobs <= 1 or len(head) <= options.chunk_size:
        return InlineEngine(), tasks
    return PoolEngine(options.jobs, settings), tasks


def run(args: Iterable[str], settings: Settings, options: BatchOptions) -> Iterator[Outcome]:
    """Parse every input named by `args`; yield one Outcome per input, in input order."""
    job = Job(settings, options.fmt, options.timeout)
    sink = _Sink(options, settings)
    engine: Engine | None = None
    try:
        entries = expand(list(args), options.limits, exclude=options.output)
        tasks: Iterator[Task] = (sink.plan(e, options.force) for e in entries)
        engine, tasks = _engine(options, settings, tasks)
        for outcome in engine.run(chunked(tasks, options.chunk_size), job):
            yield sink.commit(outcome)
    finally:
        if engine is not None:
            engine.close()
        sink.close()
