"""Markdown read with markdown-it-py: cases from issues 10 and 14, each with its own test."""

from __future__ import annotations

import time

from minutes_cli.loaders import load
from minutes_cli.settings import Settings


def _load(text: str):  # type: ignore[no-untyped-def]
    return load(text.encode("utf-8"), "post.md", Settings())


def test_a_run_of_brackets_is_linear() -> None:
    for source in ("[" * 100_000, "[a](" * 25_000, "*" * 50_000 + "x" + "_" * 50_000, "![" * 50_000, "[x] " * 25_000):
        start = time.perf_counter()
        doc = _load("Minutes\n\n" + source)
        assert time.perf_counter() - start < 1.0  # generous: quadratic took over 75 s
        assert doc.text.startswith("Minutes")


def test_front_matter_categories_and_tags_are_typed_hints() -> None:
    doc = _load("---\ntitle: Library to reopen\ndate: 2023-01-11 09:00:00 +0000\ncategories: [News, Libraries]\n"
                "tags: libraries, opening hours\n---\n\nThe library reopens on Monday.\n")
    assert doc.front_matter.title == "Library to reopen"
    assert doc.front_matter.date == "2023-01-11"
    assert doc.front_matter.categories == ("News", "Libraries")
    assert doc.front_matter.tags == ("libraries", "opening hours")
    assert doc.hints["date"] == "2023-01-11"


def test_a_line_that_is_only_a_link_keeps_its_text() -> None:
    doc = _load("Minutes of the meeting.\n\n[Appendix A: Budget 2024](https://example.org/a.pdf)\n\n![logo](l.png)\n")
    assert doc.text.split("\n") == ["Minutes of the meeting.", "Appendix A: Budget 2024"]


def test_list_item_continuation_after_a_blank_line_is_rejoined() -> None:
    doc = _load("RESOLVED: That\n\n1. the contract be awarded to Example Leisure\n\n   Limited for ten years; and\n"
                "2. the report be noted.\n")
    assert doc.text.split("\n") == ["RESOLVED: That", "1. the contract be awarded to Example Leisure Limited for ten "
                                    "years; and", "2. the report be noted."]


def test_inline_markup_and_stray_emphasis() -> None:
    doc = _load("Held on 2nd August 2013**, at** 7pm in the *Church* — see [minutes][1] and `item 4`.<br>Next line\n\n"
                "[1]: https://example.org/m\n")
    assert doc.text.split("\n") == ["Held on 2nd August 2013, at 7pm in the Church — see minutes and item 4.",
                                    "Next line"]


def test_tables_headings_and_label_lines() -> None:
    doc = _load("# Minutes ##\n\nPresent: Cllr A Smith\nApologies: Cllr B Jones\n\n| Vote | For | Against |\n"
                "|---|:---:|---|\n| Motion 1 | 5 | 2 |\n\n|  | broken table |\n| --- | --- |\n")
    lines = [(b.kind, b.span.text(doc)) for b in doc.blocks]
    assert lines == [("heading", "Minutes"), ("paragraph", "Present: Cllr A Smith"),
                     ("paragraph", "Apologies: Cllr B Jones"), ("table_row", "Vote | For | Against"),
                     ("table_row", "Motion 1 | 5 | 2"), ("table_row", "broken table")]


def test_a_number_alone_on_its_line_is_kept() -> None:
    assert _load("10.\n\nQuestions\n").text.split("\n") == ["10.", "Questions"]
