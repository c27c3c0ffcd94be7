"""--model: an installed trained pipeline adds its PERSON entities; never required."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from minutes_cli import Settings, parse_text
from minutes_cli.cli import app
from minutes_cli.errors import ConfigError

# "Jo Bloggs, a resident of Mill Lane, told ..." the rules read without a model (a member of the public named
# with a descriptor); a clause of prose between the commas they leave to a model
TEXT = ("Minutes\n\n4. Public questions\n\nJo Bloggs, who lives on Mill Lane, told the meeting that the "
        "footpath had flooded twice this winter.\n\nRESOLVED: That the question be noted.\n")


@pytest.fixture(scope="module")
def person_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small pipeline saved to disk whose entity ruler knows one PERSON, loaded like any model."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Jo Bloggs"}])  # type: ignore[attr-defined]
    path = tmp_path_factory.mktemp("model") / "person_model"
    nlp.to_disk(path)
    return str(path)


def test_without_a_model_a_bare_name_is_not_a_speaker() -> None:
    assert parse_text(TEXT)["speakers"] == []


def test_a_model_person_followed_by_a_speech_verb_is_a_speaker(person_model: str) -> None:
    speakers = parse_text(TEXT, settings=Settings(spacy_model=person_model))["speakers"]
    assert [s["name"] for s in speakers] == ["Jo Bloggs"]
    assert speakers[0]["contributions"][0]["text"].startswith("Jo Bloggs, who lives")


def test_a_missing_model_is_a_clear_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        parse_text(TEXT, settings=Settings(spacy_model="xx_no_such_pipeline"))


def test_cli_model_option(person_model: str, tmp_path: Path) -> None:
    paper = tmp_path / "p.txt"
    paper.write_text(TEXT)
    runner = CliRunner()
    good = runner.invoke(app, ["parse", str(paper), "--model", person_model])
    assert good.exit_code == 0 and "Jo Bloggs" in good.stdout
    bad = runner.invoke(app, ["parse", str(paper), "--model", "xx_no_such_pipeline"])
    assert bad.exit_code == 1 and "not installed" in bad.stderr and "Traceback" not in bad.output
