"""Consoles and the one mapping from library errors to messages and exit codes."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Callable, NoReturn, TypeVar

import typer
import yaml
from rich.console import Console

from .._yaml import first_line, safe_load
from ..errors import ConfigError, MinutesError
from ..settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70
EXIT_CODES_HELP = "Exit codes: 0 ok; 1 a document failed, a check found differences or a record is invalid; 2 usage error; 70 internal error (a bug)."


def err_console() -> Console:
    """A console on stderr (colour only on a terminal)."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """Print one plain error line on stderr."""
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


def handle_errors(func: F) -> F:
    """Turn a MinutesError escaping a command into one line on stderr and exit 1.

    Any other exception is a defect: one line that says so (not passed off as bad input),
    exit 70; MINUTES_DEBUG=1 shows the traceback instead.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MinutesError as exc:
            error_line(str(exc))
            raise typer.Exit(EXIT_FAILED) from None
        except Exception as exc:
            if os.environ.get("MINUTES_DEBUG") or _is_cli_signal(exc):
                raise
            error_line(f"internal error (a bug in minutes; MINUTES_DEBUG=1 shows where): "
                       f"{type(exc).__name__}: {str(exc)[:200]}")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def _is_cli_signal(exc: Exception) -> bool:
    """typer's and click's own exceptions (exit, abort, usage errors) pass through."""
    return any(c.__module__.split(".")[0] in ("typer", "click") for c in type(exc).__mro__)


def settings_from(path: Path | None, **flags: Any) -> Settings:
    """Settings: code defaults < a YAML settings file < flags given on the command line.

    A file that cannot be read, or a key or value `Settings` rejects, is a usage error:
    one line naming the file, exit 2.
    """
    values: dict[str, Any] = {}
    if path is not None:
        try:
            loaded = safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            _usage_error(f"{path}: cannot read settings: {first_line(exc)}")
        if not isinstance(loaded, dict):
            _usage_error(f"{path}: settings must be a mapping of names to values")
        values.update(loaded)
    plugins = flags.pop("plugins", None)
    values.update({k: v for k, v in flags.items() if v is not None})
    if plugins:  # --stage adds to a settings file's plugins
        values["plugins"] = [*values.get("plugins", ()), *plugins]
    try:
        return Settings.from_mapping(values)
    except ConfigError as exc:
        _usage_error(f"{path}: {exc}" if path is not None else str(exc))


def _usage_error(message: str) -> NoReturn:
    error_line(message)
    raise typer.Exit(EXIT_USAGE)
