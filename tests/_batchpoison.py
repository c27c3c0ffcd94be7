"""A work function for pool workers that dies on a marked input (tests of worker crashes)."""

from __future__ import annotations

import os

from minutes_cli.archive import Item
from minutes_cli.batch_engines import Job, Outcome, Task, work_chunk

POISON = b"POISON-PILL"


def poisoned_chunk(tasks: list[Task], job: Job) -> list[Outcome]:
    """`work_chunk`, except that the worker process dies when a task holds POISON."""
    if any(isinstance(t, Item) and POISON in t.data for t in tasks):
        os._exit(3)
    return work_chunk(tasks, job)
