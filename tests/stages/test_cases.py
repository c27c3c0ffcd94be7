"""Phrasing cases as data: tests/cases/<stage>.yaml, one parametrised test per stage.

Each case is a text written for the test in the shape of real papers, and the values the
stage must find in it. A new phrasing is a new case in the file, not a new test function.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ._helpers import parse

CASES = Path(__file__).resolve().parent.parent / "cases"


def _cases(stage: str) -> list[Any]:
    data = yaml.safe_load((CASES / f"{stage}.yaml").read_text(encoding="utf-8"))
    return [pytest.param(case, id=case["id"]) for case in data]


def _doc(case: dict[str, Any]) -> Any:
    return parse(case.get("title", "Minutes of the Council") + "\n\n" + case["text"])


@pytest.mark.parametrize("case", _cases("motions"))
def test_motion_cases(case: dict[str, Any]) -> None:
    doc = _doc(case)
    found = [{"moved_by": m.moved_by, "seconded_by": m.seconded_by, "result": m.result} for m in doc.motions]
    expected = [dict(m) for m in case["motions"]]
    for want, got in zip(expected, found):
        if want.get("result") is None:  # no outcome stated in the case: any reading of it is fine
            got["result"] = None
    assert found == expected


@pytest.mark.parametrize("case", _cases("decisions"))
def test_decision_cases(case: dict[str, Any]) -> None:
    doc = _doc(case)
    assert [d.text for d in doc.decisions] == case["decisions"]
    if "items" in case:
        assert [len(d.items) for d in doc.decisions] == case["items"]


@pytest.mark.parametrize("case", _cases("votes"))
def test_vote_cases(case: dict[str, Any]) -> None:
    doc = _doc(case)
    found = []
    for event in doc.vote_events:
        counts = {c.option: c.value for c in event.counts}
        found.append({k: counts.get(k, 0) for k in ("yes", "no", "abstain")})
    assert found == [{k: v.get(k, 0) for k in ("yes", "no", "abstain")} for v in case["votes"]]
