"""Helpers shared by the schema, validate and check tests (not a test module)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from minutes_cli.cli import app
from minutes_cli.records import dumps, loads

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLDEN_DATA = ROOT / "tests" / "data" / "golden"
SHARED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def run(*args: str) -> Result:
    """Run the CLI in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(app, [str(a) for a in args])


def copy_golden_data(tmp_path: Path) -> Path:
    """A private copy of tests/data/golden that a test may edit."""
    target = tmp_path / "golden"
    shutil.copytree(GOLDEN_DATA, target)
    return target


def read_record(path: Path) -> dict[str, Any]:
    return loads(path.read_text(encoding="utf-8"), str(path))


def write_record(path: Path, record: dict[str, Any]) -> None:
    path.write_text(dumps(record), encoding="utf-8")


def shared_papers() -> list[Path]:
    """Every paper in ../shared/corpus and ../shared/seeds (empty when ../shared is absent)."""
    papers: list[Path] = []
    for folder in ("corpus", "seeds"):
        base = SHARED / folder
        if base.is_dir():
            papers += sorted(p for p in base.iterdir()
                             if p.suffix.lower() in SHARED_SUFFIXES and not p.name.upper().startswith("README"))
    return papers
