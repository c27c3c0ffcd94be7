"""Plugin stages: module:function or entry points, placed where they declare, values in `extensions`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_cli import Settings, parse_text
from minutes_cli.cli import app
from minutes_cli.errors import ConfigError, StageError
from minutes_cli.pipeline import Pipeline
from minutes_cli.schema import schema_errors

PAPER = "Cabinet\n\nMinutes of the meeting held on 14 January 2019\n\nRESOLVED: That the report be noted.\n"
SPEC = "wordcount_stage:decision_words"


@pytest.fixture(autouse=True)
def plugin_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).parent / "data" / "plugin_pkg"))


def test_a_module_function_plugin_runs_where_it_declares_and_its_values_are_schema_valid() -> None:
    settings = Settings(plugins=(SPEC,))
    names = Pipeline.for_settings(settings).names
    assert names.index("decision_words") == names.index("decisions") + 1
    record = parse_text(PAPER, "paper.txt", settings)
    assert record["extensions"] == {"decision_words": [5]}
    assert schema_errors(record) == []
    assert "extensions" not in parse_text(PAPER, "paper.txt")  # no plugin, no section


def test_an_entry_point_plugin_is_found_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    import minutes_cli.plugins as plugins

    ep = EntryPoint("wordcount", SPEC, plugins.GROUP)
    monkeypatch.setattr(plugins, "entry_points", lambda group: [ep] if group == plugins.GROUP else [])
    plugins.resolve.cache_clear()
    settings = Settings.from_mapping({"plugins": ["wordcount"]})
    assert "wordcount" in Pipeline.for_settings(settings).names
    assert parse_text(PAPER, "paper.txt", settings)["extensions"] == {"decision_words": [5]}
    plugins.resolve.cache_clear()


@pytest.mark.parametrize("spec,fragment", [
    ("nosuch_plugin", "no plugin stage named 'nosuch_plugin'"),
    ("no_such_module_x:f", "cannot be loaded"),
    ("wordcount_stage:not_a_function", "is not a function"),
])
def test_a_bad_plugin_is_a_config_error_naming_it(spec: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        Settings(plugins=(spec,))


def test_a_defect_in_a_plugin_is_a_stage_error_naming_it() -> None:
    with pytest.raises(StageError, match="broken"):
        parse_text(PAPER, "paper.txt", Settings(plugins=("wordcount_stage:broken",)))


def test_cli_stage_option(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", str(paper), "--stage", SPEC])
    assert result.exit_code == 0, result.output
    assert "extensions:\n  decision_words:\n  - 5" in result.stdout
    bad = CliRunner().invoke(app, ["parse", str(paper), "--stage", "nosuch_plugin"])
    assert bad.exit_code == 2 and "no plugin stage named 'nosuch_plugin'" in bad.stderr


def test_plugins_in_a_batch_are_resolved_in_each_worker(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"p{n}.txt").write_text(PAPER, encoding="utf-8")
    out = tmp_path / "out"
    env_path = str(Path(__file__).parent / "data" / "plugin_pkg")
    result = CliRunner().invoke(app, ["parse", str(tmp_path), "-o", str(out), "--jobs", "2", "--stage", SPEC, "-q"],
                                env={"PYTHONPATH": env_path + ":" + ":".join(sys.path)})
    assert result.exit_code == 0, result.output
    assert all("decision_words" in (out / f"p{n}.txt.yaml").read_text() for n in range(3))


def test_a_plugin_is_selected_by_name_in_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    import minutes_cli.plugins as plugins

    ep = EntryPoint("wordcount", SPEC, plugins.GROUP)
    monkeypatch.setattr(plugins, "entry_points", lambda group: [ep] if group == plugins.GROUP else [])
    plugins.resolve.cache_clear()
    for name in ("wordcount", SPEC):
        settings = Settings.from_mapping({"stages": ["structure", "metadata", "decisions", name]})
        assert Pipeline.for_settings(settings).names[-1] != "structure"
        record = parse_text(PAPER, "paper.txt", settings)
        assert record["extensions"] == {"decision_words": [5]}
        assert record["speakers"] == []  # speakers was not named: it did not run
    plugins.resolve.cache_clear()
    with pytest.raises(ConfigError, match="neither a built-in stage nor an installed plugin"):
        Settings.from_mapping({"stages": ["structure", "nosuch_stage"]})
