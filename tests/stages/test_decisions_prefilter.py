"""The decisions stage's literal prefilters are exact: with them or without, the same decisions."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from minutes_cli.stages.decisions import _prefilter
from minutes_cli.stages.decisions._prefilter import CueBlocks, phrase_literals
from minutes_cli.text.offsets import literal_offsets

from ._helpers import parse

ROOT = Path(__file__).resolve().parent.parent.parent
CASES = yaml.safe_load((ROOT / "tests" / "cases" / "decisions.yaml").read_text(encoding="utf-8"))
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
HEAD = "Minutes of the Parish Council\n\n"
# Texts written for this test: each cue family, in blocks that hold other families' words too
WRITTEN = [
    "RESOLVED: That the report be noted.\n\nThe minutes of the meeting held on 3 May were approved as a correct record.",
    "The Committee is asked to approve the budget.\n\nI will move at the next meeting that the hall be let.",
    "Barn, Mill Rd - approved by Parish Council\n\nDM/23/0167 – EV charge points. Approval recommended.",
    "R E S O L V E D that the grant be paid.\n\nRECOMMENDATIONS\n\n1. That the plan be adopted.",
    "Mr Precey proposed adoption of the accounts seconded by Mr Ferrie.\n\nThe bins were duly NOTED.",
    "Decided to write to the owner. Quotes to be obtained.\n\nNOW, THEREFORE, BE IT RESOLVED that $5 be paid.",
    "d) Meeting with the school Agreed to defer the item.\n\nThe revised budget was approved.",
]


def _decisions(text: str) -> list[Any]:
    return [(d.kind, d.text, d.span, d.status, d.cue) for d in parse(text).decisions]


def _unfiltered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every block may hold every cue: the stage as it ran before the prefilters."""
    monkeypatch.setattr(CueBlocks, "may", lambda self, name, i: True)
    monkeypatch.setattr(CueBlocks, "families_at", lambda self, i, names: names)
    monkeypatch.setattr(CueBlocks, "blocks", lambda self, names: None)


@pytest.mark.parametrize("text", [
    *[pytest.param(HEAD + c["text"], id=c["id"]) for c in CASES],
    *[pytest.param(p.read_text(encoding="utf-8"), id=p.name) for p in FIXTURES],
    *[pytest.param(HEAD + t, id=f"written-{k}") for k, t in enumerate(WRITTEN)],
])
def test_prefilters_change_no_decision(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = _decisions(text)
    _unfiltered(monkeypatch)
    assert _decisions(text) == filtered


@pytest.mark.parametrize(("odd", "plain"), [
    # "ſ" (long s) is "s" to re.IGNORECASE but lowers to itself: "aſked" must still be a recommendation
    ("The Cabinet is a\u017fked to approve the budget for 2024.",
     "The Cabinet is asked to approve the budget for 2024."),
    ("The minute\u017f of the meeting held on 3 May were approved as a correct record.",
     "The minutes of the meeting held on 3 May were approved as a correct record."),
])
def test_letters_ignorecase_equates_with_ascii_keep_the_cue(odd: str, plain: str) -> None:
    found, expected = _decisions(HEAD + odd), _decisions(HEAD + plain)
    assert len(expected) == 1
    assert [(k, t.replace("\u017f", "s")) for k, t, _, _, _ in found] == [(k, t) for k, t, _, _, _ in expected]


def test_a_literal_is_the_longest_word_of_each_phrase() -> None:
    assert phrase_literals(["No observations or objections", "supported"]) == ("observations", "supported")
    assert phrase_literals(["All agreed", "Decided"], lower=False) == ("Decided", "agreed")


@pytest.mark.parametrize(("phrases", "kwargs"), [
    (["officer\u2019s recommendation", "supported"], {"lower": False, "regex": True}),  # "recommendation" is fine
])
def test_a_usable_word_is_kept(phrases: list[str], kwargs: dict[str, bool]) -> None:
    assert phrase_literals(phrases, **kwargs) == ("recommendation", "supported")


@pytest.mark.parametrize(("phrases", "kwargs"), [
    (["\u00e9lu"], {}),  # not ASCII: its lowered form may not be what IGNORECASE compares
    (["be it reso(lv)ed"], {"regex": True}),  # regex source with a group: no literal
])
def test_no_usable_word_means_no_filter(phrases: list[str], kwargs: dict[str, bool]) -> None:
    assert phrase_literals(phrases, **kwargs) is None


def test_a_literal_marks_exactly_the_blocks_holding_it() -> None:
    doc = parse(HEAD + "The report was noted\n\nand agreed by all.")
    cues = CueBlocks(doc, {"w": (("noted",), True)})
    assert [i for i in range(len(doc.blocks)) if cues.may("w", i)] == [
        i for i, b in enumerate(doc.blocks) if "noted" in b.span.text(doc)]
    assert _prefilter.case_odd("x \u212a")  # the Kelvin sign, which lowers to "k"


@pytest.mark.parametrize("text", ["", "Kk Ss Ii", "\u0130stanbul", "\u0131", "Mu\u017ft", "5 \u212a", "caf\u00e9 \u00df"])
def test_case_odd_finds_what_the_letter_class_finds(text: str) -> None:
    assert _prefilter.case_odd(text) == (re.search(f"[{_prefilter.CASE_ODD_LETTERS}]", text) is not None)


@pytest.mark.parametrize("text, word", [
    ("That THAT that tHat That", "That"), ("THAT that", "THAT"), ("aaaa aAaa", "aa"),  # overlaps
    ("\u0130stanbul That", "That"),  # lower-casing moves offsets: found as written
    ("caf\u00e9 CAF\u00c9 Caf\u00e9", "Caf\u00e9"), ("Motion MOTION", ""), ("", "That"), ("x", "Motion"),
])
def test_written_offsets_are_literal_offsets(text: str, word: str) -> None:
    assert _prefilter.written_offsets(text, word) == literal_offsets(text, (word,))
    assert _prefilter.written_offsets(text, word) == sorted(
        i for i in range(len(text) + 1) if text.startswith(word, i))
