"""Phrasing cases as data: tests/cases/metadata.yaml (kind, body, meeting date), dates.yaml, agenda.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from minutes_cli import Settings, parse_text

CASES = Path(__file__).resolve().parents[1] / "cases"


def _cases(name: str) -> list[Any]:
    data = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))
    return [pytest.param(case, id=case["id"]) for case in data]


@pytest.mark.parametrize("case", _cases("metadata.yaml"))
def test_metadata_case(case: dict[str, Any]) -> None:
    document = parse_text(case["text"], name="case.txt")["document"]
    for key in ("kind", "body", "meeting_date"):
        if key in case:
            assert document[key] == case[key], key


@pytest.mark.parametrize("case", _cases("dates.yaml"))
def test_dates_case(case: dict[str, Any]) -> None:
    settings = Settings(date_order=case.get("order", "auto"))
    record = parse_text(case["text"], name="case.txt", settings=settings)
    found = [[d["text"], d["value"]] for d in record["dates"]]
    if "dates" in case:
        assert found == case["dates"]
    for text, value in case.get("includes", []):
        assert [text, value] in found
    codes = {p["code"] for p in record["problems"]}
    assert ("D304" in codes) == case.get("mixed", False)


@pytest.mark.parametrize("case", _cases("agenda.yaml"))
def test_agenda_case(case: dict[str, Any]) -> None:
    record = parse_text(case["text"], name="case.txt")
    assert [[a["number"], a["title"]] for a in record["agenda_items"]] == case["items"]
