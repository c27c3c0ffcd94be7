"""Issue 14 #8: mutated papers in every format give a record or a MinutesError, nothing else.

A few hundred hypothesis examples per run; bench/fuzz.py runs 10,000+ and prints counts.
"""

from __future__ import annotations

import traceback

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _fuzzdocs import OPS, PAYLOADS, mutant, seeds
from minutes_cli import Settings, parse_bytes
from minutes_cli.errors import MinutesError

OP = st.tuples(st.sampled_from(OPS), st.floats(0, 1), st.binary(max_size=8) | st.sampled_from(PAYLOADS))
# Loader defects found by this fuzzing and being fixed in src/minutes_cli/loaders/ on another
# branch (issue 14 #8). (exception type, file of the innermost loaders/ frame). Empty this
# once those fixes are merged: the property then holds with no exception at all.
KNOWN_LOADER_DEFECTS: set[tuple[str, str]] = set()  # none left: every loader error is a LoadError


def _known_loader_defect(exc: BaseException) -> bool:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/minutes_cli/loaders/" in f.filename]
    return bool(frames) and (type(exc).__name__, frames[-1].filename.rsplit("/", 1)[-1]) in KNOWN_LOADER_DEFECTS


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(name=st.sampled_from(sorted(seeds())), ops=st.lists(OP, min_size=1, max_size=4), inside=st.booleans())
def test_a_mutated_paper_is_a_record_or_a_minutes_error(name: str, ops: list[tuple[str, float, bytes]],
                                                        inside: bool) -> None:
    data = mutant(name, ops, inside)
    try:
        record = parse_bytes(data, name, Settings(), timeout=20)
    except MinutesError:
        return
    except Exception as exc:
        if _known_loader_defect(exc):
            return
        raise
    assert record["schema_version"] == 1 and record["source"]["chars"] >= 0
