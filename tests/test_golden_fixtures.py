"""Every golden under fixtures/ (and this suite's own tests/data/golden) still matches.

The same `check.compare` that `minutes check fixtures/` runs in .ci/run; a failure shows
the per-field differences. Regenerate goldens on purpose only: `minutes check fixtures/ --update`.
"""

from __future__ import annotations

import pytest
from checkhelp import GOLDEN_DATA, ROOT

from minutes_cli.check import PASSED, Pair, check_pair, find_pairs

FOLDERS = [folder for folder in (ROOT / "fixtures", GOLDEN_DATA) if folder.is_dir()]
PAIRS = find_pairs(FOLDERS)


@pytest.mark.parametrize("pair", PAIRS, ids=[p.golden.relative_to(ROOT).as_posix() for p in PAIRS])
def test_golden_matches(pair: Pair) -> None:
    outcome = check_pair(pair)
    detail = outcome.error or "\n".join(
        f"  {d.kind:8} {d.path}: golden {d.golden!r} -> actual {d.actual!r}" for d in outcome.differences)
    assert outcome.status == PASSED, f"{pair.golden.relative_to(ROOT)}: {outcome.status}\n{detail}"


def test_this_suite_has_goldens_of_its_own() -> None:
    assert sum(p.golden.parent == GOLDEN_DATA for p in PAIRS) == 2
