"""Issue 14 #1, #5, #6: one awkward input is one row in errors.tsv and the batch goes on;
one writer per output folder; a broken output folder is one error line and an exit code."""

from __future__ import annotations

import errno
import fcntl
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _batchdocs import make_tar, make_zip, paper, records
from minutes_cli import batch_output
from minutes_cli.batch import BatchOptions, run
from minutes_cli.batch_engines import Outcome
from minutes_cli.batch_output import LOCK_FILE, STATE_DIR, OutputError
from minutes_cli.cli import app
from minutes_cli.settings import Settings

GOOD = paper(1).encode()


def _run(args: list[str], **options: object) -> list[Outcome]:
    return list(run(args, Settings(), BatchOptions(**options)))  # type: ignore[arg-type]


def _errors(out: Path) -> list[list[str]]:
    path = out / "errors.tsv"
    return [line.split("\t") for line in path.read_text().splitlines()[1:]] if path.exists() else []


def test_long_names_and_clashing_members_fail_alone(tmp_path: Path) -> None:
    files = {"a.txt": GOOD, "m" * 240 + ".txt": GOOD, "n" * 250 + ".txt": GOOD, "d/" * 2100 + "deep.txt": GOOD,
             "p.txt": GOOD, "p.txt.yaml/q.txt": GOOD, "z.txt": GOOD}
    archive = make_tar(tmp_path / "in.tar.gz", files)
    out = tmp_path / "out"
    for _ in range(2):  # a rerun goes on past the same inputs too
        statuses = [o.status for o in _run([str(archive)], output=out)]
        assert len(statuses) == 7 and statuses.count("failed") == 3, statuses
    assert {"a.txt.yaml", "m" * 240 + ".txt.yaml", "p.txt.yaml", "z.txt.yaml"} <= set(records(out))
    rows = _errors(out)
    assert len(rows) == 3 and all(row[1] == "OutputError" for row in rows), rows
    assert all(len(row[0]) + len(row[2]) < 9000 for row in rows)


def test_empty_zip_member_name_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "in.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", GOOD)
        zf.writestr(zipfile.ZipInfo(""), GOOD)
        zf.writestr("b.txt", GOOD)
    out = tmp_path / "out"
    statuses = sorted(o.status for o in _run([str(path)], output=out))
    assert statuses == ["failed", "parsed", "parsed"]
    assert _errors(out)[0][1] == "UnsafeMember"


def test_oserror_while_writing_one_record_fails_that_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch_output.write_atomic

    def flaky(path: Path, text: str) -> None:
        if path.name.startswith("b."):
            raise OSError(errno.EIO, "Input/output error")
        real(path, text)

    monkeypatch.setattr(batch_output, "write_atomic", flaky)
    archive = make_zip(tmp_path / "in.zip", {"a.txt": GOOD, "b.txt": GOOD, "c.txt": GOOD})
    out = tmp_path / "out"
    assert [o.status for o in _run([str(archive)], output=out)] == ["parsed", "failed", "parsed"]
    assert _errors(out)[0][:2] == [f"{archive}:b.txt", "OutputError"]


def test_disk_full_is_one_error_for_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch_output, "write_atomic", full)
    archive = make_zip(tmp_path / "in.zip", {"a.txt": GOOD, "b.txt": GOOD})
    with pytest.raises(OutputError, match="No space left on device"):
        _run([str(archive)], output=tmp_path / "out")


def test_jsonl_write_failure_leaves_no_torn_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = make_zip(tmp_path / "in.zip", {"a.txt": GOOD, "b.txt": paper(2).encode()})
    out = tmp_path / "out"
    real = batch_output.JsonlWriter._append

    def torn(self: batch_output.JsonlWriter, data: bytes) -> None:
        if b'"b.txt"' in data:
            real(self, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, data)

    monkeypatch.setattr(batch_output.JsonlWriter, "_append", torn)
    with pytest.raises(OutputError):
        _run([str(archive)], output=out, fmt="jsonl")
    lines = (out / "records.jsonl").read_bytes().splitlines(keepends=True)
    assert len(lines) == 1 and lines[0].endswith(b"}\n")


