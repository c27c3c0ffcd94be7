"""Speakers' evidence: a mover's mention is the name (not the "Proposed by ..." phrase), the
honorific written before it is kept, and a contribution starts where the sentence names the speaker.

Texts are written for the tests, modelled on the shapes councils use ("Proposed by: Cllr Taylor",
"Moved by Councillor West Seconded by Councillor Kean", "Councilmember Ryan moved and
Councilmember Lawrence seconded", "Cllr Kilcoyne asked about ..."); names are invented.
"""

from __future__ import annotations

from typing import Any

from minutes_cli.api import parse_document
from minutes_cli.records import to_record

HEAD = "MINUTES OF THE COUNCIL\n\n"


def _speakers(body: str) -> tuple[str, dict[str, dict[str, Any]]]:
    """The normalised text (spans index into it) and the record's speakers by name."""
    doc = parse_document((HEAD + body).encode("utf-8"), "test.txt")
    return doc.text, {s["name"]: s for s in to_record(doc)["speakers"]}


def _at(text: str, words: str) -> list[int]:
    start = text.index(words)
    return [start, start + len(words)]


def test_proposed_by_mention_is_the_name() -> None:
    text, found = _speakers("Proposed by Cllr Ruth Oakes and seconded by Cllr Sam Kemp, it was RESOLVED: "
                            "That the minutes be approved.\n")
    oakes, kemp = found["Ruth Oakes"], found["Sam Kemp"]
    assert oakes["span"] == _at(text, "Ruth Oakes")
    assert oakes["mentions"] == [_at(text, "Ruth Oakes")]
    assert kemp["mentions"] == [_at(text, "Sam Kemp")]
    assert (oakes["honorific_prefix"], kemp["honorific_prefix"]) == ("Cllr", "Cllr")


def test_capitals_mover_keeps_the_honorific() -> None:
    text, found = _speakers("3. Minutes\n(a) COUNCIL MEMBER BROOKS MOVED, COUNCIL MEMBER CHEN SECONDED, "
                            "TO APPROVE THE MINUTES.\nMotion carried.\n")
    brooks, chen = found["Brooks"], found["Chen"]
    assert brooks["honorific_prefix"] == "Council Member"
    assert brooks["span"] == _at(text, "BROOKS")
    assert brooks["mentions"] == [_at(text, "BROOKS")]
    assert chen["mentions"] == [_at(text, "CHEN")]
    assert brooks["attribution_text"] == "COUNCIL MEMBER BROOKS MOVED"


def test_chair_mover_mention_is_the_post_and_stops_before_the_seconder() -> None:
    text, found = _speakers("Present: Cllr Helen Marsh (Chair), Cllr Tom Reddy, Cllr Anna Price\n\n"
                            "An amendment was moved by the Chair and seconded by Cllr Anna Price.\n")
    marsh = found["Helen Marsh"]
    assert marsh["mentions"][0] == _at(text, "the Chair")
    assert marsh["attribution_text"] == "moved by the Chair"


def test_contribution_starts_at_the_honorific() -> None:
    text, found = _speakers("Councillor Priya Raman introduced the report on the library service.\n\n"
                            "Mr R Patel responded to questions from Members.\n")
    raman, patel = found["Priya Raman"], found["R Patel"]
    assert raman["contributions"][0]["span"][0] == text.index("Councillor Priya")
    assert raman["contributions"][0]["text"].startswith("Councillor Priya Raman introduced")
    assert patel["contributions"][0]["span"][0] == text.index("Mr R Patel")
    assert raman["span"] == _at(text, "Priya Raman")  # the speaker's own span stays the name


def test_seconder_line_before_a_quoted_motion_is_not_a_quote() -> None:
    text, found = _speakers("Proposed by Councillor Ann Roe\n\nSeconded by Councillor Scanlon;\n\n"
                            "\u201cThat Councillor Roe be appointed Chair for the coming year.\u201d\n")
    scanlon = found["Scanlon"]
    assert [c["quote"] for c in scanlon["contributions"]] == [False]
    assert scanlon["contributions"][0]["text"] == "Seconded by Councillor Scanlon;"
