"""The parse and text commands: exit codes, stdout carries data, stderr one line per error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support import FIXTURES
from typer.testing import CliRunner

from minutes_cli.cli import app

GOOD = "Minutes\n\nRESOLVED: That the minutes of the meeting held on 3 May 2022 be approved.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(tmp: Path, name: str, data: bytes | str) -> Path:
    path = tmp / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def test_parse_one_file_prints_its_record(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "good.txt", GOOD)
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    record = yaml.safe_load(result.stdout)
    assert record["decisions"][0]["text"].startswith("That the minutes")
    assert record["dates"][0]["value"] == "2022-05-03"


def test_parse_json_format(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "good.txt", GOOD)
    result = runner.invoke(app, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0 and result.stdout.lstrip().startswith("{")


def test_parse_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["parse", "-"], input=GOOD)
    assert result.exit_code == 0
    assert yaml.safe_load(result.stdout)["source"]["path"] == "<stdin>"


def test_output_dir_gets_one_record_per_input(runner: CliRunner, tmp_path: Path) -> None:
    a, b = _write(tmp_path, "a.txt", GOOD), _write(tmp_path, "b.md", GOOD)
    out = tmp_path / "out"
    result = runner.invoke(app, ["parse", str(a), str(b), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a.txt.yaml", "b.md.yaml"]


@pytest.mark.parametrize(
    "name,data,reason",
    [
        pytest.param("empty.txt", b"", "empty", id="empty"),
        pytest.param("blob.txt", b"\x00\x01\x02\x03" * 100, "binary", id="binary"),
        pytest.param("missing.txt", None, "no such file", id="missing"),
    ],
)
def test_bad_input_is_one_line_and_exit_1_and_others_still_convert(
        runner: CliRunner, tmp_path: Path, name: str, data: bytes | None, reason: str) -> None:
    bad = tmp_path / name if data is None else _write(tmp_path, name, data)
    good = _write(tmp_path, "good.txt", GOOD)
    out = tmp_path / "out"
    result = runner.invoke(app, ["parse", str(bad), str(good), "-o", str(out)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and name in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output
    assert (out / "good.txt.yaml").exists() and not (out / f"{name}.yaml").exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_an_empty_directory_is_reported_not_skipped(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["parse", str(empty), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "holds no files" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("args", [["parse"], ["parse", "x.txt", "--format", "xml"], ["nosuch"]])
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


def test_text_command_prints_the_normalised_text(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "p.txt", "Members are\r\ninvited to agree the Council=s plan.\r\n")
    result = runner.invoke(app, ["text", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "Members are invited to agree the Council's plan.\n"


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    from minutes_cli.cli import app as the_app

    for command in the_app.registered_commands:
        result = runner.invoke(app, [command.name, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout, command.name


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("minutes ")


def test_fixture_paper_parses_from_the_quick_start(runner: CliRunner) -> None:
    path = FIXTURES / "decision-notice" / "cabinet-decision.txt"
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0
    assert yaml.safe_load(result.stdout)["document"]["kind"] == "decision"


US_DATED = "Minutes\n\nRESOLVED: That the minutes of the meeting held on 03/05/2022 be approved.\n"


def test_settings_file_sets_and_flags_override(runner: CliRunner, tmp_path: Path) -> None:
    paper = _write(tmp_path, "us.txt", US_DATED)
    day_first = yaml.safe_load(runner.invoke(app, ["parse", str(paper)]).stdout)
    assert day_first["dates"][0]["value"] == "2022-05-03"
    settings = _write(tmp_path, "minutes.yaml", "date_order: MDY\n")
    result = runner.invoke(app, ["parse", str(paper), "--settings", str(settings)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(result.stdout)["dates"][0]["value"] == "2022-03-05"


@pytest.mark.parametrize(
    "content,fragment",
    [
        pytest.param("date_ordr: MDY\n", "did you mean 'date_order'", id="typo"),
        pytest.param("date_order: XYZ\n", "must be one of", id="bad-value"),
        pytest.param("- a list\n", "must be a mapping", id="not-a-mapping"),
        pytest.param("date_order: [unclosed\n", "cannot read settings", id="bad-yaml"),
    ],
)
def test_bad_settings_file_is_a_usage_error_naming_it(runner: CliRunner, tmp_path: Path,
                                                      content: str, fragment: str) -> None:
    paper = _write(tmp_path, "p.txt", GOOD)
    settings = _write(tmp_path, "minutes.yaml", content)
    result = runner.invoke(app, ["parse", str(paper), "--settings", str(settings)])
    assert result.exit_code == 2
    assert fragment in result.output and "minutes.yaml" in result.output and "Traceback" not in result.output
