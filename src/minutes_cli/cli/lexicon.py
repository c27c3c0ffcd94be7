"""minutes lexicon: print the effective lexicon (base, style layers, settings additions)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
import yaml

from ..lexicon import layer, load
from ._console import EXIT_CODES_HELP, handle_errors, settings_from


@handle_errors
def lexicon_cmd(
    settings: Annotated[Path | None, typer.Option("--settings", help="A YAML settings file whose 'lexicon:' adds words.")] = None,
    only: Annotated[str | None, typer.Option("--layer", help="Print one layer's own words (en, uk, scotland, us, ...).")] = None,
) -> None:
    """Print the lexicon every stage reads its cue words from, as YAML.

    Example: minutes lexicon --settings minutes.yaml
    """
    data = layer(only) if only else load(settings_from(settings).lexicon_key)
    sys.stdout.write(yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=100))


lexicon_cmd.__doc__ = (lexicon_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
