"""Person-name patterns shared by the speakers and attendance stages.

A name is what follows an honorific ("Councillor Ann McLachlan", "Cllr D Llewellyn",
"Mr G K Gibbens", "Cr Barnes", "Councillor O'Neill", "Sheahan (J)"), or two or three
capitalised words in a news appositive ("Graham Hodkinson, the director of ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..settings import vocabulary

_SURNAME = r"(?:Mc|Mac|O['’]|D['’]|(?:De|Van|Von|van|von|de|van der|van den|de la|du)[ \t])?[A-Z][a-zà-ÿ]*(?:[A-Z][a-zà-ÿ]+)?(?:[-'’][A-Z][a-zà-ÿ]+)*"
_FIRST = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_INITIALS = r"(?:[A-Z]\.?[ \t]?){1,3}"
# "G K Gibbens", "Ann McLachlan", "D. Llewellyn", "McLachlan", "Mary-Jane O'Neill-Smith"
# Case-sensitive even inside a re.I pattern, so "Cllr Tindall who" stops at "Tindall".
NAME = (rf"(?-i:{_INITIALS}[ \t]*{_SURNAME}|{_FIRST}(?:[ \t]+{_INITIALS})?(?:[ \t]+{_FIRST})?[ \t]+{_SURNAME}|{_SURNAME})(?![\w'’-])")
# A name written without an honorific needs two parts: "C. Humphries", "Janice McMillan"
FULL_NAME = rf"(?-i:{_INITIALS}[ \t]*{_SURNAME}|{_FIRST}(?:[ \t]+{_INITIALS})?[ \t]+{_SURNAME})(?![\w'’-])"
# First words that make a capitalised pair a phrase, not a name: "The Chairman", "Borough Planning"
NOT_FIRST_NAMES = frozenset("""The This That These Those It A An In On At By For From Members Council County Borough
City Parish District Town Planning Highways Public Local Committee Cabinet Mayor Chairman Chair Officers
Proposed Seconded Moved Agreed Resolved Carried Signed Dated Present Apologies""".split())
NOT_NAMES = frozenset("""chair chairman chairperson chairwoman leader member members officer officers clerk
council cabinet the portfolio executive mayor deputy vice committee director head manager secretary
president speaker and or of for to in on at by with from all any each other others present
thanks thank questions question chief report reports minutes item items motion amendment
he she it we they i his her its our their him them""".split())

# Words that make a capitalised pair an organisation, a place or a subject, not a person
NOT_PERSON = frozenset("""police rail water england wales scotland ireland britain trust agency group board authority
partnership association society homes ltd limited plc church school college university hospital nhs government
office centre center club company corporation network highways residents parish village hall fund foundation
forum federation union institute commission bank energy airport transport news press health care social public
adult adults children education skills growth economic regeneration resources policy sport leisure culture
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday minutes agenda report item motion amendment question answer
following further members councillors road street lane avenue close drive farm cottage house manor court
green park field""".split())

# Job words a post may end in beyond the attendance ROLE_WORDS: "Youth Worker", "Designated Nurse", "Outreach Lead"
JOB_WORDS = frozenset("""worker workers lead nurse teacher headteacher adviser advisor practitioner specialist analyst
architect surveyor accountant auditor technician warden ranger librarian designer economist counsel lawyer
engineer inspector coordinator co-ordinator convener convenor spokesperson spokesman spokeswoman
superintendent sergeant constable commander controller registrar archivist""".split())


@lru_cache(maxsize=4)
def honorific_pattern(vocab: str = "en") -> str:
    """Regex alternation of honorifics, longest first ("Deputy Mayor" before "Mayor")."""
    words = sorted(vocabulary(vocab)["honorifics"], key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(w) for w in words) + r")\.?"


def clean_name(name: str) -> str:
    """Fold white space and drop trailing possessives and dots: "Gibbens's" -> "Gibbens"."""
    name = re.sub(r"\s+", " ", name).strip(" .,")
    return re.sub(r"['’]s$", "", name)


def plausible(name: str) -> bool:
    """A name whose last word is not a role or function word."""
    parts = name.replace(".", " ").split()
    if not parts:
        return False
    last = parts[-1].lower()
    return last not in NOT_NAMES and len(last) > 1 and not all(p.lower() in NOT_NAMES for p in parts)


# "Collins (J)": the letter that tells two members of one surname apart
DISAMBIGUATOR = re.compile(r"\s*\((?P<initial>[A-Z])\)$")


def surname(name: str) -> str:
    """ "G K Gibbens" -> "gibbens"; "Collins (J)" -> "collins"."""
    return DISAMBIGUATOR.sub("", name).replace(".", " ").split()[-1].lower()


def first_initial(name: str) -> str | None:
    """ "Ann McLachlan" -> "a"; "Collins (J)" -> "j"; "McLachlan" -> None."""
    dis = DISAMBIGUATOR.search(name)
    if dis is not None:
        return dis.group("initial").lower()
    parts = name.replace(".", " ").split()
    return parts[0][0].lower() if len(parts) > 1 else None


def bare_name(name: str) -> bool:
    """A name written without an honorific: no organisation, role, month or function words in it."""
    from ._people import ROLE_WORDS  # _people builds on this module

    words = name.replace(".", " ").split()
    if words[0] in NOT_FIRST_NAMES or not plausible(name) or any(len(w) > 1 and w.isupper() for w in words):
        return False
    return not any(w.lower() in NOT_PERSON or w.lower() in ROLE_WORDS or w.lower() in NOT_NAMES
                   or w.lower() in JOB_WORDS for w in words)
