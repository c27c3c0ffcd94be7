"""The named voters of the vote cases that list them (`voters:` in tests/cases/votes.yaml): each
option's names as read, in order, so a label read with the wrong names fails as well as a missed one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ._helpers import parse

CASES = yaml.safe_load((Path(__file__).resolve().parent.parent / "cases" / "votes.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES if "voters" in c])
def test_named_voters_by_option(case: dict[str, Any]) -> None:
    doc = parse("Minutes of the Council\n\n" + case["text"])
    for option, names in case["voters"].items():
        assert [v.voter_name for e in doc.vote_events for v in e.votes if v.option == option] == names
