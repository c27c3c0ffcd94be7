"""A per-document time limit that works in a process's main thread and in worker threads.

In the main thread (local process-pool workers, the one-worker path) a real-time timer
(SIGALRM) interrupts the work, including a long regular-expression match. In any other
thread (a Dask worker runs tasks in threads) the only portable way is to schedule the
exception into that thread (`PyThreadState_SetAsyncExc`): it fires between bytecodes, so
pure-Python loops stop, but one long call into C code finishes first.

The exception can land where Python swallows it: in a `__del__`, a weakref or garbage-collector
callback (hypothesis installs one), which reports it as "unraisable" and goes on. So in the main
thread, once the limit has passed, the timer raises again every `REPEAT` seconds until the block
has ended; its handler knows the block has ended, also when the signal is handled on the very
first line of the block's exit. A worker thread's exception cannot check that when it lands, so
it is raised once (a swallowed one lets that paper run to its end), and one still on its way
when the block ends is cleared.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import FrameType

from .errors import InputError

DEFAULT_TIMEOUT = 60.0  # seconds per document: the API, `text`, `check` and the batch alike
REPEAT = 0.05  # seconds between raises in the main thread once the limit has passed


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


def deadline(seconds: float | None) -> AbstractContextManager[None]:
    """Raise DeadlineExceeded inside the block once `seconds` have passed (None/0: no limit).

    In the main thread the block's exit is `_Alarm.__exit__` itself, with no generator between:
    its first line is what tells the repeating timer that the block has ended."""
    if not seconds or seconds <= 0:
        return nullcontext()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _Alarm(seconds)
    return _thread_timer(seconds)


class _Alarm:
    """SIGALRM after `seconds`, then every REPEAT seconds, raising DeadlineExceeded until the block ends."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.ended = seconds, False

    def __enter__(self) -> None:
        self.previous = signal.signal(signal.SIGALRM, self.expire)
        self.started = time.monotonic()
        self.outer, _ = signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT)

    def expire(self, signum: int, frame: FrameType | None) -> None:
        if frame is not None and frame.f_code is _EXIT:
            self.ended = True  # handled on __exit__'s first line: the block is over
        if not self.ended:
            raise DeadlineExceeded()

    def __exit__(self, *exc: object) -> None:
        self.ended = True  # first, and a plain store: no handler runs before it but on this line
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        if self.outer > 0:  # the caller's own timer (or an outer limit) runs on, less the time spent
            signal.setitimer(signal.ITIMER_REAL, max(self.outer - (time.monotonic() - self.started), 1e-6))


_EXIT = _Alarm.__exit__.__code__


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DeadlineExceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            # a raise set just before the end and not yet delivered must not fire after the block
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
        timer.cancel()
