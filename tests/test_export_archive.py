"""minutes export on a sample of the bulk archive (skipped when ../shared is absent)."""

from __future__ import annotations

import sqlite3
import tarfile
from pathlib import Path
from typing import Any

import pytest

from minutes_cli import parse_bytes
from minutes_cli.export import to_sqlite

from support import SHARED
from test_export import dump, expected_counts, table_counts


def _archive_sample(every: int = 21) -> list[dict[str, Any]]:
    archive = SHARED / "bulk/minutes-archive.tar.gz"
    if not archive.exists():
        pytest.skip("../shared/bulk/minutes-archive.tar.gz not available")
    records = []
    with tarfile.open(archive, mode="r|*") as tf:
        for n, member in enumerate(m for m in tf if m.isfile()):
            if n % every == 0:
                records.append(parse_bytes(tf.extractfile(member).read(), member.name))
    return records


@pytest.mark.slow
@pytest.mark.shared
def test_archive_sample(tmp_path: Path) -> None:
    records = _archive_sample()
    assert len(records) >= 40
    db = tmp_path / "archive.db"
    assert to_sqlite(records, db).added == len(records)
    assert table_counts(db) == expected_counts(records)
    dec = next(d for r in records for d in r["decisions"] if len(d["text"].split()) >= 6)
    phrase = '"' + " ".join(w for w in dec["text"].replace('"', " ").split()[:6]) + '"'
    with sqlite3.connect(db) as conn:
        hits = conn.execute("SELECT d.text FROM decisions_fts f JOIN decisions d ON d.rowid = f.rowid "
                            "WHERE decisions_fts MATCH ?", (phrase,)).fetchall()
    assert (dec["text"],) in hits
    before = dump(db)
    assert to_sqlite(records, db).changes == 0
    assert dump(db) == before
