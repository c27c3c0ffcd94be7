"""The Dask engine: the same `work_chunk` on a Dask cluster (optional extra `minutes-cli[dask]`).

Chunks are submitted in input order with a bounded window and their results read back in
that order, so records and the JSONL line order are the same as a local run. Workers need
`minutes-cli` installed; spaCy is built once per worker process (cached on first use).
"""

from __future__ import annotations

from typing import Any, Iterator

from .batch_engines import Job, Outcome, Task, crashed, in_order, work_chunk
from .errors import MissingDependency


class DaskEngine:
    """Run chunks on a Dask cluster at `address`, or on a LocalCluster of `jobs` processes."""

    def __init__(self, address: str | None, jobs: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise MissingDependency("--engine dask", "dask[distributed]", "dask") from exc
        self.cluster: Any = None
        if address is None:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            address = self.cluster.scheduler_address
        self.client: Any = Client(address)
        self.jobs = max(1, sum(self.client.nthreads().values()))

    def run(self, chunks: Iterator[list[Task]], job: Job) -> Iterator[Outcome]:
        def submit(chunk: list[Task]) -> Any:
            return self.client.submit(work_chunk, chunk, job, pure=False)

        for chunk, future in in_order(submit, chunks, window=8 * self.jobs):
            try:
                outcomes = future.result()
            except Exception:  # KilledWorker and the like: the chunk is lost, the batch goes on
                outcomes = crashed(chunk)
            future.release()
            yield from outcomes

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
