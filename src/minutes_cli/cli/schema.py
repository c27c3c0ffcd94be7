"""minutes schema: print the JSON Schema (draft 2020-12) of a record."""

from __future__ import annotations

import sys

from ..schema import schema_json
from ._console import EXIT_CODES_HELP, handle_errors


@handle_errors
def schema_cmd() -> None:
    """Print the JSON Schema (draft 2020-12) every record is valid under.

    Example: minutes schema > record.schema.json
    """
    sys.stdout.write(schema_json())


schema_cmd.__doc__ = (schema_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
