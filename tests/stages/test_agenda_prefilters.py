"""The agenda's label patterns skipped on lines without their punctuation find what they found before."""

from __future__ import annotations

import re

import pytest

from minutes_cli.stages.agenda._itemhead import COLON_LABEL, DASH_LABEL, _has_dash, _person_acts
from minutes_cli.text.names import honorific_pattern, name_grammar

LINES = [
    "Present: R. Roe, Mrs. Willis", "ROLL CALL - Cllr A", "ROLL CALL \u2013 Cllr A", "CONVENE \u2014 7:06 p.m.",
    "Report of the Director of Place: Highways maintenance", "Subject: Lease", "No punctuation here at all",
    "Minutes:-", "10:30 start", "A" * 130 + ": tail", "Mr Patel responded to the question", "Cllr A Jones asked",
    "PLANNING-APPLICATIONS", "", "x:", "Police Reports: Attached.",
]


@pytest.mark.parametrize("line", LINES)
def test_label_patterns_need_their_punctuation(line: str) -> None:
    if ":" not in line:
        assert COLON_LABEL.match(line) is None
    if not _has_dash(line):
        assert DASH_LABEL.match(line) is None
    assert _has_dash(line) == bool(re.search("[-\u2013\u2014]", line))


@pytest.mark.parametrize("line", LINES)
def test_person_acts_as_the_pattern_built_per_call(line: str) -> None:
    m = re.match(rf"^(?:{honorific_pattern('en')})\s+{name_grammar('en').name},?\s+(?P<verb>[a-z]+)\b", line)
    assert _person_acts(line, "en") == (m is not None and m.group("verb") not in ("and", "of", "for", "to"))


def test_the_cases_hold_labels_and_people() -> None:
    assert sum(COLON_LABEL.match(line) is not None for line in LINES) >= 5
    assert sum(DASH_LABEL.match(line) is not None for line in LINES) >= 2
    assert sum(_person_acts(line, "en") for line in LINES) >= 2
