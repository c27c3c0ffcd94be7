"""minutes validate: the schema, spans, quotes and the safe loader, by error code."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from checkhelp import GOLDEN_DATA, copy_golden_data, read_record, run, write_record

from minutes_cli.api import read_document
from minutes_cli.validate import validate_record

GOLDEN = GOLDEN_DATA / "minutes.txt.yaml"
TEXT = read_document(GOLDEN_DATA / "minutes.txt").text


def record() -> dict[str, Any]:
    return copy.deepcopy(read_record(GOLDEN))


def codes(rec: Any, text: str | None = None) -> set[tuple[str, str]]:
    return {(f.path, f.code) for f in validate_record(rec, text)}


def test_golden_records_are_valid_with_their_sources() -> None:
    for name in ("minutes.txt", "decision.txt"):
        rec = read_record(GOLDEN_DATA / f"{name}.yaml")
        assert validate_record(rec, read_document(GOLDEN_DATA / name).text) == []


def set_in(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(rec: dict[str, Any]) -> None:
        node = rec
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return edit


def drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def edit(rec: dict[str, Any]) -> None:
        node = rec
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]
    return edit


SCHEMA_BREAKS = [
    ("wrong type", set_in(("decisions", 0, "items"), "none"), ("$.decisions[0].items", "type")),
    ("wrong type in span", set_in(("dates", 0, "span"), [1, "9"]), ("$.dates[0].span[1]", "type")),
    ("bool is not an int", set_in(("source", "chars"), True), ("$.source.chars", "type")),
    ("missing required field", drop(("speakers", 1, "name")), ("$.speakers[1]", "required")),
    ("missing section", drop(("dates",)), ("$", "required")),
    ("unknown document kind", set_in(("document", "kind"), "memo"), ("$.document.kind", "enum")),
    ("unknown decision kind", set_in(("decisions", 0, "kind"), "vote"), ("$.decisions[0].kind", "enum")),
    ("unknown date role", set_in(("dates", 1, "role"), "birthday"), ("$.dates[1].role", "enum")),
    ("unknown field", set_in(("decisions", 0, "colour"), "red"), ("$.decisions[0]", "additionalProperties")),
    ("span of three", set_in(("decisions", 0, "span"), [1, 2, 3]), ("$.decisions[0].span", "items")),
    ("negative offset", set_in(("dates", 0, "span"), [-1, 5]), ("$.dates[0].span[0]", "minimum")),
    ("bad ISO date", set_in(("dates", 0, "value"), "2023-13-01"), ("$.dates[0].value", "pattern")),
    ("month value with day precision", set_in(("dates", 0, "value"), "2023-03"), ("$.dates[0].value", "pattern")),
    ("bad vote option", set_in(("decisions", 0, "vote"), {"counts": [{"option": "maybe", "value": 1}],
                                                          "votes": [], "result": None}),
     ("$.decisions[0].vote.counts[0].option", "anyOf")),
    ("schema version", set_in(("schema_version",), 2), ("$.schema_version", "const")),
]


@pytest.mark.parametrize("edit,expected", [(e, x) for _, e, x in SCHEMA_BREAKS], ids=[n for n, _, _ in SCHEMA_BREAKS])
def test_schema_rejects(edit: Callable[[dict[str, Any]], None], expected: tuple[str, str]) -> None:
    rec = record()
    edit(rec)
    assert expected in codes(rec)


def test_optional_sections_from_minutes_full_are_accepted() -> None:
    rec = record()
    rec["attendance"] = {"present": ["Cllr Pike", {"name": "Tom Reed", "span": [271, 279]}], "apologies": ["Cllr Hart"]}
    rec["declarations"] = [{"name": "Cllr Pike", "item": "2", "interest": "non-pecuniary", "action": "spoke"}]
    rec["decisions"][0]["vote"] = {"counts": [{"option": "yes", "value": 5}, {"option": "no", "value": 1}],
                                   "votes": [{"voter_name": "Tom Reed", "option": "no"}], "result": "pass"}
    rec["decisions"][0]["moved_by"] = "Cllr Pike"
    rec["decisions"][0]["agenda_item"] = "item-2"
    assert validate_record(rec, TEXT) == []


def test_span_past_the_end_of_the_text_is_rejected_without_the_source() -> None:
    rec = record()
    rec["speakers"][0]["mentions"][0] = [170, rec["source"]["chars"] + 1]
    rec["document"]["evidence"]["title"] = [10, 5]
    assert codes(rec) == {("$.speakers[0].mentions[0]", "span"), ("$.document.evidence.title", "span")}


def test_quote_that_does_not_match_its_span_is_rejected() -> None:
    rec = record()
    rec["decisions"][0]["items"][1]["text"] = "the pensioner discount be scrapped."
    rec["dates"][0]["text"] = "14 March 2023"  # dates are exact: the paper has capitals
    assert codes(rec, TEXT) == {("$.decisions[0].items[1].text", "quote"), ("$.dates[0].text", "quote")}
    assert codes(rec) == set()  # quotes need the source text


def test_shifted_span_breaks_its_quote() -> None:
    rec = record()
    start, end = rec["speakers"][1]["contributions"][0]["span"]
    rec["speakers"][1]["contributions"][0]["span"] = [start + 1, end + 1]
    assert codes(rec, TEXT) == {("$.speakers[1].contributions[0].text", "quote")}


def test_folded_whitespace_in_quotes_is_accepted() -> None:
    text = TEXT[:355] + "allotment  rents\nrise" + TEXT[355 + len("allotment rents rise"):]
    rec = record()
    item = rec["decisions"][0]["items"][0]
    item["span"][1] += 1
    rec["source"]["chars"] = len(text)
    assert text[item["span"][0]:item["span"][1]] != item["text"]  # only equal once folded
    assert ("$.decisions[0].items[0].text", "quote") not in codes(rec, text)
    item["span"][1] -= 1
    assert ("$.decisions[0].items[0].text", "quote") in codes(rec, text)


def test_evidence_for_a_missing_field_and_dangling_agenda_item_are_rejected() -> None:
    rec = record()
    rec["document"]["evidence"]["venue"] = [0, 4]
    rec["decisions"][0]["agenda_item"] = "item-9"
    assert codes(rec) == {("$.document.evidence.venue", "evidence"), ("$.decisions[0].agenda_item", "reference")}


def cli_json(*args: Any) -> tuple[int, list[dict[str, Any]]]:
    result = run("validate", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["records"]


def test_cli_accepts_goldens_and_finds_their_sources(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    code, results = cli_json(folder / "minutes.txt.yaml", folder / "decision.txt.yaml")
    assert code == 0
    assert [r["valid"] for r in results] == [True, True]
    assert results[0]["source"] == (folder / "minutes.txt").as_posix()


def test_cli_reports_file_path_and_code_and_exits_1(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    rec = read_record(folder / "minutes.txt.yaml")
    rec["decisions"][0]["text"] = "That everything be approved."
    write_record(folder / "minutes.txt.yaml", rec)
    code, results = cli_json(folder / "minutes.txt.yaml", folder / "decision.txt.yaml")
    assert code == 1
    assert [(e["path"], e["code"]) for e in results[0]["errors"]] == [("$.decisions[0].text", "quote")]
    assert results[1]["valid"] is True
    text = run("validate", folder / "minutes.txt.yaml")
    assert text.exit_code == 1 and text.stdout == ""
    assert "minutes.txt.yaml" in text.stderr and "$.decisions[0].text" in text.stderr


def test_cli_source_option_and_a_changed_source(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    other = tmp_path / "edited.txt"
    other.write_text((folder / "minutes.txt").read_text("utf-8") + "\nAOB\n", encoding="utf-8")
    code, results = cli_json(folder / "minutes.txt.yaml", "--source", other)
    assert code == 1
    assert [(e["path"], e["code"]) for e in results[0]["errors"]] == [("$.source.sha256", "source")]
    assert cli_json(folder / "minutes.txt.yaml", "--source", folder / "minutes.txt")[0] == 0


def test_cli_source_with_two_records_is_a_usage_error() -> None:
    result = run("validate", GOLDEN, GOLDEN, "--source", GOLDEN_DATA / "minutes.txt")
    assert result.exit_code == 2


def test_python_object_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f"schema_version: !!python/object/apply:os.mkdir ['{marker.as_posix()}']\n", encoding="utf-8")
    code, results = cli_json(evil)
    assert code == 1
    assert [e["code"] for e in results[0]["errors"]] == ["record"]
    assert not marker.exists()
    text = run("validate", evil)
    assert text.exit_code == 1 and "Traceback" not in text.output and "evil.yaml" in text.stderr


@pytest.mark.parametrize("content", ["- a list\n", "key: [unclosed\n", "\xff\xfe"])
def test_files_that_are_not_records_are_one_error_each(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(content.encode("latin-1"))
    code, results = cli_json(bad, tmp_path / "missing.yaml")
    assert code == 1
    assert [[e["code"] for e in r["errors"]] for r in results] == [["record"], ["record"]]


def test_declaration_interest_outside_the_catalogue_is_rejected() -> None:
    rec = record()
    rec["declarations"] = [{"name": "Cllr Pike", "item": "2", "interest": "allotment tenant"}]
    assert ("$.declarations[0].interest", "enum") in codes(rec)
