"""The speakers stage's faster forms of a plain loop give what the loop gives: each is checked
against the loop itself, written out here, on edge cases and on many small random inputs."""

from __future__ import annotations

import random

from minutes_cli.document import Span
from minutes_cli.stages import speakers
from minutes_cli.stages.speakers._mentions import Mention


def _mention(start: int, end: int) -> Mention:
    return Mention("Ann Roe", Span(start, end), None, None, "Ann Roe said", None)


def _outside_slow(mentions: list[Mention], excluded: list[Span]) -> list[Mention]:
    return [m for m in mentions if not any(s.contains(m.span) for s in excluded)]


def test_outside_edge_cases() -> None:
    excluded = [Span(10, 20), Span(20, 30), Span(40, 41)]
    cases = [(10, 20), (9, 12), (19, 21), (20, 30), (29, 31), (0, 0), (40, 41), (40, 40), (41, 41), (41, 42), (50, 60)]
    mentions = [_mention(s, e) for s, e in cases]
    kept = speakers._outside(mentions, excluded)
    assert [m.span.as_list() for m in kept] == [[9, 12], [19, 21], [29, 31], [0, 0], [41, 42], [50, 60]]
    assert kept == _outside_slow(mentions, excluded)
    assert speakers._outside(mentions, []) == mentions


def test_outside_matches_the_loop_on_random_spans() -> None:
    """Unsorted, nested and overlapping excluded spans too: the bisection assumes no order of them."""
    rng = random.Random(5)
    for _ in range(2000):
        excluded = [Span(s, s + rng.randint(0, 15)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 6)))]
        mentions = [_mention(s, s + rng.randint(0, 8)) for s in (rng.randint(0, 70) for _ in range(rng.randint(0, 8)))]
        fast, slow = speakers._outside(mentions, excluded), _outside_slow(mentions, excluded)
        assert [id(m) for m in fast] == [id(m) for m in slow], (excluded, mentions)
