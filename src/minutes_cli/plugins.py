"""Plugin stages: from the `minutes_cli.stages` entry-point group, or `module:function`.

A plugin stage is a function `(doc: Document, settings: Settings) -> None`, like a
built-in one. It keeps what it finds under its own name in `doc.extensions`, which the
record writes as the schema-valid `extensions` section (`extensions: {name: value}`; the
value must be plain JSON data). It may declare where it runs with an attribute, as spaCy
components declare their place: `stage.after = "decisions"` or `stage.before =
"speakers"`; without one it runs after every built-in stage.

Plugins are named in `Settings.plugins` (a settings file's `plugins:` list, or `minutes
parse --stage SPEC`): an entry-point name (a package declares
`[project.entry-points."minutes_cli.stages"] mystage = "pkg.mod:find_things"`) or a
`module:function` path importable from the current environment. Names are resolved in
every worker process, so plugins work in batches too.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

from .errors import ConfigError

GROUP = "minutes_cli.stages"
SPEC = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")

# Called as `stage(doc, settings)`. Typed loosely on purpose: settings.py imports this module to
# check plugin names, so naming Settings or Document here would make an import cycle.
PluginStage = Callable[..., None]


def installed() -> dict[str, Any]:
    """Entry points of the `minutes_cli.stages` group, by name."""
    return {ep.name: ep for ep in entry_points(group=GROUP)}


@lru_cache(maxsize=64)
def resolve(spec: str) -> tuple[str, PluginStage]:
    """(stage name, function) for an entry-point name or a `module:function` spec.

    Raises:
        ConfigError: the name is not installed, the module does not import, or the
            object is not callable.
    """
    if SPEC.match(spec):
        module, _, attr = spec.partition(":")
        try:
            func = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"plugin stage '{spec}' cannot be loaded: {str(exc)[:200]}") from exc
        name = attr
    else:
        found = installed().get(spec)
        if found is None:
            names = ", ".join(sorted(installed())) or "none installed"
            raise ConfigError(f"no plugin stage named '{spec}' ({GROUP} entry points: {names}); "
                              "or give module:function")
        try:
            func = found.load()
        except Exception as exc:  # a broken plugin package is the user's environment, said in one line
            raise ConfigError(f"plugin stage '{spec}' cannot be loaded: {str(exc)[:200]}") from exc
        name = spec
    if not callable(func):
        raise ConfigError(f"plugin stage '{spec}' is not a function")
    return name, func


def check(specs: tuple[str, ...]) -> None:
    """Raise ConfigError unless every spec resolves and no two share a name."""
    names = [resolve(spec)[0] for spec in specs]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"plugin stage named twice: {', '.join(duplicates)}")


def place(stage: PluginStage) -> tuple[str, str | None]:
    """("after" | "before", anchor) as the stage declares it; ("after", None) means last."""
    before = getattr(stage, "before", None)
    if isinstance(before, str):
        return "before", before
    after = getattr(stage, "after", None)
    return "after", after if isinstance(after, str) else None
