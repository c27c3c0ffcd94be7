"""Values made once per object, found by the object's identity.

Several scans keep what they derived from a text, a literal tuple or a compiled pattern: hashing
the object itself costs more than the lookup saves (a 400 KB text, a 2 KB pattern's compiled
code), so the object's `id` is the key. An entry keeps its object alive, so while it stands the
id can stand for no other object; a full cache is emptied at once (the objects asked for again
are made again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class ByIdentity(Generic[_K, _V]):
    """`make(obj)`, made once per object while it is among the last `size` asked for."""

    def __init__(self, size: int) -> None:
        self._kept: dict[int, tuple[_K, _V]] = {}
        self._size = size

    def made(self, obj: _K, make: Callable[[_K], _V]) -> _V:
        """The value kept for `obj`, or `make(obj)` kept for it (a value of None is kept too)."""
        kept = self._kept.get(id(obj))
        if kept is not None and kept[0] is obj:
            return kept[1]
        value = make(obj)
        if len(self._kept) >= self._size:
            self._kept.clear()
        self._kept[id(obj)] = (obj, value)
        return value
