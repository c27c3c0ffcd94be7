"""Every real document in ../shared parses, and every span points at its own text."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_cli.api import parse_document
from minutes_cli.records import to_record

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DOCS = sorted(p for d in ("seeds", "corpus") for p in (SHARED / d).glob("[0-9]*.*")
              if p.suffix in {".txt", ".md"}) if SHARED.is_dir() else []

pytestmark = [pytest.mark.shared, pytest.mark.skipif(not DOCS, reason="../shared is not present")]


@pytest.mark.parametrize("path", DOCS, ids=[p.name[:24] for p in DOCS])
def test_parses_with_spans_in_bounds(path: Path) -> None:
    doc = parse_document(path.read_bytes(), path.name)
    record = to_record(doc)
    n = len(doc.text)
    for d in record["decisions"]:
        s, e = d["span"]
        assert 0 <= s < e <= n and d["text"] == " ".join(doc.text[s:e].split())
        for it in d["items"]:
            assert s <= it["span"][0] < it["span"][1] <= e
    for sp in record["speakers"]:
        for c in sp["contributions"]:
            cs, ce = c["span"]
            assert 0 <= cs < ce <= n and c["text"] == " ".join(doc.text[cs:ce].split())
    for dt in record["dates"]:
        s, e = dt["span"]
        assert dt["text"] == doc.text[s:e]
