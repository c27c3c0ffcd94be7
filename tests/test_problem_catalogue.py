"""One problem catalogue, used at every raise site, documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_cli.document import Document, Source
from minutes_cli.errors import PROBLEM_CODES, problem_message

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "minutes_cli"
RAISE = re.compile(r"""(?:\.problem\(|\(\s*)["']([A-Z]\d{3})["']""")



def test_every_code_raised_is_in_the_catalogue_and_every_catalogued_code_is_raised() -> None:
    raised = set()
    for path in SRC.rglob("*.py"):
        if path.name != "errors.py":
            raised |= {c for c in RAISE.findall(path.read_text(encoding="utf-8")) if c[0] in "TDVP"}
    assert raised == set(PROBLEM_CODES)


def test_every_code_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [c for c in PROBLEM_CODES if f"`{c}`" not in readme] == []


def test_the_message_comes_from_the_catalogue() -> None:
    doc = Document(text="x", source=Source("p.txt", "txt", "0" * 64))
    doc.problem("V603", None, "votes", cast=7, present=5)
    assert doc.problems[0].message == "7 votes but 5 members present"
    with pytest.raises(KeyError):
        doc.problem("X999")  # a code not in the catalogue is a defect at the raise site
    with pytest.raises(KeyError):
        problem_message("V603", cast=7)  # a value the template needs is missing
