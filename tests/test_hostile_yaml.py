"""Issue 14 #10-#12: alias bombs refused everywhere YAML is read, settings with keys that
are not text, bounded messages, and files created under the user's umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from minutes_cli import Settings, parse_text
from minutes_cli._yaml import safe_load, shown
from minutes_cli.batch_output import write_atomic
from minutes_cli.cli import app
from minutes_cli.errors import ConfigError, RecordError
from minutes_cli.loaders.markdown import front_matter
from minutes_cli.records import dumps, loads

# Nine levels of nine: expands to 9**9 (387 million) strings once walked; ~300 bytes.
BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))

PAPER = "Minutes\n\nRESOLVED: That the minutes of the meeting held on 3 May 2022 be approved.\n"


def test_safe_load_refuses_aliases_and_unbuildable_values() -> None:
    with pytest.raises(yaml.YAMLError, match="aliases"):
        safe_load(BOMB)
    with pytest.raises(yaml.YAMLError, match="day is out of range"):
        safe_load("date: 2021-02-30\n")
    assert safe_load("a: [1, 2]\nb: '&*not an alias'\n") == {"a": [1, 2], "b": "&*not an alias"}


def test_record_and_golden_with_alias_are_one_record_error(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="aliases"):
        loads(BOMB, "bomb.yaml")
    (tmp_path / "bomb.yaml").write_text(BOMB)
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "bomb.yaml")])
    assert result.exit_code == 1 and "aliases" in result.stderr and len(result.stderr) < 400


def test_check_with_alias_bomb_golden_fails_that_pair(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(PAPER)
    (tmp_path / "p.txt.yaml").write_text(BOMB)
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 1 and "aliases" in result.stdout


def test_front_matter_with_alias_is_ignored_not_expanded() -> None:
    meta, body = front_matter("---\n" + BOMB + "---\nMinutes\n")
    assert meta == {} and body == "Minutes\n"


@pytest.mark.parametrize("text", [BOMB, "1: x\n", "true: x\n", "stages: [1, 2]\n", "stages: [[a]]\n",
                                  "date_order: " + "D" * 100_000 + "\n", "date_order: 2021-02-30\n", "k" * 100_000 + ": 1\n"])
def test_bad_settings_file_is_one_short_line_and_exit_2(tmp_path: Path, text: str) -> None:
    (tmp_path / "p.txt").write_text(PAPER)
    (tmp_path / "s.yaml").write_text(text)
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "p.txt"), "--settings", str(tmp_path / "s.yaml")])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "s.yaml" in lines[0] and len(lines[0]) < 300


def test_settings_from_mapping_rejects_non_text_keys() -> None:
    with pytest.raises(ConfigError, match="names must be text"):
        Settings.from_mapping({1: "x"})
    with pytest.raises(ConfigError, match="list of stage names"):
        Settings.from_mapping({"stages": [1, 2]})


def test_shown_never_builds_a_huge_repr() -> None:
    assert len(shown("x" * 10**7)) < 80 and len(shown(list(range(10**6)))) < 80


def test_record_files_and_goldens_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.yaml", dumps(parse_text(PAPER, "p.txt")))
        (tmp_path / "p.txt").write_text(PAPER)
        result = CliRunner().invoke(app, ["check", str(tmp_path / "p.txt"), "--update"])
        assert result.exit_code == 0, result.output
    finally:
        os.umask(old)
    for name in ("r.yaml", "p.txt.yaml"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_temporary_name_fits_when_the_name_does(tmp_path: Path) -> None:
    name = "n" * 250 + ".yaml"  # 255 bytes: the longest name a folder takes
    write_atomic(tmp_path / name, "x: 1\n")
    assert (tmp_path / name).read_text() == "x: 1\n"
