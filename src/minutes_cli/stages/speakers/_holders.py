"""Who holds a post the minutes name only by its title: "The Senior Engineer outlined ...".

Used by the speakers stage. A post resolves to a person only when the paper names exactly
one holder for it: the roles stage's holders ("Councillor J Egan, An Cathaoirleach" makes
"An Cathaoirleach" J Egan), attendance roles ("Mrs C M Wilkins (Chairman)"), or the post
written beside a name anywhere in the text ("Mr R Howe - Planning and Enforcement Manager",
"Senior Engineer, Water Services (Anne Peters)"). Two holders ("Director of Services" for
two directors) or none leave the post unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ...document import Document
from ...text.names import (
    _FIRST,
    DISAMBIGUATOR,
    bare_name,
    canonical_role,
    first_initial,
    honorific_pattern,
    name_grammar,
    plausible,
    surname,
    words,
)
from ._patterns import fill

# A role title in a subject: "the Meetings administrator" -> "meetings administrator"
LEADING_ARTICLE = re.compile(r"^(?:the|an|a)\s+", re.I)
# A name that starts with a first name written in full: "Sarah Hammond", not "S Hammond" or "Ward"
FIRST_NAME = re.compile(r"[A-Z][a-z]+\s+\S")
# "C.Stocking": an initial run into the surname
DOT_BEFORE_NAME = re.compile(r"\.(?=[A-Z][a-z])")
# A member's initials used as a code: "Dave Horkan (DHO)", later "DHO reported"
CODE = re.compile(r"[A-Z]{2,4}")


@dataclass(frozen=True, slots=True)
class Holder:
    """The person a post resolves to, as the paper names them."""

    name: str
    honorific: str | None
    role: str


@lru_cache(maxsize=4)
def _beside(vocab: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    NAME = name_grammar(vocab).name  # this lexicon's name grammar
    hon = honorific_pattern(vocab, regrouped=True, cased=True)  # searched and matched, never led by a needle
    # "Mr R Howe - ", "Joanne Carpenter (", "Sue Chandler, ": a name just before the post
    before = re.compile(rf"(?:(?P<hon>{hon})\s+)?(?P<name>{NAME})\s*(?P<sep>[-–—,(])\s*(?:the\s+)?$")
    # " (Anne Peters)", ", Water Services (Ms D O'Brien)", " Transportation (Mr Brian Kennedy)": after it
    after = re.compile(fill(r"""(?-i:[ ,A-Za-z&/’'-]{0,60}?)\s*   # ", Water Services"
                                \((?:(?P<hon>{hon})\s*)?           # " (Ms "
                                (?P<name>{name})\)                 # "D O'Brien)"
                             """, hon=hon, name=NAME), re.X)
    return before, after


@lru_cache(maxsize=16)
def _group_word_pattern(vocab: str) -> re.Pattern[str]:
    """An honorific or its plural opening a form: "Councillors D Richardson"."""
    return re.compile(rf"(?:{honorific_pattern(vocab, regrouped=True)})s?\b", re.I)


@lru_cache(maxsize=16)
def _honorifics_opening(vocab: str) -> re.Pattern[str]:
    """The honorifics opening a holder's name: "Mrs " of "Mrs Pam Bosworth"."""
    return re.compile(rf"^(?:{honorific_pattern(vocab)}\s+)+")


@lru_cache(maxsize=4)
def _fuller_pattern(vocab: str) -> re.Pattern[str]:
    """ "Mrs S Hammond", "Sarah Hammond", "M. Pogmore" ending where the surname ends."""
    return re.compile(fill(r"""(?:(?P<hon>{hon})\s+)?(?<![\w’'-])   # "Mrs "
                               (?P<full>(?:{first}[ \t]+)?          # "Sarah "
                                 (?:[A-Z]\.?[ \t]?){0,3}[ \t]*      # "S ", "M. "
                                 \S+)$                             # "Hammond", "Pogmore"
                            """, hon=honorific_pattern(vocab, regrouped=True, cased=True), first=_FIRST), re.X)


@dataclass
class Holders:
    """Posts to holders for one document, looked up by the words of a post."""

    doc: Document
    vocab: str = "en"
    canonical: dict[str, Holder] = field(default_factory=dict)
    _cache: dict[str, Holder | None] = field(default_factory=dict)
    _low: str | None = None
    _by_surname: dict[str, set[str]] | None = None
    _forms: dict[str, set[str]] = field(default_factory=dict)

    away: frozenset[str] = frozenset()  # surnames of those who sent apologies or were absent
    listed: frozenset[str] = frozenset()  # surnames of those present or in attendance
    bare_style: bool = False  # the attendance lists write names without honorifics ("Sarah Hammond")

    @classmethod
    def of(cls, doc: Document, vocab: str = "en") -> Holders:
        away = frozenset(surname(a.name) for a in doc.attendance if a.name and a.status in ("apologies", "absent"))
        here = [a for a in doc.attendance if a.name and a.status in ("present", "in_attendance")]
        # "Sarah Hammond", not "Ward" from "Messrs Ward, Paterson"
        bare = sum(a.honorific_prefix is None and bool(FIRST_NAME.match(a.name)) for a in here)
        holders = cls(doc, vocab, away=away, listed=frozenset(surname(a.name) for a in here),
                      bare_style=bool(here) and bare * 2 > len(here))
        honorifics = {a.name: a.honorific_prefix for a in doc.attendance if a.name}
        for r in doc.roles:
            name = _strip_honorific(r.name or "", vocab)
            if name and plausible(name, vocab) and not name.startswith(("The ", "the ")) and surname(name) not in away:
                holders.canonical[r.role] = Holder(name, honorifics.get(r.name or ""), r.role)
        return holders

    def known(self, name: str) -> bool:
        """Whether the paper lists this surname as present, in attendance, or holding a post."""
        return surname(name) in self.listed or any(surname(h.name) == surname(name) for h in self.canonical.values())

    def fullest(self, name: str) -> str:
        """The fullest name the paper gives this person: "Watkins" -> "D Watkins", "Jo Carpenter" -> "Joanne Carpenter".

        Fuller forms come from the attendance lists and from the text where a form is safe to read
        as a name (after an honorific, or before a bracket: "Sarah Hammond (Corporate Director)").
        They are used only when every form agrees on the first initial.
        """
        key, initial = surname(name), first_initial(name)
        last = DISAMBIGUATOR.sub("", name).replace(".", " ").split()[-1]
        listed = self._listed(key)
        if len({first_initial(f) for f in listed}) > 1 and initial is None:
            return name  # "Collins (J)" and "Collins (M)" are both listed: which Collins is unknown
        forms = listed | self._written(last)
        forms = {f for f in forms if first_initial(f) is not None and initial in (None, first_initial(f))}
        if len({first_initial(f) for f in forms}) != 1:
            return name
        best = max(sorted(forms), key=lambda f: (len(f.replace(".", " ").split()), len(f)))
        return best if len(best.replace(".", " ").split()) >= len(name.replace(".", " ").split()) else name

    def _listed(self, key: str) -> set[str]:
        """The attendance names (not the public) with this surname."""
        if self._by_surname is None:
            self._by_surname = {}
            for a in self.doc.attendance:
                if a.name and a.status != "public":
                    self._by_surname.setdefault(surname(a.name), set()).add(a.name)
        return self._by_surname.get(key, set())

    def _written(self, last: str) -> set[str]:
        if last not in self._forms:
            self._forms[last] = self._find_written(last)
        return self._forms[last]

    def _find_written(self, last: str) -> set[str]:
        text, out = self.doc.text, set()
        pattern = _fuller_pattern(self.vocab)
        public = [a.span for a in self.doc.attendance if a.status == "public" and a.name]  # the gallery is someone else
        i = text.find(last)
        while i != -1:
            end = i + len(last)
            if (end == len(text) or not (text[end].isalnum() or text[end] in "’'-")) and (
                    m := pattern.search(text, max(0, i - 40), end)) is not None and m.end() == end:
                tail = text[end:end + 2].lstrip()
                if (m.group("hon") or tail.startswith("(")) and not self._group_word(m.group("full")) and not any(
                        s.start <= i < s.end for s in public):
                    out.add(DOT_BEFORE_NAME.sub(". ", " ".join(m.group("full").split())))  # "C.Stocking"
            i = text.find(last, end)
        return out

    def _group_word(self, full: str) -> bool:
        """ "Councillors D Richardson": a form that starts with an honorific is not a fuller name."""
        return _group_word_pattern(self.vocab).match(full) is not None

    def lookup(self, post: str) -> Holder | None:
        """The one person the paper names as holding `post`, or None."""
        key = " ".join(LEADING_ARTICLE.sub("", post.strip()).split())
        if key.lower() not in self._cache:
            self._cache[key.lower()] = self._find(key)
        return self._cache[key.lower()]

    def _find(self, key: str) -> Holder | None:
        canonical = canonical_role(key, self.vocab)
        if canonical:
            return self.canonical.get(canonical)
        if CODE.fullmatch(key):
            return self._code(key)
        if len(key) < 5 or key.lower() in words(self.vocab).collective:
            return None
        found: dict[str, Holder] = {}
        low = key.lower()
        for a in self.doc.attendance:
            role = (a.role or "").lower()
            if a.name and a.status not in ("apologies", "absent") and (role == low or role.startswith((low + ",", low + " "))):
                found.setdefault(surname(a.name), Holder(a.name, a.honorific_prefix, key))
        for holder in self._in_text(key):
            if surname(holder.name) not in self.away:
                found.setdefault(surname(holder.name), holder)
        return next(iter(found.values())) if len(found) == 1 else None

    def _code(self, code: str) -> Holder | None:
        """ "DHO" where the paper wrote "Dave Horkan (DHO)": the initials must agree with the name."""
        found = {surname(h.name): h for h in self._in_text(code)
                 if h.name[0] == code[0] and surname(h.name)[0].upper() in code[1:]}
        return next(iter(found.values())) if len(found) == 1 else None

    def _occurrences(self, key: str) -> Iterator[tuple[int, int]]:
        """Where the post is written as whole words, in any case; not "Clerk’s Report"."""
        text, low = self.doc.text, self._lower()
        if len(low) != len(text):  # a character whose lower case is longer: offsets would drift
            yield from ((m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w’'-])", text, re.I))
            return
        needle, i = key.lower(), low.find(key.lower())
        while i != -1:
            end = i + len(needle)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-")) and (
                    end == len(low) or not (low[end].isalnum() or low[end] in "_’'-")):
                yield i, end
            i = low.find(needle, end)

    def _lower(self) -> str:
        if self._low is None:
            self._low = self.doc.text.lower()
        return self._low

    def _in_text(self, key: str) -> list[Holder]:
        """Names written beside the post: "Mr R Howe - <post>", "<post> (Anne Peters)"."""
        before, after = _beside(self.vocab)
        text = self.doc.text
        out = []
        for start, end in self._occurrences(key):
            b = before.search(text, max(0, start - 70), start) if _sep_before(text, start) else None
            if b is not None and b.group("hon") is None and b.group("sep") in "-–—":
                b = None  # "Property Tax Levy — Finance Director ...": a heading, not a holder
            # `after` needs its "(" within the 120 characters it reads
            a = after.match(text, end, min(len(text), end + 120)) if text.find("(", end, end + 120) != -1 else None
            for found in (b, a):
                if found is not None and _person_like(found.group("name"), found.group("hon"), self.vocab):
                    out.append(Holder(found.group("name"), found.group("hon"), key))
        return out


# The separators `_beside`'s `before` reads between a name and the post after it
SEPARATORS = ("-", "–", "—", ",", "(")


def _sep_before(text: str, start: int) -> bool:
    """Whether the text before `start` ends as `before` must: a separator, white space, and maybe
    "the" and white space (`\\s` is `str.isspace`). False only where `before` cannot match."""
    window = text[max(0, start - 70):start]
    head = window.rstrip()
    if head.endswith(SEPARATORS):
        return True
    return len(head) < len(window) and head.endswith("the") and head[:-3].rstrip().endswith(SEPARATORS)


def _strip_honorific(name: str, vocab: str) -> str:
    """ "Mrs Pam Bosworth" (a holder written after "Councillor") -> "Pam Bosworth"."""
    return _honorifics_opening(vocab).sub("", name.strip())


def _person_like(name: str, hon: str | None, vocab: str) -> bool:
    """"Mr Howe", "Anne Peters"; not "Services" or "Property Services"."""
    return plausible(name, vocab) if hon is not None else len(name.split()) >= 2 and bare_name(name, vocab)
