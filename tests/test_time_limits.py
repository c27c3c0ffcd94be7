"""Issue 14 #9: the API, `text` and `check` have the batch's per-document time limit, and a
defect escaping a command is one line that says so (not a traceback, not "bad input")."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_cli import api, parse_text
from minutes_cli._deadline import DeadlineExceeded, TimeLimitExceeded, deadline, time_limit
from minutes_cli.cli import app
from minutes_cli.errors import MinutesError

# The limit's first raise may land in hypothesis's garbage-collector callback, which Python reports
# as "unraisable" and swallows; the repeated raise then ends the work (tested below).
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

SLOW = "Minutes\n\n" + "Cllr Smith said the plan was fine. " * 3000  # about a second to parse


def test_api_raises_time_limit_exceeded_naming_the_paper() -> None:
    with pytest.raises(TimeLimitExceeded, match="slow.txt: took longer than the time limit of 0.01 s"):
        parse_text(SLOW, "slow.txt", timeout=0.01)
    assert issubclass(TimeLimitExceeded, MinutesError)
    assert parse_text("Minutes\n\nRESOLVED: That it be noted.\n", "quick.txt", timeout=30)["decisions"]


def test_text_command_has_a_time_limit(tmp_path: Path) -> None:
    (tmp_path / "slow.txt").write_text("Minutes\n\n" + "word " * 400_000)
    result = CliRunner().invoke(app, ["text", str(tmp_path / "slow.txt"), "--timeout", "0.001"])
    assert result.exit_code == 1 and "time limit" in result.stderr and len(result.stderr.splitlines()) == 1


def test_check_fails_a_slow_pair_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "slow.txt").write_text(SLOW)
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--timeout", "0.01", "--format", "json"])
    assert result.exit_code == 1 and '"status": "failed"' in result.stdout and "time limit" in result.stdout


def test_a_defect_is_one_line_saying_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("day is out of range for month")

    monkeypatch.setattr("minutes_cli.cli.text.read_document", broken)
    (tmp_path / "p.txt").write_text("Minutes\n")
    result = CliRunner().invoke(app, ["text", str(tmp_path / "p.txt")])
    assert result.exit_code == 70
    assert result.stderr.splitlines() == [
        "error: internal error (a bug in minutes; MINUTES_DEBUG=1 shows where): ValueError: day is out of range for month"]


def test_check_reports_a_defect_in_one_source_as_that_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr("minutes_cli.check.parse_bytes", broken)
    (tmp_path / "p.txt").write_text("Minutes\n")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1 and "internal error (a bug in minutes): IndexError" in result.stdout
    assert api.parse_bytes is not broken


def test_the_callers_own_alarm_survives_a_parse() -> None:
    import signal
    import time

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        parse_text("Minutes\n\nRESOLVED: That it be noted.\n", "quick.txt", timeout=30)
        time.sleep(0.8)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == [signal.SIGALRM]


class _SlowToCollect:
    """An object whose finaliser is where the time limit passes: Python swallows an exception raised there."""

    def __del__(self) -> None:
        time.sleep(0.05)  # SIGALRM cuts the sleep short: the raise is swallowed at once


def _spin(seconds: float) -> None:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        sum(range(100))


def test_a_limit_that_passes_inside_a_finaliser_is_raised_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first raise lands in `__del__` and is swallowed; the limit still ends the work."""
    swallowed: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: swallowed.append(unraisable.exc_type))
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.01, "p.txt"):
            _SlowToCollect()  # collected at once: its __del__ sleeps past the limit
            _spin(3)
    assert swallowed == [DeadlineExceeded] and time.monotonic() - started < 1


def _near_the_limit(outcomes: list[str]) -> None:
    for _ in range(10):
        try:
            with deadline(0.002):
                _spin(0.0025)  # ends near the limit: a raise may be on its way
            outcomes.append("ended")
        except DeadlineExceeded:
            outcomes.append("limit")
        try:
            _spin(0.06)  # a raise that escaped the block would land here
        except DeadlineExceeded:
            outcomes.append("escaped")


def test_no_raise_escapes_the_block_once_it_has_ended() -> None:
    in_main: list[str] = []
    _near_the_limit(in_main)
    in_thread: list[str] = []
    thread = threading.Thread(target=_near_the_limit, args=(in_thread,))
    thread.start()
    thread.join(10)
    assert len(in_main) == len(in_thread) == 10 and "escaped" not in in_main + in_thread
