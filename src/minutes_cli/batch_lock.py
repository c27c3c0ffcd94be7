"""The output folder as a whole: its state folder, the one-writer lock, and its fatal errors."""

from __future__ import annotations

import errno
import fcntl
from pathlib import Path

from .errors import MinutesError

STATE_DIR = ".minutes"
LOCK_FILE = "lock"
# Errors that concern the output folder as a whole, not one record: the run stops.
FATAL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}


class OutputError(MinutesError):
    """The output folder cannot be used (not a folder, read-only, full, locked by another run)."""


def output_error(out: Path, exc: OSError) -> OutputError:
    return OutputError(f"{out}: cannot write: {exc.strerror or exc}")


class Lock:
    """OUT/.minutes/lock, held for the run: a second run into OUT waits or is refused."""

    def __init__(self, out: Path, wait: bool) -> None:
        state = out / STATE_DIR
        state.mkdir(parents=True, exist_ok=True)
        self.fh = open(state / LOCK_FILE, "a")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.close()
            raise OutputError(f"{out}: another minutes run is writing to this folder "
                              "(wait for it, or pass --wait)") from None

    def close(self) -> None:
        self.fh.close()  # closing releases the lock; so does the process dying
