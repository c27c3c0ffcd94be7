"""The one-pass needle index and the start-only matching give what the plain searches give."""

from __future__ import annotations

import importlib
import re

import pytest

from minutes_cli.document import Block, Document, Span
from minutes_cli.stages.agenda import _marked_blocks
from minutes_cli.text.places import NeedleIndex, placed
from minutes_cli.text.scan import first_place, fold, needles, starts

kind = importlib.import_module("minutes_cli.stages.metadata.kind")

PATTERNS = [r"(?i)^Decision (?:Maker|status)\s*:", r"\bRESOLVED\b|\bAGREED\b", r"(?i)ſeconded by",
            r"^(?:AGENDA|Agenda)\s*$|\bSUMMONS\b", r"\b[Mm]eeting of (?:the )?[A-Z]\w+ was held\b"]
TEXTS = ["", "Agenda\nItem 1", "The meeting of the Cabinet was held.\nRESOLVED: noted", "decision STATUS: made",
         "M\u0130NUTES \u201cquoted\u201d Motion \u017feconded by Cllr Roe. AGREED", "x" * 700 + "\nAgenda\n"]


@pytest.mark.parametrize("text", TEXTS)
def test_placed_is_first_place(text: str) -> None:
    compiled = [re.compile(p, re.M) for p in PATTERNS]
    found = [needles(c) for c in compiled]
    places = NeedleIndex(found).places(text, fold(text))
    for f in found:
        assert placed(f, places) == first_place(f, text, fold(text))
        head = text[:600]
        assert placed(f, places, 600) == first_place(f, head, fold(head))


def test_a_caseless_character_is_a_case_blind_needle() -> None:
    """`re` compares "”" as itself under (?i): it can open a needle (it used to end the run)."""
    pattern = re.compile(r"(?i)[”\"], (?:said|says)\b")
    assert starts(pattern) is not None and ("”, said", True) in starts(pattern)
    found = needles(pattern)
    assert found is not None and ("”, says", True) in found.all()
    assert first_place(found, "He left. ”, SAID Jo", fold("He left. ”, SAID Jo")) == 9


@pytest.mark.parametrize("text", [
    "Councillors voted in favour of the plan last week.", "voted in\nfavour of it; voted  unanimously",
    "told the meeting, told the   \n meeting", "earlier this month 3", "last monday, the 4th", "avoted to a spokesman",
    "a spokesperson said on wednesday last wednesday", "on\tthursday and on friday 12",
])
def test_news_phrases_are_finditer_s(text: str) -> None:
    c = kind.cues("en")
    lowered = text.lower()
    assert kind._news_phrases(lowered, c) == {m.group() for m in c.news.finditer(lowered)}


@pytest.mark.parametrize("text", ["He said: “Yes”", "”, said the Leader", "nothing here", "“No”, added Jo",
                                  "Agenda\n", "x Agenda\nAgenda frontsheet", "told\n\n“x"])
def test_found_is_search(text: str) -> None:
    c = kind.cues("en")
    cue_list = [cue for items in c.patterns.values() for cue in items]
    assert any(cue.starts for cue in cue_list)
    for cue in cue_list:
        at = first_place(cue.needles, text, fold(text))
        if at is not None:
            assert kind._found(cue, text, fold(text), at) == bool(cue.pattern.search(text, at)), cue.pattern.pattern


def test_marked_blocks() -> None:
    text = "Apologies\n(Item 1)\nMinutes (Item 2) (Item 2)\nno mark\n(Item"
    doc = Document(text=text, source="t.txt")
    start = 0
    for line in text.split("\n"):
        doc.blocks.append(Block(Span(start, start + len(line)), "paragraph"))
        start += len(line) + 1
    assert _marked_blocks(doc) == [i for i, b in enumerate(doc.blocks) if "(Item" in b.span.text(doc)] == [1, 2, 4]


def test_fold_is_lower_without_the_unlike_characters() -> None:
    """classify reuses `text.lower()` as `fold(text)` unless one of UNLIKE_LOWER is in the text."""
    from minutes_cli.text.scan import _FOLD
    assert {c for c, ascii_letter in _FOLD if c.lower() != ascii_letter} == set(kind.UNLIKE_LOWER)
    text = "Motion \u212aelvin \u00c9t\u00e9 MINUTES"
    assert fold(text) == text.lower()
