"""minutes parse on directories, globs and archives; resume after a kill; error lines."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _batchdocs import make_tar, make_zip, members, records, write_tree
from rich.console import Console
from typer.testing import CliRunner

from minutes_cli.batch import Summary
from minutes_cli.batch_engines import Outcome
from minutes_cli.cli import app
from minutes_cli.cli._progress import render_summary
from minutes_cli.cli.parse import parse_size

RUNNER = CliRunner()
EXPECTED = sorted(f"{name}.yaml" for name in members(6))


def invoke(*args: str) -> object:
    return RUNNER.invoke(app, ["parse", *args])


def _input(kind: str, tmp: Path) -> str:
    files = members(6)
    if kind == "dir":
        return str(write_tree(tmp / "in", {f"top/{k}": v for k, v in files.items()}) / "top")
    if kind == "glob":
        write_tree(tmp / "in", {**files, "papers/skip.md": b"Minutes\n"})
        return f"{tmp}/in/**/*.txt"
    if kind == "zip":
        return str(make_zip(tmp / "a.zip", files))
    mode = {"tar": "w", "tar.gz": "w:gz", "tar.bz2": "w:bz2", "tar.xz": "w:xz"}[kind]
    return str(make_tar(tmp / f"a.{kind}", files, mode))


@pytest.mark.parametrize("kind", ["dir", "glob", "zip", "tar", "tar.gz", "tar.bz2", "tar.xz"])
def test_inputs_mirror_into_the_output_tree(tmp_path: Path, kind: str) -> None:
    result = invoke(_input(kind, tmp_path), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert sorted(records(tmp_path / "out")) == EXPECTED  # a glob is relative to its fixed prefix


def test_all_inputs_kinds_give_the_same_records(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert invoke(_input("zip", a.parent), "-o", str(a)).exit_code == 0
    assert invoke(_input("tar.gz", b.parent), "-o", str(b), "--jobs", "2", "--chunk-size", "1").exit_code == 0
    assert records(a) == records(b)


def test_single_file_prints_its_record(tmp_path: Path) -> None:
    path = write_tree(tmp_path, members(1)) / "papers/a/000.txt"
    result = invoke(str(path))
    assert result.exit_code == 0 and result.stdout.startswith("schema_version: 1")
    assert "---" not in result.stdout.splitlines()[0]


def test_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [f"error: {tmp_path / 'nope.txt'}: no such file"]


def test_bad_file_among_good_ones_is_one_line_a_row_and_exit_1(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", {**members(3), "papers/bad.txt": b"\x00\x00\x00"})
    result = invoke(str(root), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {root / 'papers/bad.txt'}: file looks binary, not text"]
    assert len(records(tmp_path / "out")) == 3
    assert (tmp_path / "out/errors.tsv").read_text().count("\n") == 2


def test_zip_slip_never_writes_outside_out(tmp_path: Path) -> None:
    good = members(1)["papers/a/000.txt"]
    zpath = make_zip(tmp_path / "evil.zip", {"../../escaped.txt": good, "/tmp/abs.txt": good, "ok.txt": good})
    out = tmp_path / "deep/out"
    result = invoke(str(zpath), "-o", str(out))
    assert result.exit_code == 1
    assert sorted(p.name for p in tmp_path.rglob("*.yaml")) == ["ok.txt.yaml"]
    assert result.stderr.count("error:") == 2


def test_oversized_member_is_rejected_by_the_cli_limit(tmp_path: Path) -> None:
    files = {"small.txt": members(1)["papers/a/000.txt"], "big.txt": b"Minutes\n" + b"x " * 5000}
    result = invoke(str(make_zip(tmp_path / "a.zip", files)), "-o", str(tmp_path / "out"), "--max-member-size", "2KB")
    assert result.exit_code == 1 and "big.txt" in result.stderr
    assert sorted(records(tmp_path / "out")) == ["small.txt.yaml"]


def test_jsonl_output_is_one_file(tmp_path: Path) -> None:
    result = invoke(_input("zip", tmp_path), "-o", str(tmp_path / "out"), "--format", "jsonl")
    assert result.exit_code == 0
    lines = (tmp_path / "out/records.jsonl").read_text().splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == sorted(members(6))
    assert records(tmp_path / "out") == {}


def test_jsonl_to_stdout(tmp_path: Path) -> None:
    result = invoke(_input("tar", tmp_path), "--format", "jsonl")
    assert [json.loads(line)["schema_version"] for line in result.stdout.splitlines()] == [1] * 6


@pytest.mark.parametrize("args", [["--scheduler", "tcp://x:1"], ["--max-member-size", "lots"], ["--jobs", "-1"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    assert invoke(str(tmp_path), "-o", str(tmp_path / "out"), *args).exit_code == 2


@pytest.mark.parametrize("text, size", [("1000", 1000), ("50MB", 50_000_000), ("2GiB", 2 * 1024**3), ("1.5k", 1500)])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_summary_table_shows_counts_and_problem_codes() -> None:
    summary = Summary()
    summary.add(Outcome("parsed", "a", "a", counts={"decisions": 2, "speakers": 1, "dates": 3}, problem_codes={"D303": 1}))
    summary.add(Outcome("failed", "b", "b", error="LoadError", message="file is empty"))
    summary.add(Outcome("skipped", "c", "c"))
    buffer = io.StringIO()
    render_summary(summary, Console(file=buffer, width=80))
    text = buffer.getvalue()
    for needle in ("parsed", "skipped", "failed", "decisions found", "D303", "docs/s", "elapsed"):
        assert needle in text


def _minutes(*args: str) -> list[str]:
    return [sys.executable, "-m", "minutes_cli", "parse", *args]


def _session(sid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[3]) == sid:
                pids.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return pids


def _assert_session_ends(sid: int) -> None:
    if not Path("/proc/self/stat").exists():
        return
    deadline = time.monotonic() + 20
    while _session(sid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _session(sid)
    if left:
        os.killpg(sid, signal.SIGKILL)
    assert not left, "worker processes outlived their killed parent"


@pytest.mark.parametrize("fmt", ["yaml", "jsonl"])
def test_killed_run_resumes_to_the_records_of_an_uninterrupted_run(tmp_path: Path, fmt: str) -> None:
    root = write_tree(tmp_path / "in", members(80))
    whole, out = tmp_path / "whole", tmp_path / "out"
    subprocess.run(_minutes(str(root), "-o", str(whole), "-f", fmt, "-j", "1", "-q"), check=True)
    proc = subprocess.Popen(_minutes(str(root), "-o", str(out), "-f", fmt, "-j", "2", "--chunk-size", "2", "-q"),
                            start_new_session=True)
    manifest = out / f".minutes/manifest-{fmt}.tsv"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_text().count("\n") >= 10:
            break
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)  # the parent only: its pool workers must notice and exit
    proc.wait()
    _assert_session_ends(proc.pid)
    done = manifest.read_text().count("\n")
    if done >= 80:
        pytest.skip("the run finished before it could be killed")
    resumed = subprocess.run(_minutes(str(root), "-o", str(out), "-f", fmt, "-q"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    suffix = ".jsonl" if fmt == "jsonl" else ".yaml"
    assert records(out, suffix) == records(whole, suffix)
    assert not [p for p in out.rglob("*.tmp")]
