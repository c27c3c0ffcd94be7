"""What each built-in stage reads and writes, declared in one place and checked.

As spaCy's factories declare `requires`/`assigns`, each stage here declares the Document
fields it reads (`requires`) and the only fields it may change (`assigns`); a stage may also
declare fields it only *appends* to (`APPENDS`: it adds items of its own and changes, removes or
replaces none that are there, as the motions stage adds the decisions that are motions of their
own). The loader assigns `LOADER_ASSIGNS`. Two checks use the declarations:

- `unmet(pipeline)`: a stage reading a field that neither the loader nor an earlier
  enabled stage writes (nothing to read, so a misordered or missing stage);
- a *strict* pipeline (`Pipeline(strict=True)`, used by the test suite over every real
  paper) fingerprints the Document around each stage and raises `DeclarationError` when a
  stage changed a field it does not assign (or, in a field it appends to, touched an item
  that was there).

A user or plugin stage may declare its own with function attributes `requires`, `assigns`
and `appends` (iterables of field names); an undeclared one is not checked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from .document import Document
from .errors import MinutesError

LOADER_ASSIGNS = frozenset({"text", "source", "blocks", "front_matter", "hints", "problems"})
FIELDS = tuple(f.name for f in dataclasses.fields(Document) if not f.name.startswith("_"))


def _d(requires: str, assigns: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(requires.split()), frozenset(assigns.split())


# stage name -> (requires, assigns)
BUILT_IN: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "structure": _d("text blocks hints", "fields hints"),  # hints.date_order, read once by whoever needs it first
    "metadata": _d("text blocks fields hints front_matter", "metadata evidence problems hints"),
    "dates": _d("text fields hints metadata evidence front_matter", "dates problems hints"),
    "decisions": _d("text blocks fields metadata", "decisions"),
    "agenda": _d("text blocks decisions", "sections"),
    "attendance": _d("text blocks fields", "attendance hints"),
    "declarations": _d("text blocks", "declarations"),
    "motions": _d("text blocks decisions metadata sections", "motions"),
    "votes": _d("text blocks attendance hints motions sections", "vote_events problems"),
    "roles": _d("text blocks attendance", "roles"),
    "speakers": _d("text blocks attendance motions roles", "speakers"),
    # last: merges, numbers and joins what the others made (stages/link); records only serialise
    "link": _d("text metadata sections decisions motions vote_events roles speakers declarations",
               "sections decisions motions vote_events speakers declarations linked"),
}
# stage name -> fields it only appends new items to
APPENDS: dict[str, frozenset[str]] = {"motions": frozenset({"decisions"})}


class DeclarationError(MinutesError):
    """A stage changed a Document field it does not declare (a defect in the stage)."""


def declared(name: str, stage: Callable[..., Any]) -> tuple[frozenset[str], frozenset[str]] | None:
    """(requires, assigns) of a stage: its own attributes, else the built-in table."""
    requires, assigns = getattr(stage, "requires", None), getattr(stage, "assigns", None)
    if requires is not None or assigns is not None or getattr(stage, "appends", None) is not None:
        return frozenset(requires or ()), frozenset(assigns or ())
    return BUILT_IN.get(name)


def appended(name: str, stage: Callable[..., Any]) -> frozenset[str]:
    """The fields a stage only appends to: its own `appends` attribute, else the built-in table."""
    own = getattr(stage, "appends", None)
    if own is not None or getattr(stage, "requires", None) is not None or getattr(stage, "assigns", None) is not None:
        return frozenset(own or ())
    return APPENDS.get(name, frozenset())


def unmet(stages: Iterable[tuple[str, Callable[..., Any]]]) -> list[str]:
    """One line per field a stage reads that nothing before it writes."""
    written = set(LOADER_ASSIGNS)
    out: list[str] = []
    for name, stage in stages:
        decl = declared(name, stage)
        if decl is None:
            continue
        requires, assigns = decl
        appends = appended(name, stage)
        for missing in sorted(requires - written - assigns - appends):
            out.append(f"stage '{name}' reads '{missing}', which no stage before it writes")
        written |= assigns | appends
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
    after, appends = fingerprint(doc), appended(name, stage)
    changed = sorted(k for k in FIELDS if before[k] != after[k] and k not in decl[1]
                     and not (k in appends and _only_added(before[k], after[k])))
    if changed:
        raise DeclarationError(f"{doc.source.path}: stage '{name}' changed {', '.join(changed)}, "
                               f"which it does not assign (assigns: {', '.join(sorted(decl[1]))}"
                               f"{'; appends: ' + ', '.join(sorted(appends)) if appends else ''})")


def _only_added(before: Any, after: Any) -> bool:
    """Is `after` the same list as `before` with items only added (every old item kept, in order)?"""
    if not (isinstance(before, tuple) and isinstance(after, tuple) and before[0] == after[0]):
        return False
    items = iter(after[1])
    return all(any(old == new for new in items) for old in before[1])
