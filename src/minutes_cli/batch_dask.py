"""The Dask engine: the same `work_chunk` on a Dask cluster (optional extra `minutes-cli[dask]`).

Chunks are submitted in input order with a bounded window (chunks and bytes) and their
results read back in that order, so records and the JSONL line order are the same as a
local run. Workers need `minutes-cli` installed; spaCy is built once per worker process.

Faults: a chunk whose worker died (KilledWorker, after Dask's own retries) fails as
WorkerCrashed. A lost scheduler, or no worker at all for `no_worker_wait` seconds, ends
the run: every input not yet parsed comes back as a `NotAttempted` outcome (so it is
listed in errors.tsv) and then one `ClusterLost` error says what happened.
"""

from __future__ import annotations

import time
from typing import Any, Iterator

from .batch_engines import INFLIGHT_BYTES, Job, Outcome, Task, crashed, in_order, work_chunk
from .errors import MinutesError, MissingDependency

POLL = 1.0  # seconds between checks on the cluster while waiting for a chunk
NO_WORKER_WAIT = 60.0
NOT_ATTEMPTED = "NotAttempted"


class ClusterLost(MinutesError):
    """The Dask scheduler went away, or the cluster had no workers for too long."""


class DaskEngine:
    """Run chunks on a Dask cluster at `address`, or on a LocalCluster of `jobs` processes."""

    def __init__(self, address: str | None, jobs: int, no_worker_wait: float | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise MissingDependency("--engine dask", "dask[distributed]", "dask") from exc
        self.cluster: Any = None
        self.wait = NO_WORKER_WAIT if no_worker_wait is None else no_worker_wait
        self.lost, self.address = "", address or "a local cluster"
        try:
            if address is None:  # 127.0.0.1 and no dashboard: nothing listens beyond this machine
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=None)
                address = self.cluster.scheduler_address
            self.client: Any = Client(address, timeout=10)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterLost(f"--scheduler {address}: cannot reach the Dask scheduler: {str(exc)[:200]}") from None
        self.jobs = max(1, sum(self.client.nthreads().values()))

    def _submit(self, chunk: list[Task], job: Job) -> Any:
        if self.lost:
            return None
        try:
            return self.client.submit(work_chunk, chunk, job, pure=False)
        except Exception as exc:  # the client has closed: the scheduler is gone
            self.lost = f"the Dask scheduler at {self.address} was lost ({type(exc).__name__})"
            return None

    def run(self, chunks: Iterator[list[Task]], job: Job) -> Iterator[Outcome]:
        left = 0
        for chunk, future in in_order(lambda c: self._submit(c, job), chunks, 8 * self.jobs, INFLIGHT_BYTES):
            outcomes = self._result(future, chunk) if future is not None and not self.lost else None
            if outcomes is None:
                left += len(chunk)
                outcomes = _not_attempted(chunk, self.lost)
            yield from outcomes
        if self.lost:
            raise ClusterLost(f"--engine dask: {self.lost}; {left} input(s) not parsed "
                              "(listed in errors.tsv with -o); run again to finish")

    def _result(self, future: Any, chunk: list[Task]) -> list[Outcome] | None:
        """The chunk's outcomes; None once the cluster is lost (sets `self.lost`)."""
        idle_since: float | None = None
        while True:
            try:
                outcomes: list[Outcome] = future.result(timeout=POLL)
                future.release()
                return outcomes
            except TimeoutError:
                pass
            except Exception as exc:  # KilledWorker and the like, unless the scheduler went
                if self._gone():
                    return None
                future.release()
                return crashed(chunk, f"a Dask worker died or failed ({type(exc).__name__})")
            if self._gone():
                return None
            idle_since = None if self.client.nthreads() else (idle_since or time.monotonic())
            if idle_since is not None and time.monotonic() - idle_since > self.wait:
                self.lost = f"the Dask cluster at {self.address} has had no workers for {self.wait:g} s"
                return None

    def _gone(self) -> bool:
        if self.client.status != "running":
            self.lost = self.lost or f"the Dask scheduler at {self.address} was lost"
        return bool(self.lost)

    def close(self) -> None:
        for part in (getattr(self, "client", None), self.cluster):
            if part is not None:
                try:
                    part.close()
                except Exception:  # closing a client whose scheduler is gone: nothing to save
                    pass


def _not_attempted(chunk: list[Task], why: str) -> list[Outcome]:
    return [Outcome("failed", getattr(t, "rel", ""), t.origin, error=NOT_ATTEMPTED, message=f"not parsed: {why}")
            for t in chunk]
