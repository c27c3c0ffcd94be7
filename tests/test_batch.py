"""The batch library: engines agree, resume, failures, time limit, JSONL."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path

import pytest
from _batchdocs import members, records, write_tree

from minutes_cli import batch_engines
from minutes_cli._deadline import DeadlineExceeded, deadline
from minutes_cli.archive import Item
from minutes_cli.batch import BatchOptions, Summary, run
from minutes_cli.batch_engines import Job, convert, work
from minutes_cli.records import dumps
from minutes_cli.settings import Settings


def _run(args: list[str], **options: object) -> list[batch_engines.Outcome]:
    return list(run(args, Settings(), BatchOptions(**options)))  # type: ignore[arg-type]


def test_convert_is_parse_bytes_of_the_item() -> None:
    item = Item("x/p.txt", "x/p.txt", "in/x/p.txt", members(1)["papers/a/000.txt"])
    record = convert(item, Settings())
    assert record["source"]["path"] == "x/p.txt" and record["decisions"]


def test_two_workers_write_the_same_records_as_one(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(12))
    one = _run([str(root)], output=tmp_path / "one", jobs=1)
    two = _run([str(root)], output=tmp_path / "two", jobs=2, chunk_size=2)
    assert [o.status for o in one] == [o.status for o in two] == ["parsed"] * 12
    assert [o.rel for o in one] == [o.rel for o in two]
    assert records(tmp_path / "one") == records(tmp_path / "two")
    assert len(records(tmp_path / "one")) == 12


def test_second_run_skips_everything_and_force_reparses(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(5))
    out = tmp_path / "out"
    assert {o.status for o in _run([str(root)], output=out)} == {"parsed"}
    assert {o.status for o in _run([str(root)], output=out)} == {"skipped"}
    assert {o.status for o in _run([str(root)], output=out, force=True)} == {"parsed"}


def test_changed_or_deleted_record_is_parsed_again(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(4))
    out = tmp_path / "out"
    _run([str(root)], output=out)
    (root / "papers/a/000.txt").write_text("Minutes\n\nA new text for this one.\n")
    (out / "papers/b/001.txt.yaml").unlink()
    statuses = {o.rel: o.status for o in _run([str(root)], output=out)}
    assert statuses == {"papers/a/000.txt": "parsed", "papers/a/002.txt": "skipped",
                        "papers/b/001.txt": "parsed", "papers/b/003.txt": "skipped"}
    new_sha = hashlib.sha256((root / "papers/a/000.txt").read_bytes()).hexdigest()
    assert new_sha in (out / "papers/a/000.txt.yaml").read_text()


def test_other_settings_do_not_count_as_done(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(2))
    out = tmp_path / "out"
    _run([str(root)], output=out)
    again = list(run([str(root)], Settings(stages=("structure",)), BatchOptions(output=out)))
    assert {o.status for o in again} == {"parsed"}


def test_bad_file_among_good_ones(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", {**members(3), "papers/bad.txt": b"\x00\x01binary", "papers/empty.txt": b""})
    out = tmp_path / "out"
    outcomes = _run([str(root)], output=out, jobs=2, chunk_size=1)
    summary = Summary()
    for o in outcomes:
        summary.add(o)
    assert (summary.parsed, summary.failed) == (3, 2)
    rows = (out / "errors.tsv").read_text().splitlines()
    assert rows[0] == "input\terror\tmessage"
    assert sorted(r.split("\t")[:2] for r in rows[1:]) == [[str(root / "papers/bad.txt"), "LoadError"],
                                                           [str(root / "papers/empty.txt"), "LoadError"]]
    assert len(records(out)) == 3


def test_errors_file_is_removed_when_a_run_has_no_failure(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", {**members(2), "bad.txt": b""})
    out = tmp_path / "out"
    _run([str(root)], output=out)
    assert (out / "errors.tsv").exists()
    (root / "bad.txt").unlink()
    _run([str(root)], output=out)
    assert not (out / "errors.tsv").exists()


def test_jsonl_is_one_line_per_record_in_input_order(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(9))
    one = _run([str(root)], output=tmp_path / "one", fmt="jsonl")
    _run([str(root)], output=tmp_path / "two", fmt="jsonl", jobs=2, chunk_size=2)
    text = (tmp_path / "one/records.jsonl").read_text()
    assert text == (tmp_path / "two/records.jsonl").read_text()
    lines = [json.loads(line) for line in text.splitlines()]
    assert [r["source"]["path"] for r in lines] == [o.rel for o in one] == sorted(o.rel for o in one)
    assert {o.status for o in _run([str(root)], output=tmp_path / "one", fmt="jsonl")} == {"skipped"}


def test_jsonl_resume_replaces_a_changed_record_without_duplicates(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(5))
    out = tmp_path / "out"
    _run([str(root)], output=out, fmt="jsonl")
    (root / "papers/a/002.txt").write_text("Minutes\n\nChanged.\n")
    _run([str(root)], output=out, fmt="jsonl")
    lines = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert sorted(r["source"]["path"] for r in lines) == sorted(members(5))
    assert {o.status for o in _run([str(root)], output=out, fmt="jsonl")} == {"skipped"}


def test_jsonl_tail_cut_by_a_kill_is_dropped_on_resume(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(4))
    whole, out = tmp_path / "whole", tmp_path / "out"
    _run([str(root)], output=whole, fmt="jsonl")
    _run([str(root)], output=out, fmt="jsonl")
    manifest = out / ".minutes/manifest-jsonl.tsv"
    rows = manifest.read_text().splitlines(keepends=True)
    manifest.write_text("".join(rows[:2]) + rows[2][:10])  # row 3 cut short, row 4 never written
    data = (out / "records.jsonl").read_bytes()
    (out / "records.jsonl").write_bytes(data[: len(data) - 50])  # last line half written
    statuses = [o.status for o in _run([str(root)], output=out, fmt="jsonl")]
    assert statuses == ["skipped", "skipped", "parsed", "parsed"]
    assert (out / "records.jsonl").read_bytes() == (whole / "records.jsonl").read_bytes()


def test_stdout_mode_writes_nothing_and_keeps_text(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", members(2))
    outcomes = _run([str(root)], fmt="json")
    assert all(json.loads(o.text or "")["schema_version"] == 1 for o in outcomes)
    assert list(tmp_path.iterdir()) == [tmp_path / "in"]


def test_same_output_path_twice_is_a_failure_not_an_overwrite(tmp_path: Path) -> None:
    write_tree(tmp_path, {"x/p.txt": members(1)["papers/a/000.txt"], "y/p.txt": b"Minutes\n\nOther.\n"})
    outcomes = _run([str(tmp_path / "x/p.txt"), str(tmp_path / "y/p.txt")], output=tmp_path / "out")
    assert [(o.status, o.error) for o in outcomes] == [("parsed", None), ("failed", "OutputCollision")]


def test_slow_document_hits_the_time_limit_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(item: Item, settings: Settings) -> dict:
        if "slow" in item.name:
            while True:
                time.sleep(0.01)
        return {"source": {"sha256": "0"}, "problems": []}

    monkeypatch.setattr(batch_engines, "convert", slow)
    job = Job(Settings(), "yaml", timeout=0.2)
    started = time.perf_counter()
    outcome = work(Item("slow.txt", "slow.txt", "slow.txt", b"x"), job)
    assert (outcome.status, outcome.error) == ("failed", "Timeout")
    assert time.perf_counter() - started < 5
    assert work(Item("ok.txt", "ok.txt", "ok.txt", b"x"), job).status == "parsed"


def test_deadline_interrupts_a_worker_thread() -> None:
    caught: list[str] = []

    def body() -> None:
        try:
            with deadline(0.1):
                while True:
                    sum(range(100))
        except DeadlineExceeded:
            caught.append("timeout")

    thread = threading.Thread(target=body)
    thread.start()
    thread.join(5)
    assert caught == ["timeout"]


def test_records_do_not_depend_on_how_they_were_run(tmp_path: Path) -> None:
    """A record written by the batch equals parse_bytes of the same bytes and name."""
    root = write_tree(tmp_path / "in", members(1))
    _run([str(root)], output=tmp_path / "out")
    item = Item("papers/a/000.txt", "papers/a/000.txt", "", (root / "papers/a/000.txt").read_bytes())
    assert (tmp_path / "out/papers/a/000.txt.yaml").read_text() == dumps(convert(item, Settings()))
    assert str(tmp_path) not in (tmp_path / "out/papers/a/000.txt.yaml").read_text()


def test_recycled_workers_write_the_same_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_engines, "RECYCLE_CHUNKS", 2)
    root = write_tree(tmp_path / "in", members(10))
    one = _run([str(root)], output=tmp_path / "one", jobs=1)
    two = _run([str(root)], output=tmp_path / "two", jobs=2, chunk_size=1)
    assert [o.status for o in two] == [o.status for o in one] == ["parsed"] * 10
    assert records(tmp_path / "one") == records(tmp_path / "two")
