"""The README stays true: its quick start is what CI runs, every command is documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from minutes_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_exactly_two_commands() -> None:
    commands = _quick_start()
    assert len(commands) == 2
    assert "minutes parse fixtures/" in commands[0]
    assert "pytest" in commands[1]


def test_quick_start_document_exists() -> None:
    words = shlex.split(_quick_start()[0].split("minutes parse", 1)[1])
    assert (ROOT / words[0]).is_file()


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start()[1] in ci


def test_every_command_is_in_the_readme() -> None:
    for command in app.registered_commands:
        assert f"minutes {command.name}" in README, command.name


def _agrees(sample: object, golden: object, path: str = "$") -> list[str]:
    """Where the README sample shows a value, the golden has the same; lists may be cut short."""
    if isinstance(sample, dict):
        if not isinstance(golden, dict):
            return [path]
        return [p for k, v in sample.items() for p in (_agrees(v, golden[k], f"{path}.{k}") if k in golden else [f"{path}.{k}"])]
    if isinstance(sample, list) and isinstance(golden, list) and sample and not isinstance(sample[0], int):
        return [p for i, v in enumerate(sample) for p in _agrees(v, golden[i], f"{path}[{i}]")]
    return [] if sample == golden else [path]


def test_readme_sample_record_is_the_fixture_golden() -> None:
    import yaml

    section = README.split("## A sample record", 1)[1].split("\n## ", 1)[0]
    sample = yaml.safe_load(re.search(r"```yaml\n(.+?)```", section, re.S).group(1))
    golden = yaml.safe_load((ROOT / "fixtures/decision-notice/cabinet-decision.txt.yaml").read_text())
    assert _agrees(sample, golden) == []


def test_help_examples_name_files_that_exist() -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    for command in app.registered_commands:
        text = runner.invoke(app, [command.name, "--help"], terminal_width=200).stdout
        for path in re.findall(r"\bfixtures/[\w./-]+\.\w+", text):
            assert (ROOT / path).is_file(), f"minutes {command.name} --help names {path}"
