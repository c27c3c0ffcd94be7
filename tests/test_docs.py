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
