"""A per-document time limit that works in a process's main thread and in worker threads.

In the main thread (local process-pool workers, the one-worker path) a real-time timer
(SIGALRM) interrupts the work, including a long regular-expression match. In any other
thread (a Dask worker runs tasks in threads) the only portable way is to schedule the
exception into that thread (`PyThreadState_SetAsyncExc`): it fires between bytecodes, so
pure-Python loops stop, but one long call into C code finishes first.

Either way the exception can land where Python swallows it: in a `__del__`, a weakref or
garbage-collector callback (hypothesis installs one), which reports it as "unraisable" and
goes on. So once the limit has passed, the exception is raised again every `REPEAT` seconds
until the block has ended.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import InputError

DEFAULT_TIMEOUT = 60.0  # seconds per document: the API, `text`, `check` and the batch alike
REPEAT = 0.05  # seconds between raises once the limit has passed (one may have been swallowed)


class TimeLimitExceeded(InputError):
    """A document took longer than its time limit (the library's error, not a crash)."""


@contextmanager
def time_limit(seconds: float | None, name: str) -> Iterator[None]:
    """`deadline`, with the overrun raised as TimeLimitExceeded naming the document.

    No limit (None/0) leaves an outer limit's DeadlineExceeded to the outer block.
    """
    if not seconds or seconds <= 0:
        yield
        return
    try:
        with deadline(seconds):
            yield
    except DeadlineExceeded:
        raise TimeLimitExceeded(name, f"took longer than the time limit of {seconds:g} s") from None


class DeadlineExceeded(BaseException):
    """Raised inside the work when its time limit has passed.

    A BaseException, like KeyboardInterrupt, so no `except Exception` in a stage swallows it.
    """


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DeadlineExceeded inside the block once `seconds` have passed (None/0: no limit)."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:  # the caller's own timer (or an outer limit) runs on, less the time spent
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-6))


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()

    ended = threading.Event()

    def expire() -> None:
        if ended.wait(seconds):
            return
        while True:
            with lock:
                if ended.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DeadlineExceeded))
            if ended.wait(REPEAT):
                return

    timer = threading.Thread(target=expire, name="minutes-deadline", daemon=True)
    timer.start()
    try:
        yield
    finally:
        with lock:
            ended.set()
            # one raise may be pending still (set, not yet delivered): it must not fire after the block
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
