"""Bytes to text: encodings, artefact repair, line endings, re-joined paragraphs."""

from __future__ import annotations

import pytest

from minutes_cli.errors import LoadError
from minutes_cli.loaders import load
from minutes_cli.loaders._text import decode, repair
from minutes_cli.settings import Settings

PHRASE = "The Council’s Leader said £2.5m was “enough” – café"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(PHRASE.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + PHRASE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(PHRASE.encode("cp1252"), id="cp1252"),
        pytest.param(PHRASE.encode("utf-16"), id="utf-16-bom"),
    ],
)
def test_decode_reads_each_encoding_exactly(data: bytes) -> None:
    assert decode(data, "x.txt") == PHRASE


def test_latin1_with_bytes_undefined_in_cp1252() -> None:
    text = "Caf\xe9 \x81 menu"
    assert decode(text.encode("latin-1"), "x.txt") == text


@pytest.mark.parametrize(
    "data,reason",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t\n", "empty", id="whitespace-only"),
        pytest.param(b"\x00\x01\x02binary\x00" * 50, "binary", id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 40, "binary", id="control-characters"),
    ],
)
def test_unusable_bytes_raise_load_error_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(LoadError) as info:
        decode(data, "paper.txt")
    assert str(info.value).startswith("paper.txt:") and reason in str(info.value)


@pytest.mark.parametrize(
    "raw,fixed",
    [
        pytest.param("the Council=s Executive", "the Council's Executive", id="word-apostrophe-s"),
        pytest.param("the Leader=s report", "the Leader's report", id="leader-s"),
        pytest.param("we don=t agree", "we don't agree", id="dont"),
        pytest.param("a = b and x=5", "a = b and x=5", id="equations-untouched"),
        pytest.param("Councilâ€™s report", "Council’s report", id="mojibake-apostrophe"),
        pytest.param("“quoted” text", "“quoted” text", id="curly-quotes-kept"),
    ],
)
def test_repair(raw: str, fixed: str) -> None:
    assert repair(raw) == fixed


def test_line_endings_and_hard_wraps_are_normalised() -> None:
    raw = "REPORT OF\r\nTHE DIRECTOR\r\n\r\nMembers are\r\ninvited to consider the\r\nreport.\r\n"
    doc = load(raw.encode("cp1252"), "paper.txt", Settings())
    assert "\r" not in doc.text
    assert "Members are invited to consider the report." in doc.text.split("\n")


def test_numbered_items_and_labels_keep_their_own_lines() -> None:
    raw = "RESOLVED: That\n(1) the plan be approved;\n(2) the budget be noted.\nReport author: Jo Bloggs\n"
    lines = load(raw.encode(), "paper.txt", Settings()).text.split("\n")
    assert lines == ["RESOLVED: That", "(1) the plan be approved;", "(2) the budget be noted.",
                     "Report author: Jo Bloggs"]


def test_oversized_input_is_refused() -> None:
    with pytest.raises(LoadError, match="larger than"):
        load(b"x" * 200, "big.txt", Settings(max_bytes=100))


@pytest.mark.parametrize("space", ["\x85", "\u2028", "\u2029", "\u00a0", "\u3000", "\x1c", "\x1f", "\u202f"])
def test_every_kind_of_white_space_folds_to_one_space(space: str) -> None:
    tail = " and the minutes were approved as a correct record." * 3
    doc = load(f"Councillor Ann Lee{space}said{space}{space}hello{tail}".encode(), "p.txt", Settings())
    assert doc.text == "Councillor Ann Lee said hello" + " ".join(tail.split()).join([" ", ""])
    assert space not in doc.text


def test_zero_width_characters_are_dropped() -> None:
    doc = load("Coun\u200bcil\ufeff's plan".encode(), "p.txt", Settings())
    assert doc.text == "Council's plan"


def _codes(text: str | bytes) -> list[str]:
    from minutes_cli import parse_bytes

    data = text if isinstance(text, bytes) else text.encode()
    return [p["code"] for p in parse_bytes(data, "p.txt")["problems"]]


def test_repairs_are_reported_not_hidden() -> None:
    body = "The report was presented to the Council=s Executive and the Leader=s comments were noted. " * 3
    assert _codes(body).count("T101") == 1
    assert "T101" not in _codes(body.replace("=s", "'s"))
    assert "T101" in _codes("The Councilâ€™s plan was agreed by the committee at its meeting last week " * 2)
