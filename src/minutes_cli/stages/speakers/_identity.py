"""One identity each: speaker mentions merged into people, and names trimmed of run-in words.

Used by the speakers stage. Mentions are one person when their surname and first initial
agree ("Ann McLachlan", "A McLachlan", "Councillor McLachlan" once the paper names one
McLachlan); a bare surname joins the one full name that has it; honorifics that tell a man
from a woman keep "Mr J Meade" and "Ms J Meade" apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...settings import vocabulary
from ...text.names import first_initial, surname
from ._mentions import Mention


@dataclass
class Person:
    """The mentions of one person, in text order."""

    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=16)
def _genders(vocab: str) -> dict[str, str]:
    return {w.lower(): kind for kind, ws in vocabulary(vocab)["honorific_gender"].items() for w in ws}


def gender(honorific: str | None, vocab: str) -> str | None:
    """ "Mr" -> "male", "Ms" -> "female", "Councillor" or None -> None."""
    return _genders(vocab).get((honorific or "").rstrip(".").lower())


def merge(mentions: list[Mention], vocab: str) -> list[Person]:
    """One person per surname, first initial and (where the honorific tells) gender."""
    full: dict[tuple[str, str | None, str | None], Person] = {}
    for m in mentions:
        key = (surname(m.name), first_initial(m.name), gender(m.honorific, vocab))
        full.setdefault(key, Person()).mentions.append(m)
    for key in [k for k in full if k[2] is None]:  # "Councillor Meade": joins the one Meade the paper names
        owners = [k for k in full if k[:2] == key[:2] and k[2] is not None]
        if len(owners) == 1:
            full[owners[0]].mentions.extend(full.pop(key).mentions)
    for key in [k for k in full if k[1] is None]:  # "Mr Murray" never joins "Ms Denise Murray"
        owners = [k for k in full
                  if k[0] == key[0] and k[1] is not None and (None in (k[2], key[2]) or k[2] == key[2])]
        if len(owners) == 1:
            full[owners[0]].mentions.extend(full.pop(key).mentions)
    people = list(full.values())
    for p in people:
        p.mentions.sort(key=lambda m: m.span.start)
    return people

