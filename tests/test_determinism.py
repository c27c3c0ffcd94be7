"""Byte-identical records across processes, whatever Python's hash seed (set order)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _records(seed: str, out: Path) -> dict[str, bytes]:
    papers = sorted(str(p) for p in (ROOT / "fixtures").rglob("*.txt"))
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "minutes_cli", "parse", *papers, "-o", str(out)],
                   check=True, env=env, capture_output=True)
    return {p.name: p.read_bytes() for p in out.glob("*.yaml")}


def test_records_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first, second = _records("1", tmp_path / "a"), _records("4242", tmp_path / "b")
    assert len(first) == len(list((ROOT / "fixtures").rglob("*.txt")))
    assert first == second
