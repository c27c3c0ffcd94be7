"""Consoles and the one mapping from library errors to messages and exit codes."""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable, TypeVar

import typer
from rich.console import Console

from ..errors import MinutesError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_CODES_HELP = "Exit codes: 0 ok; 1 a document failed, a check found differences or a record is invalid; 2 usage error."


def err_console() -> Console:
    """A console on stderr (colour only on a terminal)."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """Print one plain error line on stderr."""
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


def handle_errors(func: F) -> F:
    """Turn a MinutesError escaping a command into one line on stderr and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MinutesError as exc:
            error_line(str(exc))
            raise typer.Exit(EXIT_FAILED) from None

    return wrapper  # type: ignore[return-value]
