"""Phrasing cases as data: tests/cases/<stage>.yaml, one parametrised test per stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from minutes_cli import parse_text

CASES = Path(__file__).parent / "cases"
HEAD = "MINUTES OF THE COUNCIL\n\n"


def _cases(stage: str) -> list[Any]:
    data = yaml.safe_load((CASES / f"{stage}.yaml").read_text("utf-8"))
    return [pytest.param(case, id=case["id"]) for case in data]


@pytest.mark.parametrize("case", _cases("speakers"))
def test_speaker_cases(case: dict[str, Any]) -> None:
    record = parse_text(HEAD + case["text"])
    assert sorted(s["name"] for s in record["speakers"]) == sorted(case["speakers"])


@pytest.mark.parametrize("case", _cases("attendance"))
def test_attendance_cases(case: dict[str, Any]) -> None:
    attendance = parse_text(HEAD + case["text"])["attendance"]
    for status in ("present", "apologies", "absent", "in_attendance"):
        if status in case:
            assert [a["name"] for a in attendance[status]] == case[status], status
    for name, role in (case.get("roles") or {}).items():
        assert {a["name"]: a["role"] for a in attendance["present"]}[name] == role
    listed = {a["name"]: a["honorific_prefix"] for status in ("present", "absent") for a in attendance[status]}
    for name, honorific in (case.get("honorifics") or {}).items():
        assert listed[name] == honorific, name
