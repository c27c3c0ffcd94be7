"""The work of a batch and the engines that run it: in-process, a local process pool, Dask.

`convert(item, settings) -> record` is the one unit of work: top level, picklable, no
mutable globals, so a local pool and a cluster run the same function. `work_chunk` wraps
it for a list of entries and returns small picklable `Outcome`s with the record already
serialised (the workers do that, not the parent). Every engine yields outcomes in input
order and keeps only a bounded window of chunks in flight, so memory stays flat however
large the input, and records are identical whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Protocol

from ._deadline import DeadlineExceeded, deadline
from .api import parse_bytes, parse_text
from .archive import Item, Rejected
from .errors import MinutesError
from .records import dumps
from .settings import Settings


# Workers are replaced after this many chunks: spaCy's string store grows with every new
# string a process sees, so a long-lived worker would grow with the archive. (Done by
# starting a new pool: ProcessPoolExecutor's max_tasks_per_child can hang on Python 3.11.)
RECYCLE_CHUNKS = 500


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs besides the entry: settings, record format, time limit."""

    settings: Settings = Settings()
    fmt: str = "yaml"
    timeout: float | None = 60.0


@dataclass(frozen=True, slots=True)
class Skip:
    """An input whose record is already up to date (resume)."""

    rel: str
    origin: str


Task = Item | Rejected | Skip


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: status parsed | skipped | failed."""

    status: str
    rel: str
    origin: str
    text: str | None = None
    sha256: str | None = None
    error: str | None = None
    message: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    problems: dict[str, int] = field(default_factory=dict)


def convert(item: Item, settings: Settings) -> dict[str, Any]:
    """Parse one input into its record; the same function runs locally and on a cluster."""
    return parse_bytes(item.data, item.name, settings)


def _message(exc: BaseException, name: str) -> str:
    text = str(exc) or type(exc).__name__
    return text[len(name) + 2:] if text.startswith(f"{name}: ") else text


def _failed(item: Item, error: str, message: str) -> Outcome:
    return Outcome("failed", item.rel, item.origin, error=error, message=message)


def work(task: Task, job: Job) -> Outcome:
    """Run one task; a bad input becomes a failed Outcome, never an exception."""
    if isinstance(task, Skip):
        return Outcome("skipped", task.rel, task.origin)
    if isinstance(task, Rejected):
        return Outcome("failed", "", task.origin, error=task.error, message=task.message)
    try:
        with deadline(job.timeout):
            record = convert(task, job.settings)
            text = dumps(record, job.fmt)
    except DeadlineExceeded:
        return _failed(task, "Timeout", f"took longer than the time limit of {job.timeout:g} s")
    except MinutesError as exc:
        return _failed(task, type(exc).__name__, _message(exc, task.name))
    except Exception as exc:  # a defect in one document must not stop the batch
        return _failed(task, type(exc).__name__, _message(exc, task.name))
    counts = {k: len(record.get(k) or ()) for k in ("decisions", "speakers", "dates")}
    problems = dict(Counter(p["code"] for p in record.get("problems") or ()))
    return Outcome("parsed", task.rel, task.origin, text, record["source"]["sha256"],
                   counts=counts, problems=problems)


def work_chunk(tasks: list[Task], job: Job) -> list[Outcome]:
    return [work(t, job) for t in tasks]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - the pid was reused by another user
        return True
    return True


def _exit_with(parent: int) -> None:
    """Watchdog: a pool worker outlives a killed parent otherwise (it waits on its queue forever)."""
    while _alive(parent):
        time.sleep(1.0)
    os._exit(1)


def init_worker(settings: Settings, parent: int) -> None:
    """Process initializer: ignore Ctrl-C (the parent handles it), exit with the parent, build spaCy once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="minutes-parent-watch").start()
    try:
        parse_text("Minutes\n\nMeeting held on 1 January 2020.\n\nRESOLVED: That the report be noted.\n",
                   "<warm-up>", settings)
    except MinutesError:  # a bad --model is reported per document, not here
        pass


def chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Engine(Protocol):
    def run(self, chunks: Iterator[list[Task]], job: Job) -> Iterator[Outcome]: ...

    def close(self) -> None: ...


class InlineEngine:
    """One worker: the current process (spaCy is cached per process)."""

    def run(self, chunks: Iterator[list[Task]], job: Job) -> Iterator[Outcome]:
        for chunk in chunks:
            yield from work_chunk(chunk, job)

    def close(self) -> None:
        pass


def in_order(submit: Callable[[list[Task]], "Future[list[Outcome]]"], chunks: Iterator[list[Task]],
             window: int) -> Iterator[tuple[list[Task], "Future[list[Outcome]]"]]:
    """Submit chunks keeping at most `window` in flight; yield (chunk, future) in input order."""
    pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def crashed(chunk: list[Task]) -> list[Outcome]:
    return [Outcome("failed", getattr(t, "rel", ""), t.origin, error="WorkerCrashed",
                    message="a worker process died (crash or out of memory)") for t in chunk]


class PoolEngine:
    """A local process pool: spaCy built once per worker by the initializer."""

    def __init__(self, jobs: int, settings: Settings) -> None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self.jobs, self.settings, self.submitted = jobs, settings, 0
        self.context = multiprocessing.get_context(method)
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, self.context, initializer=init_worker,
                                   initargs=(self.settings, os.getpid()))

    def _submit(self, chunk: list[Task], job: Job) -> Future[list[Outcome]]:
        """Submit a chunk; every RECYCLE_CHUNKS chunks, to a fresh pool (the old one drains)."""
        if self.submitted and self.submitted % RECYCLE_CHUNKS == 0:
            old, self.pool = self.pool, self._new_pool()
            old.shutdown(wait=False)
        self.submitted += 1
        return self.pool.submit(work_chunk, chunk, job)

    def run(self, chunks: Iterator[list[Task]], job: Job) -> Iterator[Outcome]:
        def submit(chunk: list[Task]) -> Future[list[Outcome]]:
            try:
                return self._submit(chunk, job)
            except BrokenProcessPool as exc:  # an earlier chunk killed a worker
                broken: Future[list[Outcome]] = Future()
                broken.set_exception(exc)
                return broken

        for chunk, future in in_order(submit, chunks, window=8 * self.jobs):
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from crashed(chunk)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
