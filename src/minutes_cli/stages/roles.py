"""Resolve roles to names: "the Chair", "the Mayor", "An Cathaoirleach" -> the named holder.

Reads: text, blocks, attendance. Writes: roles. The link stage names role-only movers and
seconders of motions and decisions through the holders (`holder_names`).

A holder is named in the attendance list ("Mrs C M Wilkins (Chairman)", "PRESENT IN THE
CHAIR: Councillor K. O'Hanlon") or in the text ("Councillor M. Collins, An Cathaoirleach",
"the Leader, Councillor Smith,", "Mayor Tom Rackers"). A role never named stays role-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..document import Document, RoleHolder, Span
from ..lexicon import literals
from ..settings import Settings, vocabulary
from ..text.cuewindows import cue_windows
from ..text.lowered import finditer_led
from ..text.names import by_first_letter, canonical_role, honorific_chain, honorific_pattern, name_grammar
from ..text.scan import finditer

# Roles that stand for one another in one meeting: the Chair of an Irish council is its Cathaoirleach.
ALIASES = {"Cathaoirleach": "Chair", "Chair": "Cathaoirleach"}


@lru_cache(maxsize=4)
def _patterns(vocab: str, regrouped: bool = True) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """Role-holder patterns and the roles' literal prefilters, derived from the lexicon (`regrouped`
    False: the roles as written everywhere, for the tests)."""
    NAME = name_grammar(vocab).name  # this lexicon's name grammar
    words = sorted(vocabulary(vocab)["roles"], key=len, reverse=True)
    written = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # the roles by first letter where a match never opens with them (re.I enters every word at every place
    # tried); `before` opens with them, and `finditer_led` finds its places by the words as written
    role, opening_role = (f"(?P<role>(?i:{alternatives}))" for alternatives in (by_first_letter(written) if regrouped else written, written))
    hon = honorific_pattern(vocab)
    # "Councillor Mrs Pam Bosworth": a chain of honorifics is one person's, as in every list
    # (`after` is case-insensitive: the honorifics after the first there `by_first_letter`)
    person, person_i = (rf"(?P<hon>{hon}(?:\s+{more}){{0,3}})\s+(?P<name>{NAME}(?:\s*\([A-Z]\))?)"
                        for more in (hon, honorific_pattern(vocab, regrouped)))
    # "Councillor M. Collins, An Cathaoirleach", "Cllr Smith (Chairman)"; not "Mrs Roe (Chief Executive’s Secretary)"
    after = re.compile(rf"\b{person_i}\s*(?:,\s*|\(\s*|\s+[-–]\s+)(?:the\s+|An\s+)?{role}\b(?!\s+(?:of|for)\b|[’']s\b)", re.I)
    # "the Leader, Councillor Smith", "Chairman: Cllr Jones", "Mayor Tom Rackers"
    # ("Deputy Mayor Tom Rackers" is the Deputy Mayor: the whole chain of titles names the role)
    before = re.compile(rf"(?:\b(?:the\s+|The\s+|An\s+)?{opening_role}\s*(?:,|:)\s*{person}|(?<![\w-])(?P<mrole>{hon}(?:\s+{hon}){{0,3}})"
                        rf"\s+(?P<mname>[A-Z][a-z]+\s+[A-Z][a-z]+)\b)")
    mention = re.compile(rf"\b(?:the|The|An|an)\s+{role}\b(?!\s+(?:of|for)\s+(?!the\s+Council))")
    return after, before, mention, literals(words)


def find_roles(doc: Document, settings: Settings) -> None:
    """Name each role's holder where the document does."""
    after, before, mention, prefilter = _patterns(settings.lexicon_key)
    holders: dict[str, tuple[str, Span]] = {}
    vocab = settings.lexicon_key
    for a in doc.attendance:
        if a.role and canonical_role(a.role, vocab) and a.status == "present":
            holders.setdefault(canonical_role(a.role, vocab) or a.role, (a.name, a.span))
    # only the windows holding a role: "eo" in "people" and "ouncil" in "the Council" hold none
    spans = cue_windows(doc.text, prefilter, vocabulary(vocab)["roles"], 90, 90)
    for pattern in (after, before):  # tried only where an honorific, role or article opens a match (3x faster)
        for m in finditer_led(pattern, doc.text, spans):
            _holder(m, holders, vocab)
    mentions: dict[str, list[Span]] = {}
    for m in finditer(mention, doc.text, spans):
        role = canonical_role(m.group("role"), vocab)
        if role:
            mentions.setdefault(role, []).append(Span(m.start(), m.end()))
    for role, alias in ALIASES.items():  # a synonym the text writes shares the holder; one it never writes is no entry
        if alias in holders and role not in holders and role in mentions:
            holders[role] = holders[alias]
    for role in sorted(set(holders) | set(mentions)):
        name, span = holders.get(role, (None, mentions.get(role, [Span(0, 0)])[0]))
        doc.roles.append(RoleHolder(role, name, span, tuple(mentions.get(role, ()))))


def _holder(m: re.Match[str], holders: dict[str, tuple[str, Span]], vocab: str) -> None:
    groups = m.groupdict()
    role = canonical_role(groups.get("role") or honorific_chain(groups.get("mrole") or "", vocab)[1] or "", vocab)
    name = groups.get("name") or groups.get("mname")
    key = "name" if groups.get("name") else "mname"
    if groups.get("mname") and canonical_role(f"{groups['mrole']} {name}", vocab):
        return  # "The Mayor Pro Tem said": the words after the title finish the post, they name no one
    if role and name:
        holders.setdefault(role, (name.strip(), Span(m.start(key), m.start(key) + len(name.strip()))))


def holder_names(roles: Iterable[RoleHolder]) -> dict[str, str]:
    """Role -> the holder's name, for each role the document names a holder for; a role's alias
    ("Cathaoirleach" for "Chair") shares its holder when the alias has none of its own."""
    names = {r.role: r.name for r in roles if r.name is not None}
    return {**{r: names[a] for r, a in ALIASES.items() if a in names}, **names}
