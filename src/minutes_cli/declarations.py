"""What each built-in stage reads and writes, declared in one place and checked.

As spaCy's factories declare `requires`/`assigns`, each stage here declares the Document
fields it reads (`requires`) and the only fields it may change (`assigns`). The loader
assigns `LOADER_ASSIGNS`. Two checks use the declarations:

- `unmet(pipeline)`: a stage reading a field that neither the loader nor an earlier
  enabled stage writes (nothing to read, so a misordered or missing stage);
- a *strict* pipeline (`Pipeline(strict=True)`, used by the test suite over every real
  paper) fingerprints the Document around each stage and raises `DeclarationError` when a
  stage changed a field it does not assign.

A user or plugin stage may declare its own with function attributes `requires` and
`assigns` (iterables of field names); an undeclared one is not checked.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable

from .document import Document
from .errors import MinutesError

LOADER_ASSIGNS = frozenset({"text", "source", "blocks", "hints", "problems"})
FIELDS = tuple(f.name for f in dataclasses.fields(Document) if not f.name.startswith("_"))


def _d(requires: str, assigns: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(requires.split()), frozenset(assigns.split())


# stage name -> (requires, assigns)
BUILT_IN: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "structure": _d("blocks", "fields"),
    "metadata": _d("text blocks fields hints", "metadata evidence problems"),
    "dates": _d("text fields hints metadata evidence", "dates problems"),
    "decisions": _d("text blocks fields metadata", "decisions"),
    "agenda": _d("text blocks decisions", "sections"),
    "attendance": _d("text blocks fields hints", "attendance hints"),
    "declarations": _d("text blocks", "declarations"),
    "motions": _d("text blocks decisions metadata sections", "motions decisions"),
    "votes": _d("text blocks attendance decisions hints motions sections", "vote_events problems"),
    "roles": _d("text blocks attendance decisions motions", "roles motions decisions"),
    "speakers": _d("text blocks attendance motions roles", "speakers"),
}


class DeclarationError(MinutesError):
    """A stage changed a Document field it does not declare (a defect in the stage)."""


def declared(name: str, stage: Callable[..., Any]) -> tuple[frozenset[str], frozenset[str]] | None:
    """(requires, assigns) of a stage: its own attributes, else the built-in table."""
    requires, assigns = getattr(stage, "requires", None), getattr(stage, "assigns", None)
    if requires is not None or assigns is not None:
        return frozenset(requires or ()), frozenset(assigns or ())
    return BUILT_IN.get(name)


def unmet(stages: Iterable[tuple[str, Callable[..., Any]]]) -> list[str]:
    """One line per field a stage reads that nothing before it writes."""
    written = set(LOADER_ASSIGNS)
    out: list[str] = []
    for name, stage in stages:
        decl = declared(name, stage)
        if decl is None:
            continue
        requires, assigns = decl
        for missing in sorted(requires - written - assigns):
            out.append(f"stage '{name}' reads '{missing}', which no stage before it writes")
        written |= assigns
    return out


def fingerprint(doc: Document) -> dict[str, Any]:
    """Identity of every field and of every item in it: a replaced, added or removed item
    changes it (items are frozen, so changing one means replacing it)."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(doc, name)
        if isinstance(value, list):
            out[name] = (id(value), tuple(map(id, value)))
        elif isinstance(value, dict):
            out[name] = (id(value), tuple((k, id(v)) for k, v in value.items()))
        else:
            out[name] = id(value)
    return out


def check_writes(name: str, stage: Callable[..., Any], before: dict[str, Any], doc: Document) -> None:
    """Raise DeclarationError if the stage changed a field it does not assign."""
    decl = declared(name, stage)
    if decl is None:
        return
    after = fingerprint(doc)
    changed = sorted(k for k in FIELDS if before[k] != after[k] and k not in decl[1])
    if changed:
        raise DeclarationError(f"{doc.source.path}: stage '{name}' changed {', '.join(changed)}, "
                               f"which it does not assign (assigns: {', '.join(sorted(decl[1]))})")
