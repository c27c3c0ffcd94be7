"""minutes show on the command line: a record with its paper, a paper that is not the
record's (a warning), and bad input (one error line, exit 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from minutes_cli import parse_text
from minutes_cli.cli import app
from minutes_cli.records import dump_yaml
from minutes_cli.show import show_path

from test_show import HOSTILE, Page


def _paper(tmp_path: Path, text: str, name: str = "paper.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_record_with_its_paper_beside_it(tmp_path: Path) -> None:
    paper = _paper(tmp_path, HOSTILE)
    record = parse_text(HOSTILE, name="paper.txt")
    (tmp_path / "paper.txt.yaml").write_text(dump_yaml(record), encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(tmp_path / "paper.txt.yaml")])
    assert result.exit_code == 0, result.output
    assert result.stderr == "" and Page(result.stdout).text
    assert show_path(tmp_path / "paper.txt.yaml").html == show_path(tmp_path / "paper.txt.yaml", paper).html


def test_record_over_another_paper_says_so(tmp_path: Path) -> None:
    record = parse_text(HOSTILE, name="paper.txt")
    (tmp_path / "paper.txt.yaml").write_text(dump_yaml(record), encoding="utf-8")
    other = _paper(tmp_path, HOSTILE.replace("3 May", "4 May"), "other.txt")
    result = CliRunner().invoke(app, ["show", str(tmp_path / "paper.txt.yaml"), "--paper", str(other)])
    assert result.exit_code == 0
    assert result.stderr.startswith("warning: ") and "does not match" in result.stderr
    assert result.stderr.count("\n") == 1
    assert '<p class="warning" role="alert">' in result.stdout and "does not match" in result.stdout


@pytest.mark.parametrize("content,args,message", [
    ("- just\n- a list\n", [], "a record must be a mapping"),
    ("schema_version: 1\n", [], "not a valid record"),
    ("{\n", [], "not valid YAML"),
    ("{}\n", ["--paper", "x.txt"], "not a valid record"),
])
def test_bad_record_is_one_error_line(tmp_path: Path, content: str, args: list[str], message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path), *args])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}") and message in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_record_whose_paper_is_missing(tmp_path: Path) -> None:
    record = parse_text(HOSTILE, name="gone.txt")
    path = tmp_path / "gone.txt.yaml"
    path.write_text(dump_yaml(record), encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path)])
    assert result.exit_code == 1 and "give it with --paper" in result.stderr
    assert result.stderr.count("\n") == 1


def test_paper_that_cannot_be_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["show", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and result.stderr == f"error: {tmp_path / 'missing.txt'}: no such file\n"


def test_jsonl_and_paper_with_paper_are_usage_mistakes(tmp_path: Path) -> None:
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text('{"schema_version": 1}\n', encoding="utf-8")
    paper = _paper(tmp_path, HOSTILE)
    for args, message in (([str(jsonl)], "holds many records"), ([str(paper), "--paper", str(paper)], "goes with a record")):
        result = CliRunner().invoke(app, ["show", *args])
        assert result.exit_code == 1 and message in result.stderr and result.stderr.count("\n") == 1


def test_paper_by_absolute_path_keeps_only_its_name(tmp_path: Path) -> None:
    paper = _paper(tmp_path, HOSTILE)
    result = CliRunner().invoke(app, ["show", str(paper.resolve())])
    assert result.exit_code == 0
    assert str(tmp_path) not in result.stdout and "paper.txt · txt" in result.stdout


@pytest.mark.parametrize("change,message", [
    (lambda r: r["source"].update(chars=r["source"]["chars"] + 5), "the record says"),
    (lambda r: r["dates"][0].update(text="4 May 2022"), "1 quoted value(s) differ"),
])
def test_same_paper_read_differently_says_so(tmp_path: Path, change: Any, message: str) -> None:
    _paper(tmp_path, HOSTILE)
    record = parse_text(HOSTILE, name="paper.txt")
    change(record)
    (tmp_path / "paper.txt.yaml").write_text(dump_yaml(record), encoding="utf-8")
    shown = show_path(tmp_path / "paper.txt.yaml")
    assert len(shown.warnings) == 1 and message in shown.warnings[0]
    assert message in shown.html