def test_torn_manifest_row_never_joins_the_next_row(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", {"a.txt": GOOD, "b.txt": paper(2).encode()})
    out = tmp_path / "out"
    _run([str(archive)], output=out, fmt="jsonl")
    manifest = out / STATE_DIR / "manifest-jsonl.tsv"
    text = manifest.read_text()
    manifest.write_text(text[: len(text) - 10])  # the last row cut short (disk full, kill)
    for _ in range(3):
        _run([str(archive)], output=out, fmt="jsonl")
    assert len((out / "records.jsonl").read_bytes().splitlines()) == 2


def test_a_second_run_into_a_locked_folder_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", {"a.txt": GOOD})
    out = tmp_path / "out"
    (out / STATE_DIR).mkdir(parents=True)
    with open(out / STATE_DIR / LOCK_FILE, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another minutes run"):
            _run([str(archive)], output=out, fmt="jsonl")
        timer = threading.Timer(0.5, lambda: fcntl.flock(fh, fcntl.LOCK_UN))
        timer.start()
        started = time.monotonic()
        assert [o.status for o in _run([str(archive)], output=out, fmt="jsonl", wait=True)] == ["parsed"]
        assert time.monotonic() - started >= 0.4
    assert len((out / "records.jsonl").read_bytes().splitlines()) == 1


@pytest.mark.parametrize("case", ["file", "readonly"])
def test_unusable_output_folder_is_one_line_and_exit_1(tmp_path: Path, case: str) -> None:
    (tmp_path / "p.txt").write_bytes(GOOD)
    out = tmp_path / "out"
    if case == "file":
        out.write_text("not a folder")
    else:
        out.mkdir()
        out.chmod(0o555)
        if os.access(out, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
    try:
        result = CliRunner().invoke(app, ["parse", str(tmp_path / "p.txt"), "-o", str(out), "-q"])
    finally:
        out.chmod(0o755)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(out) in lines[0], lines


def test_file_name_that_is_not_utf8_is_one_row(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_bytes(GOOD)
    with open(os.path.join(os.fsencode(root), b"bad\xff.txt"), "wb") as fh:
        fh.write(GOOD)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["parse", str(root), "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    assert (out / "good.txt.yaml").exists()
    assert _errors(out) == [[f"{root}/bad\\xff.txt", "InputError", "file name is not valid UTF-8"]]


@pytest.mark.parametrize("step", [0, 1, 2])
def test_a_run_killed_during_jsonl_compaction_leaves_no_duplicate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 step: int) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(3):
        (root / f"p{i}.txt").write_bytes(paper(i).encode())
    out = tmp_path / "out"
    _run([str(root)], output=out, fmt="jsonl")
    (root / "p0.txt").write_bytes(paper(9).encode())  # re-parsed: its old line is compacted away
    real, calls = os.replace, []

    def dies(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == step + 1:  # the kill: before the new ledger, before or after the JSONL rename
            raise KeyboardInterrupt
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_output.os, "replace", dies)
    with pytest.raises(KeyboardInterrupt):
        _run([str(root)], output=out, fmt="jsonl")
    monkeypatch.setattr(batch_output.os, "replace", real)
    assert {o.status for o in _run([str(root)], output=out, fmt="jsonl")} == {"skipped"}
    lines = (out / "records.jsonl").read_text().splitlines()
    assert len(lines) == 3 and sum("p0.txt" in line for line in lines) == 1


def test_read_only_output_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root a chmod 0555 folder stays writable, so the read-only file system is simulated."""
    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(batch_output.Manifest, "__init__", read_only)
    (tmp_path / "p.txt").write_bytes(GOOD)
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "p.txt"), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {tmp_path / 'out'}: cannot write: Read-only file system"]
