from __future__ import annotations

import json

import pytest

from minutes_cli import parse_text
from minutes_cli.errors import RecordError
from minutes_cli.records import dumps, loads

PAPER = """Decision details

Parking Charges Review

Decision Maker: Cabinet

Councillor Ann Hale said the charges had not changed since 2015.

RESOLVED: That

(1) the revised charges be approved; and

(2) the changes take effect from 1 April 2021.

Date of decision: 15/02/2021
"""


def test_top_level_keys_in_schema_order() -> None:
    record = parse_text(PAPER, "paper.txt")
    assert list(record) == ["schema_version", "source", "document", "agenda_items", "decisions",
                            "speakers", "dates", "problems",
                            "attendance", "declarations", "motions", "vote_events", "roles"]
    assert record["schema_version"] == 1
    assert list(record["document"])[:5] == ["kind", "title", "authority", "body", "meeting_date"]


def test_same_input_gives_byte_identical_yaml_and_json() -> None:
    a, b = parse_text(PAPER, "paper.txt"), parse_text(PAPER, "paper.txt")
    assert dumps(a) == dumps(b)
    assert dumps(a, "json") == dumps(b, "json")


def test_ids_follow_text_order() -> None:
    record = parse_text(PAPER, "paper.txt")
    assert [s["id"] for s in record["speakers"]] == ["spk-1"]
    assert [d["id"] for d in record["decisions"]] == ["dec-1"]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip(fmt: str) -> None:
    record = parse_text(PAPER, "paper.txt")
    text = dumps(record, fmt)
    assert (json.loads(text) if fmt == "json" else loads(text)) == record


def test_jsonl_is_one_line() -> None:
    assert dumps(parse_text(PAPER, "paper.txt"), "jsonl").count("\n") == 1


def test_no_absolute_paths_or_timestamps() -> None:
    record = parse_text(PAPER, "sub/paper.txt")
    assert record["source"]["path"] == "sub/paper.txt"
    assert "T" not in str(record["document"].get("meeting_date"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("!!python/object/apply:os.system ['echo hi']\n", id="python-object"),
        pytest.param("- a\n- b\n", id="not-a-mapping"),
        pytest.param("a: [unclosed\n", id="bad-yaml"),
    ],
)
def test_loads_refuses_unsafe_or_non_record_yaml(text: str) -> None:
    with pytest.raises(RecordError):
        loads(text, "r.yaml")
