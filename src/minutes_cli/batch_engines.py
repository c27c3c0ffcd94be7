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
# Input bytes in flight (sent to workers, not yet back) are bounded by this budget, and a
# chunk is cut short once it holds CHUNK_BYTES: memory follows bytes, not document counts.
INFLIGHT_BYTES = 256_000_000
CHUNK_BYTES = 16_000_000


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
    return parse_bytes(item.data, item.name, settings, timeout=None)  # `work` holds the time limit


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
    except Exception as exc:  # a defect in one document must not stop the batch, nor pass as bad input
        return _failed(task, "InternalError",
                       f"internal error (a bug in minutes): {type(exc).__name__}: {_message(exc, task.name)[:200]}")
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


def task_bytes(task: Task) -> int:
    return len(task.data) if isinstance(task, Item) else 0


def chunked(tasks: Iterable[Task], size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Task]]:
    """Chunks of up to `size` tasks, cut early once a chunk holds `max_bytes` of input."""
    chunk: list[Task] = []
    held = 0
    for task in tasks:
        chunk.append(task)
        held += task_bytes(task)
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
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
             window: int, budget: int = INFLIGHT_BYTES) -> Iterator[tuple[list[Task], "Future[list[Outcome]]"]]:
    """Submit chunks keeping at most `window` chunks and about `budget` input bytes in flight
    (always at least one chunk); yield (chunk, future) in input order."""
    pending: deque[tuple[list[Task], Future[list[Outcome]], int]] = deque()
    held = 0
    for chunk in chunks:
        size = sum(task_bytes(t) for t in chunk)
        while pending and (len(pending) >= window or held + size > budget):
            done, future, n = pending.popleft()
            held -= n
            yield done, future
        pending.append((chunk, submit(chunk), size))
        held += size
    while pending:
        done, future, _ = pending.popleft()
        yield done, future


def crashed(chunk: list[Task], why: str = "a worker process died parsing this input alone "
                                          "(crash or out of memory)") -> list[Outcome]:
    return [Outcome("failed", getattr(t, "rel", ""), t.origin, error="WorkerCrashed", message=why) for t in chunk]


class PoolEngine:
    """A local process pool: spaCy built once per worker by the initializer.

    A worker that dies (a crash, the OOM killer) breaks the pool: it is replaced, and every
    chunk that was in flight is sent again. The chunk being waited on is first run again
    alone; if that dies too, each of its inputs runs alone, and only an input that kills a
    worker by itself is failed (WorkerCrashed), so one poisonous paper spares its neighbours.
    """

    def __init__(self, jobs: int, settings: Settings, budget: int = INFLIGHT_BYTES) -> None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self.jobs, self.settings, self.submitted, self.budget = jobs, settings, 0, budget
        self.context = multiprocessing.get_context(method)
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, self.context, initializer=init_worker,
                                   initargs=(self.settings, os.getpid()))

    def _renew(self, broken: bool = True) -> None:
        """A fresh pool; a recycled (not broken) old one finishes the chunks it holds."""
        old, self.pool = self.pool, self._new_pool()
        old.shutdown(wait=False, cancel_futures=broken)

    def _submit(self, chunk: list[Task], job: Job) -> Future[list[Outcome]]:
        """Submit a chunk; every RECYCLE_CHUNKS chunks, to a fresh pool (the old one drains)."""
        if self.submitted and self.submitted % RECYCLE_CHUNKS == 0:
            self._renew(broken=False)
        self.submitted += 1
        try:
            return self.pool.submit(work_chunk, chunk, job)
        except BrokenProcessPool as exc:  # an earlier chunk killed a worker
            broken: Future[list[Outcome]] = Future()
            broken.set_exception(exc)
            return broken

    def run(self, chunks: Iterator[list[Task]], job: Job) -> Iterator[Outcome]:
        pending: deque[list[Any]] = deque()  # [chunk, future, bytes], in input order
        held = 0
        for chunk in chunks:
            size = sum(task_bytes(t) for t in chunk)
            while pending and (len(pending) >= 8 * self.jobs or held + size > self.budget):
                held -= pending[0][2]
                yield from self._collect(pending, job)
            pending.append([chunk, self._submit(chunk, job), size])
            held += size
        while pending:
            yield from self._collect(pending, job)

    def _collect(self, pending: deque[list[Any]], job: Job) -> list[Outcome]:
        """The outcomes of the first chunk in flight; after a worker died, see the class doc."""
        chunk, future, _ = pending.popleft()
        try:
            return list(future.result())
        except BrokenProcessPool:
            pass
        self._renew()
        outcomes = self._isolated(chunk, job)
        for entry in pending:  # in flight on the dead pool: sent again, unless already back
            if not (entry[1].done() and entry[1].exception() is None):
                entry[1] = self._submit(entry[0], job)
        return outcomes

    def _alone(self, chunk: list[Task], job: Job) -> list[Outcome] | None:
        try:
            return self._submit(chunk, job).result()
        except BrokenProcessPool:
            self._renew()
            return None

    def _isolated(self, chunk: list[Task], job: Job) -> list[Outcome]:
        """A chunk in flight when a worker died: once more alone, then input by input."""
        again = self._alone(chunk, job)
        if again is not None:
            return again
        return [o for task in chunk for o in (self._alone([task], job) or crashed([task]))]

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
