"""records_yaml writes exactly what PyYAML writes (the reference, `records.pyyaml_dump`), or refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_cli import records_yaml
from minutes_cli.api import parse_document
from minutes_cli.records import dump_yaml, loads, pyyaml_dump, to_record

ROOT = Path(__file__).resolve().parent.parent
# characters that move the emitter's choices: indicators, quotes, spaces, breaks, escapes, wide ones
ALPHABET = st.sampled_from(list("ab Z09:#-?'\"[]{},&*!|>%@`.~\n\t\r\\") + ["  ", "\xa0", "é", "’", "\u2028",
                                                                             "\x85", "\ufeff", "\x07", "😀"])
TEXT = st.lists(ALPHABET, max_size=40).map("".join) | st.sampled_from(
    ["", "null", "yes", "No", "12", "-3", "0x1F", "1.5", "2024-03-04", "~", "---", "...", "- x", ": x", "a: b",
     "a #b", "#x", "on", "'q'", " lead", "trail "])
LONG = st.lists(st.sampled_from(["word", "it's", "a:", "b", "  ", "#c", "x" * 30, "\n", "é"]), max_size=60).map(" ".join)
KEYS = st.sampled_from(["id", "text", "span", "moved_by", "agenda_item", "a-b", "yes", "null", "Key", "with space"])
SCALARS = TEXT | LONG | st.integers(-10**6, 10**12) | st.booleans() | st.none() | st.floats(allow_nan=False)
SPAN = st.tuples(st.integers(0, 10**9), st.integers(0, 10**9)).map(list)
VALUES = st.recursive(SCALARS | SPAN, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                      max_leaves=30)


def _same(record: dict[str, Any]) -> None:
    expected = pyyaml_dump(record)
    try:
        assert records_yaml.dump(record) == expected
    except records_yaml.Unsupported:
        pass  # refused: dump_yaml writes it with PyYAML
    assert dump_yaml(record) == expected


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6))
def test_any_record_shaped_data_is_written_as_pyyaml_writes_it(record: dict[str, Any]) -> None:
    _same(record)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 90), LONG | TEXT)
def test_long_lines_fold_where_pyyaml_folds_them(depth: int, text: str) -> None:
    _same({"k" * (depth + 1): text, "items": [{"text": text, "span": [depth, 10**depth]}], "nested": {"t": text}})


def test_the_shapes_of_a_record_are_written_by_the_fast_writer() -> None:
    record = {"id": "dec-1", "text": "RESOLVED: That the hall be painted.", "span": [17, 56], "page": None,
              "items": [{"label": "1", "quote": False}], "evidence": {}, "mentions": [], "lines": "a\nb"}
    assert records_yaml.dump(record) == pyyaml_dump(record)
    assert "span: [17, 56]" in records_yaml.dump(record)


def test_what_it_does_not_write_it_refuses() -> None:
    shared = [1, 2, 3]
    for record in ({"x": 1.5}, {"x": "tab\there"}, {1: "x"}, {"x": shared, "y": shared}, {"x": ("a",)}):
        with pytest.raises(records_yaml.Unsupported):
            records_yaml.dump(record)  # type: ignore[arg-type]
        if not isinstance(record.get("x"), tuple):
            assert dump_yaml(record) == pyyaml_dump(record)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("**/*.*")), ids=lambda p: p.name)
def test_every_fixture_record_is_written_as_pyyaml_writes_it(path: Path) -> None:
    if path.suffix not in (".txt", ".md", ".html"):
        pytest.skip("not a paper")
    record = to_record(parse_document(path.read_bytes(), path.name))
    assert records_yaml.dump(record) == pyyaml_dump(record)
    assert loads(dump_yaml(record)) == record


def test_a_string_written_again_is_written_as_the_first_time_at_its_own_column() -> None:
    """`_plain` keeps whether a string may be written plain, not where it was: the same strings at
    other depths (one folds only when deep) and a long one (not kept) are written as PyYAML writes them."""
    words = " ".join(["alpha"] * 16)  # 95 characters: fits after "text:", folds deeper
    for value in ("Cllr A. Roe", "yes", "a: b", " lead", words, words * 4, "it's"):
        record = {"text": value, "motions": [{"text": value, "evidence": {"moved_by": value}}], "x": [value, value]}
        assert records_yaml.dump(record) == pyyaml_dump(record)
        assert records_yaml.dump(record) == pyyaml_dump(record)  # again, from what `_plain` kept
    assert records_yaml._PLAIN.get("Cllr A. Roe") is True and records_yaml._PLAIN.get("yes") is False
    assert words * 4 not in records_yaml._PLAIN


def test_a_span_written_in_line_is_still_refused_when_shared() -> None:
    """`_mapping` writes a span itself, keeping `_node`'s check: one span list twice is an alias."""
    span = [17, 56]
    for record in ({"span": span, "evidence": {"moved_by": span}}, {"a": {"span": span}, "b": [span]}):
        with pytest.raises(records_yaml.Unsupported):
            records_yaml.dump(record)
        assert dump_yaml(record) == pyyaml_dump(record)
    deep = {"k" * 60: {"k" * 30: [10**15, 2]}}  # a span past column 100 still folds as PyYAML folds it
    assert records_yaml.dump(deep) == pyyaml_dump(deep)
