"""Members of the public in a speaking clause: what the minutes write beside their name.

Used by the speakers stage's clause reader. Public comment and planning objectors are
named with where they live or who they are, between commas, before the speech verb:

- "Mac Rossi, 3415 Reno Drive, asked ..."            -> an address: describes the person
- "Jane Doe, resident, spoke against ..."             -> a descriptor (the lexicon's public_descriptors)
- "Jane Doe, a resident of Elm Street, spoke ..."     -> a descriptor with where they are from
- "David Seeker a member of the public addressed ..." -> a descriptor run on without a comma

Descriptors are lower case, so the clause reader's prose test would take them for a sentence;
they are taken out before that test, as brackets are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import alternation
from ...settings import vocabulary

# "3415 Reno Drive", "938 Eastman Street", "of 12 Elm St", "34th N.E.", "12-14 High Street": a street address
ADDRESS = re.compile(r"(?:(?:of|at)\s+)?\d{1,5}[A-Za-z]{0,2}(?:[-–/]\d{1,5}[A-Za-z]?)?(?:\s+(?-i:[A-Z0-9])[\w.'’-]*){1,6}\.?")
# A part of a list line between commas or semicolons
PART = re.compile(r"[^,;]+")
# "Earl Smith, 3415 Vegas": a role the name patterns read that is an address, not a post
ADDRESS_START = re.compile(r"(?:(?:of|at)\s+)?\d{1,5}[A-Za-z]{0,2}\s")


@lru_cache(maxsize=16)
def descriptor(vocab: str) -> re.Pattern[str]:
    """A descriptor of a member of the public: "resident", "a local resident of Elm Street", "the applicant"."""
    words = alternation(vocabulary(vocab)["public_descriptors"])
    return re.compile(rf"(?<![\w’'-])(?:(?:a|an|the)\s+)?(?:{words})(?![\w’'-])"
                      r"(?:\s+(?:of|from|at|in|on|for)\s+[^,;:()\n]{1,60}?)?(?=\s*(?:,|$))")


@lru_cache(maxsize=16)
def _run_on(vocab: str) -> re.Pattern[str]:
    """ "David Seeker a member of the public": a descriptor after a name with no comma between."""
    return re.compile(rf"\s+(?=(?:a|an)\s+(?:{alternation(vocabulary(vocab)['public_descriptors'])})(?![\w’'-]))")


def describes(part: str, vocab: str) -> bool:
    """Whether a comma part of a subject is only a descriptor or an address."""
    return descriptor(vocab).fullmatch(part) is not None or ADDRESS.fullmatch(part) is not None


@lru_cache(maxsize=16)
def _hint(vocab: str) -> re.Pattern[str]:
    """A digit or a descriptor's word: a subject with neither has no descriptor (one search rules it out)."""
    return re.compile(rf"\d|{alternation(vocabulary(vocab)['public_descriptors'])}")


def without_descriptors(subject: str, vocab: str) -> str:
    """The subject with its descriptors and addresses taken out (for the prose test)."""
    if _hint(vocab).search(subject) is None:
        return subject
    parts = [p for p in subject.split(",") if not describes(p.strip(), vocab)]
    return ",".join(_run_on_head(p, vocab)[0] for p in parts)


def _run_on_head(part: str, vocab: str) -> tuple[str, int | None]:
    """The part before a run-on descriptor, and where the descriptor starts (None: there is none)."""
    m = _run_on(vocab).search(part)
    if m is None or descriptor(vocab).fullmatch(part, m.end()) is None:
        return part, None
    return part[: m.start()], m.end()


def split_run_on(part: str, vocab: str) -> tuple[str, int] | None:
    """ "David Seeker a member of the public" -> ("David Seeker", offset of "a member ..."), or None."""
    head, at = _run_on_head(part, vocab)
    return (head, at) if at is not None else None


def is_address(role: str) -> bool:
    """A role read between commas that is an address: "3415 Vegas", "of 12 Elm Street"."""
    return ADDRESS_START.match(role) is not None


def blank_descriptors(region: str, vocab: str) -> str:
    """A line of names with each address or descriptor between commas blanked out, offsets kept:
    "Jane Doe, 12 Elm St; Mark Smith" reads as the list "Jane Doe, Mark Smith"."""
    if ("," not in region and ";" not in region) or _hint(vocab).search(region) is None:
        return region
    out = list(region)
    for m in PART.finditer(region):
        if m.start() > 0 and describes(m.group(0).strip(), vocab):
            out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)
