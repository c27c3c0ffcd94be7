"""The lexicon: base + style layers + a settings file's additions, and words that work with no code change."""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from minutes_cli import Settings
from minutes_cli.api import parse_document
from minutes_cli.cli import app
from minutes_cli.errors import ConfigError
from minutes_cli.lexicon import STYLE_LAYERS, layer, literals, load, merge


def _parse(text: str, settings: Settings | None = None):
    return parse_document(text.encode("utf-8"), "test.txt", settings=settings or Settings())


def test_every_style_layer_loads_and_only_adds() -> None:
    base = layer("en")
    full = load("en")
    for name in STYLE_LAYERS:
        own = layer(name)
        assert own, f"layer {name} is empty"
        assert set(own) <= set(base), f"layer {name} has keys the base lacks"
    for key, words in base.items():  # merging never drops a base word
        if isinstance(words, list):
            assert set(words) <= set(full[key])


def test_merge_unions_lists_and_refuses_unknown_keys_and_changes() -> None:
    merged = merge({"a": ["x"], "m": {"k": "v"}}, {"a": ["y", "x"], "m": {"j": "w"}}, where="t")
    assert merged == {"a": ["x", "y"], "m": {"k": "v", "j": "w"}}
    with pytest.raises(ConfigError, match="unknown lexicon key 'b'"):
        merge({"a": []}, {"b": ["x"]}, where="t")
    with pytest.raises(ConfigError, match="may add words, not change them"):
        merge({"m": {"k": "v"}}, {"m": {"k": "other"}}, where="t")
    with pytest.raises(ConfigError, match="must be a list of words"):
        merge({"a": []}, {"a": [1]}, where="t")


def test_settings_keep_additions_hashable_and_canonical() -> None:
    one = Settings.from_mapping({"lexicon": {"honorifics": ["Baillie"], "roles": {"convener": "Convener"}}})
    two = Settings(lexicon={"roles": {"convener": "Convener"}, "honorifics": ["Baillie"]})
    assert one == two and hash(one) == hash(two)
    assert one.lexicon_key != Settings().lexicon_key
    assert "Baillie" in load(one.lexicon_key)["honorifics"]
    with pytest.raises(ConfigError, match="unknown lexicon key"):
        Settings.from_mapping({"lexicon": {"nonsense": ["x"]}})


def test_literals_come_from_the_longest_word_of_each_phrase() -> None:
    assert set(literals(["Present", "in the chair"])) == {"resent", "RESENT", "hair", "HAIR"}
    assert "Cr" in literals(["Cr"])


def test_sederunt_is_a_present_label_from_the_scotland_layer() -> None:
    doc = _parse("Minutes of the Community Council\n\nSederunt: Councillor Ann Roe, Councillor Bob Poe\n")
    assert [(a.name, a.status) for a in doc.attendance] == [("Ann Roe", "present"), ("Bob Poe", "present")]


def test_a_present_label_added_in_settings_works_with_no_code_change() -> None:
    text = "Minutes of the Community Council\n\nConvened: Councillor Ann Roe, Councillor Bob Poe\n"
    assert not _parse(text).attendance
    doc = _parse(text, Settings(lexicon={"attendance_labels": {"present": ["Convened"]}}))
    assert [a.name for a in doc.attendance if a.status == "present"] == ["Ann Roe", "Bob Poe"]


def test_a_role_added_in_settings_names_its_holder() -> None:
    text = ("Minutes of the Board\n\nPresent: Councillor Ann Roe (Moderator), Councillor Bob Poe\n\n"
            "The Moderator welcomed everyone.\n")
    doc = _parse(text, Settings(lexicon={"roles": {"moderator": "Moderator"}}))
    assert ("Moderator", "Ann Roe") in {(r.role, r.name) for r in doc.roles}


def test_cli_prints_the_effective_lexicon(tmp_path) -> None:
    path = tmp_path / "minutes.yaml"
    path.write_text("lexicon:\n  attendance_labels:\n    present: [Convened]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["lexicon", "--settings", str(path)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.stdout)
    assert "Convened" in data["attendance_labels"]["present"] and "sederunt" in data["attendance_labels"]["present"]
    one = CliRunner().invoke(app, ["lexicon", "--layer", "scotland"])
    assert yaml.safe_load(one.stdout)["attendance_labels"] == {"present": ["sederunt"]}


def test_cli_names_the_file_and_key_of_a_bad_addition(tmp_path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("lexicon:\n  nonsense: [x]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["lexicon", "--settings", str(path)])
    assert result.exit_code == 2
    assert "bad.yaml" in result.stderr and "unknown lexicon key 'nonsense'" in result.stderr


@pytest.mark.parametrize("text", ["honorifics: [Cr]\nroles: {}\nhonorifics: [Crs]\n",
                                  "attendance_labels:\n  present: [a]\n  present: [b]\n"])
def test_a_key_given_twice_is_refused_not_silently_replaced(text: str) -> None:
    import yaml as _yaml_errors

    from minutes_cli._yaml import safe_load

    with pytest.raises(_yaml_errors.YAMLError, match="given twice"):
        safe_load(text)


def test_every_shipped_lexicon_file_has_each_key_once() -> None:
    from importlib import resources

    from minutes_cli._yaml import safe_load

    root = resources.files("minutes_cli.vocab")
    files = [root / "en.yaml", *[(root / "en").joinpath(n) for n in ("decisions.yaml", "people.yaml", "metadata.yaml")],
             *[(root / "styles").joinpath(f"{n}.yaml") for n in STYLE_LAYERS]]
    for f in files:
        safe_load(f.read_text(encoding="utf-8"))  # raises on a duplicate key
