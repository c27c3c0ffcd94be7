"""The attendance labels found in the lowered windows (or only where a label word stands) are the plain scan's matches."""

from __future__ import annotations

import re

import pytest

from minutes_cli import Settings
from minutes_cli.stages.attendance import _label_pattern
from minutes_cli.text.lowered import finditer_folded, finditer_led
from minutes_cli.text.scan import finditer, windows

TEXTS = [
    "PRESENT: Councillors A Smith and B Jones\nApologies for absence were received from Cllr C\n",
    "**MEMBERS IN ATTENDANCE**: Mayor N. Salonen\nOFFICERS PRESENT\nClerk - Ms D\n",
    "The Council noted that Members agreed. Also Present: X. In attendance were the press and public.\n",
    "Present Present:present\tpresent - Apologies:Apologies\nCOUNCIL\nOfficers Present",
    "\u0130n attendance: Cllr \u017fmith; Those present: Cllr A; Voting members: B\u212a\n",
    "Roll call: Sederunt: The Chair, presiding: Cllr A. Regrets: B. Absent: C. Staff: D.",
    "", "present", "Members of the public: 4\nPublic gallery\n",
]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("key", ["en", Settings(lexicon={"attendance_labels": {"present": ["Quorum"]}}).lexicon_key])
def test_labels_led_are_the_plain_scan(text: str, key: str) -> None:
    pattern, _, prefilter = _label_pattern(key)
    for spans in (windows(text, prefilter, 40, 30), [(0, len(text))], [(3, 9), (20, 40)]):
        plain = _spans(finditer(pattern, text, spans))
        assert _spans(finditer_led(pattern, text, spans)) == plain
        assert _spans(finditer_folded(pattern, text, spans)) == plain  # the scan it replaces


def test_the_cases_hold_labels() -> None:
    pattern, _, _ = _label_pattern("en")
    assert sum(bool(re.search(pattern, t)) for t in TEXTS) >= 7
