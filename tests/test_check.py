"""minutes check and check.compare: goldens beside sources, precise diffs, --update."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from checkhelp import GOLDEN_DATA, copy_golden_data, read_record, run, write_record

from minutes_cli.check import (
    ADDED,
    CHANGED,
    FAILED,
    NO_GOLDEN,
    PASSED,
    REMOVED,
    SPAN,
    Difference,
    check_paths,
    compare,
    find_pairs,
    fresh_record,
)
from minutes_cli.errors import InputError


def kinds(diffs: list[Difference]) -> list[tuple[str, str]]:
    return [(d.path, d.kind) for d in diffs]


# compare() on small hand-made records: the expected differences are worked out by hand.

def test_identical_records_have_no_differences() -> None:
    rec = {"a": [1, {"span": [0, 3], "text": "abc"}], "b": None}
    assert compare(rec, json.loads(json.dumps(rec))) == []


def test_value_change_and_span_move_are_told_apart() -> None:
    golden = {"decisions": [{"text": "old", "span": [0, 3], "items": []}]}
    record = {"decisions": [{"text": "new", "span": [1, 4], "items": []}]}
    assert compare(record, golden) == [
        Difference("$.decisions[0].text", CHANGED, "old", "new"),
        Difference("$.decisions[0].span", SPAN, [0, 3], [1, 4]),
    ]


def test_mentions_and_evidence_are_spans() -> None:
    golden = {"document": {"evidence": {"title": [0, 5]}}, "speakers": [{"mentions": [[1, 2]], "name": "A"}]}
    record = {"document": {"evidence": {"title": [0, 6], "body": [7, 9]}},
              "speakers": [{"mentions": [[1, 2], [8, 9]], "name": "A"}]}
    assert kinds(compare(record, golden)) == [
        ("$.document.evidence.title", SPAN), ("$.document.evidence.body", ADDED), ("$.speakers[0].mentions", SPAN)]


def test_one_inserted_element_is_one_difference_not_a_cascade() -> None:
    names = ["Ann", "Bob", "Cy", "Di"]
    golden = {"speakers": [{"id": f"spk-{i}", "name": n, "span": [i, i + 1]} for i, n in enumerate(names, 1)]}
    record = {"speakers": [{"id": f"spk-{i}", "name": n, "span": [i, i + 1]}
                           for i, n in enumerate(["Ann", "Eve", "Bob", "Cy", "Di"], 1)]}
    diffs = compare(record, golden)
    assert ("$.speakers[1]", ADDED) in kinds(diffs)
    assert not any(d.path.endswith(".name") for d in diffs)  # no name is reported as changed
    assert len([d for d in diffs if d.kind == ADDED]) == 1


def test_removed_key_type_change_and_bool_versus_int() -> None:
    golden = {"a": 1, "b": True, "c": "x"}
    record = {"a": "1", "b": 1}
    assert kinds(compare(record, golden)) == [("$.a", CHANGED), ("$.b", CHANGED), ("$.c", REMOVED)]


# minutes check on a private copy of tests/data/golden.

def check_json(*args: Any) -> tuple[int, dict[str, Any]]:
    result = run("check", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)


def results_by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(r["source"] or r["golden"]).name: r for r in report["results"]}


def test_untouched_goldens_pass() -> None:
    code, report = check_json(GOLDEN_DATA)
    assert code == 0
    assert report["summary"] == {"checked": 2, "passed": 2, "changed": 0, "no_golden": 0, "failed": 0}


def test_text_report_has_a_summary_table() -> None:
    result = run("check", GOLDEN_DATA)
    assert result.exit_code == 0
    assert "checked" in result.stdout and "no golden" in result.stdout


def edit_golden(folder: Path, name: str, path: tuple[Any, ...], value: Any) -> Any:
    golden = folder / name
    rec = read_record(golden)
    node = rec
    for part in path[:-1]:
        node = node[part]
    before = node[path[-1]]
    node[path[-1]] = value
    write_record(golden, rec)
    return before


EDITS = [
    ("decision text", "minutes.txt.yaml", ("decisions", 0, "items", 1, "text"), "the discount be scrapped.",
     "$.decisions[0].items[1].text", CHANGED),
    ("date value", "decision.txt.yaml", ("dates", 2, "value"), "2023-05-11", "$.dates[2].value", CHANGED),
    ("speaker name", "minutes.txt.yaml", ("speakers", 1, "name"), "Tom Reid", "$.speakers[1].name", CHANGED),
    ("span shift", "minutes.txt.yaml", ("dates", 1, "span"), [399, 411], "$.dates[1].span", SPAN),
    ("metadata", "decision.txt.yaml", ("document", "call_in"), False, "$.document.call_in", CHANGED),
]


@pytest.mark.parametrize("name,path,value,where,kind", [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_edited_golden_fails_with_a_precise_diff_and_update_restores_it(
        tmp_path: Path, name: str, path: tuple[Any, ...], value: Any, where: str, kind: str) -> None:
    folder = copy_golden_data(tmp_path)
    original = (folder / name).read_bytes()
    before = edit_golden(folder, name, path, value)
    code, report = check_json(folder)
    assert code == 1
    result = results_by_name(report)[name[: -len(".yaml")]]
    assert result["status"] == CHANGED
    assert result["differences"] == [{"path": where, "kind": kind, "golden": value, "actual": before}]
    assert report["summary"]["changed"] == 1 and report["summary"]["passed"] == 1

    code, report = check_json(folder, "--update")
    assert code == 0
    assert report["updated"] == [{"golden": (folder / name).as_posix(), "action": "updated"}]
    assert (folder / name).read_bytes() == original
    assert check_json(folder)[0] == 0


def test_a_speaker_removed_from_the_golden_is_reported_as_added(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    rec = read_record(folder / "minutes.txt.yaml")
    del rec["speakers"][0]
    write_record(folder / "minutes.txt.yaml", rec)
    code, report = check_json(folder / "minutes.txt")
    assert code == 1
    diffs = [(d["path"], d["kind"]) for d in report["results"][0]["differences"]]
    assert diffs == [("$.speakers[0]", ADDED)]  # Tom Reed stays matched to himself


def test_text_report_separates_value_changes_from_moved_spans(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    edit_golden(folder, "minutes.txt.yaml", ("dates", 1, "span"), [1, 2])
    edit_golden(folder, "minutes.txt.yaml", ("dates", 1, "value"), "2023-04-02")
    result = run("check", folder)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    value_line = next(i for i, line in enumerate(lines) if "$.dates[1].value" in line)
    span_line = next(i for i, line in enumerate(lines) if "$.dates[1].span" in line)
    assert lines[value_line].split()[:2] != lines[span_line].split()[:2]  # different labels
    assert '"2023-04-02"' in lines[value_line + 1] and '"2023-04-01"' in lines[value_line + 2]


def test_source_without_golden_is_reported_and_created_by_update(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    (folder / "new.txt").write_text("Minutes\n\nRESOLVED: That the hall be painted.\n", encoding="utf-8")
    code, report = check_json(folder)
    assert code == 1
    assert results_by_name(report)["new.txt"]["status"] == NO_GOLDEN
    assert report["summary"] == {"checked": 3, "passed": 2, "changed": 0, "no_golden": 1, "failed": 0}
    code, report = check_json(folder, "--update")
    assert code == 0 and report["updated"] == [{"golden": (folder / "new.txt.yaml").as_posix(), "action": "created"}]
    created = read_record(folder / "new.txt.yaml")
    assert created["source"]["path"] == "new.txt"
    assert created["decisions"][0]["text"] == "That the hall be painted."
    assert check_json(folder)[1]["summary"]["passed"] == 3


def test_golden_without_source_and_unreadable_source_fail(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    (folder / "decision.txt").unlink()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.txt.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    code, report = check_json(folder)
    by_name = results_by_name(report)
    assert code == 1
    assert by_name["decision.txt.yaml"]["status"] == FAILED and by_name["decision.txt.yaml"]["source"] is None
    assert by_name["empty.txt"]["status"] == FAILED and by_name["empty.txt"]["error"]
    assert by_name["minutes.txt"]["status"] == PASSED


def test_a_broken_golden_fails_without_a_traceback(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    (folder / "minutes.txt.yaml").write_text("a: !!python/object/apply:os.getcwd []\n", encoding="utf-8")
    result = run("check", folder)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert results_by_name(check_json(folder)[1])["minutes.txt"]["status"] == FAILED


def test_missing_path_is_one_error_line_and_exit_1(tmp_path: Path) -> None:
    result = run("check", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert "nowhere" in result.stderr and "Traceback" not in result.output


def test_a_folder_with_nothing_to_check_fails(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("about these fixtures", encoding="utf-8")
    result = run("check", tmp_path)
    assert result.exit_code == 1 and str(tmp_path) in result.stderr


def test_source_path_in_golden_does_not_depend_on_the_working_directory(tmp_path: Path) -> None:
    folder = copy_golden_data(tmp_path)
    here = os.getcwd()
    try:
        os.chdir(folder)
        from_inside = fresh_record(Path("minutes.txt"))
        os.chdir(tmp_path)
        from_outside = fresh_record(Path("golden") / "minutes.txt")
    finally:
        os.chdir(here)
    assert from_inside == from_outside
    assert from_inside["source"]["path"] == "minutes.txt"
    assert [o.status for o in check_paths([folder / "minutes.txt.yaml"])] == [PASSED]


def test_which_files_are_sources(tmp_path: Path) -> None:
    for name in ("a.txt", "a.txt.yaml", "b.md", "README.md", "settings.yaml", "notes.json", ".hidden.txt",
                 ".git/x.txt", "sub/c.html", "sub/c.html.yaml", "old.pdf.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    pairs = {(p.source.relative_to(tmp_path).as_posix() if p.source else None,
              p.golden.relative_to(tmp_path).as_posix()) for p in find_pairs([tmp_path])}
    assert pairs == {("a.txt", "a.txt.yaml"), ("b.md", "b.md.yaml"), ("sub/c.html", "sub/c.html.yaml"),
                     (None, "old.pdf.yaml")}
    with pytest.raises(InputError):
        find_pairs([tmp_path / "missing"])
