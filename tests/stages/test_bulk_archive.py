"""A sample of the real bulk archive parses without a crash (skipped without ../shared)."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from minutes_cli.api import parse_document

ARCHIVE = Path(__file__).resolve().parents[2] / ".." / "shared" / "bulk" / "minutes-archive.tar.gz"


@pytest.mark.shared
@pytest.mark.skipif(not ARCHIVE.exists(), reason="../shared is not present")
def test_sample_of_bulk_archive_parses() -> None:
    seen = 0
    with tarfile.open(ARCHIVE) as tar:
        for n, member in enumerate(tar):
            if not member.isfile() or n % 40:
                continue
            doc = parse_document(tar.extractfile(member).read(), member.name)  # type: ignore[union-attr]
            for item in [*doc.attendance, *doc.declarations, *doc.motions, *doc.vote_events]:
                assert 0 <= item.span.start <= item.span.end <= len(doc.text)
            seen += 1
    assert seen >= 15
