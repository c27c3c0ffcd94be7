"""minutes export on the command line: batch output folders, errors, --csv, exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_cli.cli import app

from support import FIXTURES
from test_export import GOLDENS, _records, expected_counts, table_counts

PAPERS = sorted(p.with_suffix("") for p in GOLDENS)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("fmt", ["jsonl", "yaml", "json"])
def test_exports_a_batch_output_folder(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    out = tmp_path / "out"
    parsed = runner.invoke(app, ["parse", *map(str, PAPERS), str(broken), "-o", str(out), "--format", fmt])
    assert parsed.exit_code == 1 and (out / "errors.tsv").is_file() and (out / ".minutes").is_dir()
    db = tmp_path / "a.db"
    result = runner.invoke(app, ["export", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"{len(PAPERS)} added, 0 replaced, 0 unchanged, 0 failed -> {db}\n"
    assert result.stdout == ""
    assert table_counts(db)["documents"] == len(PAPERS)
    again = runner.invoke(app, ["export", str(out), "--db", str(db)])
    assert again.stderr.startswith(f"0 added, 0 replaced, {len(PAPERS)} unchanged, 0 failed")


def test_a_bad_record_is_one_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("source: [unclosed\n")
    db = tmp_path / "a.db"
    result = runner.invoke(app, ["export", str(bad), str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"error: {bad}: not valid YAML: ") and len(lines) == 2
    assert lines[1].startswith(f"{len(GOLDENS)} added, 0 replaced, 0 unchanged, 1 failed")
    assert table_counts(db) == expected_counts(_records(GOLDENS))


def test_a_missing_input_and_a_paper_are_errors(runner: CliRunner, tmp_path: Path) -> None:
    paper = FIXTURES / "news/council-news.txt"
    result = runner.invoke(app, ["export", str(tmp_path / "nope.yaml"), str(paper), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'nope.yaml'}: no such file or directory" in result.stderr
    assert f"error: {paper}: not a record file" in result.stderr


def test_a_database_of_something_else_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (x)")
    result = runner.invoke(app, ["export", str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {db}: not a database made by minutes export")
    assert len(result.stderr.splitlines()) == 1


def test_csv_without_a_database(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(FIXTURES), "--csv", str(tmp_path / "csv"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    decisions = (tmp_path / "csv/decisions.csv").read_text(encoding="utf-8").splitlines()
    assert decisions[0].startswith("document_id,id,kind,agenda_item,text,")
    assert len(list(tmp_path.iterdir())) == 1  # no database left behind


def test_no_target_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", str(FIXTURES)])
    assert result.exit_code == 2


def test_the_same_records_as_yaml_then_jsonl_change_nothing(runner: CliRunner, tmp_path: Path) -> None:
    for fmt in ("yaml", "jsonl"):
        assert runner.invoke(app, ["parse", *map(str, PAPERS), "-o", str(tmp_path / fmt), "--format", fmt]).exit_code == 0
    db = tmp_path / "a.db"
    assert runner.invoke(app, ["export", str(tmp_path / "yaml"), "--db", str(db)]).exit_code == 0
    data = db.read_bytes()
    result = runner.invoke(app, ["export", str(tmp_path / "jsonl"), "--db", str(db)])
    assert result.stderr.startswith(f"0 added, 0 replaced, {len(PAPERS)} unchanged, 0 failed")
    assert db.read_bytes() == data


def test_unwritable_targets_are_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(FIXTURES), "--db", str(tmp_path / "no/such/dir/a.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'no/such/dir/a.db'}: cannot open the database")
    (tmp_path / "file").write_text("x")
    result = runner.invoke(app, ["export", str(FIXTURES), "--csv", str(tmp_path / "file/csv")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'file/csv'}: cannot write CSV")


def test_a_read_only_database_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    import os

    db = tmp_path / "a.db"
    assert runner.invoke(app, ["export", str(FIXTURES / "news"), "--db", str(db)]).exit_code == 0
    db.chmod(0o444)
    if os.access(db, os.W_OK):
        pytest.skip("running as a user who can write read-only files")
    result = runner.invoke(app, ["export", str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {db}: cannot write: attempt to write a readonly database")
