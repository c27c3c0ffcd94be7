"""Issue 14 #2 and #4: a dead worker is replaced and only the input that kills it fails;
input bytes in flight are bounded by a budget, not by a count of documents."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pytest

from _batchdocs import make_zip, paper
from _batchpoison import POISON, poisoned_chunk
from minutes_cli import batch_engines
from minutes_cli.archive import Item
from minutes_cli.batch import BatchOptions, run
from minutes_cli.batch_engines import Outcome, chunked, in_order
from minutes_cli.settings import Settings


@pytest.mark.slow
def test_a_worker_killed_by_one_input_fails_that_input_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_engines, "work_chunk", poisoned_chunk)
    files = {f"p{i:02d}.txt": paper(i).encode() for i in range(12)}
    files["p05.txt"] += POISON
    archive = make_zip(tmp_path / "in.zip", files)
    outcomes = list(run([str(archive)], Settings(), BatchOptions(output=tmp_path / "out", jobs=2, chunk_size=3)))
    assert [o.rel for o in outcomes] == sorted(files)
    failed = [(o.rel, o.error) for o in outcomes if o.status == "failed"]
    assert failed == [("p05.txt", "WorkerCrashed")]
    assert sum(o.status == "parsed" for o in outcomes) == 11


def _item(i: int, size: int) -> Item:
    return Item(f"{i}.txt", f"{i}.txt", f"{i}.txt", b"x" * size)


def test_chunks_are_cut_by_bytes() -> None:
    chunks = list(chunked((_item(i, 6_000_000) for i in range(8)), 8, max_bytes=16_000_000))
    assert [len(c) for c in chunks] == [3, 3, 2]


def test_bytes_in_flight_stay_within_the_budget() -> None:
    outstanding: list[int] = []
    held = {"bytes": 0}

    def submit(chunk: list[batch_engines.Task]) -> "Future[list[Outcome]]":
        held["bytes"] += sum(batch_engines.task_bytes(t) for t in chunk)
        outstanding.append(held["bytes"])
        future: Future[list[Outcome]] = Future()
        future.set_result([])
        return future

    chunks = ([_item(i, 10_000_000)] for i in range(40))
    for chunk, _ in in_order(submit, chunks, window=16, budget=35_000_000):
        held["bytes"] -= sum(batch_engines.task_bytes(t) for t in chunk)
    assert max(outstanding) <= 35_000_000 and held["bytes"] == 0


def test_a_defect_is_an_internal_error_row_not_bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(item: Item, settings: Settings) -> dict[str, object]:
        raise ValueError("day is out of range for month")

    monkeypatch.setattr(batch_engines, "convert", broken)
    archive = make_zip(tmp_path / "in.zip", {"a.txt": paper(1).encode()})
    [outcome] = run([str(archive)], Settings(), BatchOptions(output=tmp_path / "out"))
    assert (outcome.error, outcome.message) == (
        "InternalError", "internal error (a bug in minutes): ValueError: day is out of range for month")
