"""Each stage declares what it reads and writes; the declarations are exact and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_cli import Settings
from minutes_cli.api import read_path
from minutes_cli.declarations import BUILT_IN, DeclarationError
from minutes_cli.loaders import load
from minutes_cli.pipeline import DEFAULT_STAGES, Pipeline
from support import needs_shared

ROOT = Path(__file__).resolve().parent.parent
PAPERS = sorted(ROOT.glob("fixtures/**/*.txt"))


def test_every_built_in_stage_is_declared_and_the_default_order_meets_every_read() -> None:
    assert set(BUILT_IN) == {name for name, _ in DEFAULT_STAGES}
    assert Pipeline().unmet(Settings()) == []


def test_a_stage_that_reads_what_only_a_later_stage_writes_is_reported() -> None:
    stages = dict(DEFAULT_STAGES)
    order = [(n, stages[n]) for n in ("structure", "speakers", "attendance")]
    assert "stage 'speakers' reads 'attendance', which no stage before it writes" in Pipeline(order).unmet(Settings())


def test_strict_pipeline_refuses_an_undeclared_write() -> None:
    def sneaky(doc, settings) -> None:
        doc.speakers.clear()
    sneaky.requires, sneaky.assigns = ("text",), ("extensions",)
    data = b"Minutes\n\nCouncillor Ann Lee said the plan was welcome.\n"
    pipeline = Pipeline(strict=True).after("speakers", "sneaky", sneaky)
    doc = load(data, "p.txt", Settings())
    with pytest.raises(DeclarationError, match="stage 'sneaky' changed speakers"):
        pipeline(doc, Settings())


def _run_strict(path: Path) -> None:
    data, name = read_path(path)
    settings = Settings()
    Pipeline(strict=True)(load(data, name, settings), settings)


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.name)
def test_fixtures_keep_to_their_declarations(path: Path) -> None:
    _run_strict(path)


@pytest.mark.slow
def test_every_real_paper_keeps_to_the_declarations() -> None:
    corpus, seeds = needs_shared("corpus"), needs_shared("seeds")
    papers = sorted(p for p in corpus.glob("*.*") if p.suffix in (".txt", ".md", ".html", ".pdf"))
    assert papers
    for path in papers + sorted(seeds.glob("*.txt")):
        _run_strict(path)
