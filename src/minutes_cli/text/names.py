"""Person-name patterns shared by the speakers and attendance stages.

A name is what follows an honorific ("Councillor Ann McLachlan", "Cllr D Llewellyn",
"Mr G K Gibbens", "Cr Barnes", "Councillor O'Neill", "Sheahan (J)"), or two or three
capitalised words in a news appositive ("Graham Hodkinson, the director of ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import alternation
from ..settings import vocabulary

_FIRST = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_INITIALS = r"(?:[A-Z]\.?[ \t]?){1,3}"


class NameGrammar(NamedTuple):
    """The name patterns of one lexicon, as regex source to put inside a stage's own patterns.
    Each is case-sensitive even inside a re.I pattern, so "Cllr Tindall who" stops at "Tindall"."""

    name: str  # "G K Gibbens", "Ann McLachlan", "D. Llewellyn", "McLachlan", "Mary-Jane O'Neill-Smith"
    full_name: str  # a name written without an honorific needs two parts: "C. Humphries", "Janice McMillan"
    surname: str  # "McNeil", "O'Hara", "van der Berg" (bare: no lookahead after it)


@lru_cache(maxsize=16)
def name_grammar(vocab: str = "en") -> NameGrammar:
    """The name grammar of lexicon `vocab` (its `surname_joined_prefixes` and `surname_particles`),
    built once per lexicon key: a word a settings file adds joins a name in every stage."""
    lex = vocabulary(vocab)
    prefixes, particles = "|".join(map(re.escape, lex["surname_joined_prefixes"])), "|".join(
        map(re.escape, lex["surname_particles"]))
    surname = (rf"(?:{prefixes}|O['’]|D['’]|(?:{particles})[ \t])?"
               r"[A-Z][a-zà-ÿ]*(?:[A-Z][a-zà-ÿ]+)?(?:[-'’][A-Z][a-zà-ÿ]+)*")
    name = (rf"(?-i:{_INITIALS}[ \t]*{surname}|{_FIRST}(?:[ \t]+{_INITIALS})?(?:[ \t]+{_FIRST})?[ \t]+{surname}"
            rf"|{surname})(?![\w'’-])")
    full_name = rf"(?-i:{_INITIALS}[ \t]*{surname}|{_FIRST}(?:[ \t]+{_INITIALS})?[ \t]+{surname})(?![\w'’-])"
    return NameGrammar(name, full_name, surname)


class Words(NamedTuple):
    """The people word tables of one lexicon (vocab/en/people.yaml and the style layers)."""

    not_first_names: frozenset[str]  # as written: "The", "Borough"
    not_names: frozenset[str]  # lower case, like the rest
    not_person: frozenset[str]
    job_words: frozenset[str]
    role_words: frozenset[str]
    collective: frozenset[str]
    titles: frozenset[str]  # lower case: posts written before a name like an honorific
    not_people: frozenset[str]  # list pieces that name no one: "CBE", "None"


@lru_cache(maxsize=16)
def words(vocab: str = "en") -> Words:
    """The word tables of lexicon `vocab`, built once per lexicon key."""
    lex = vocabulary(vocab)
    low = {key: frozenset(w.lower() for w in lex[key]) for key in Words._fields if key != "not_first_names"}
    address = lex["address_honorifics"]  # "Madam" is never a first name nor a name of its own
    low["not_names"] |= {w.lower() for w in address}
    return Words(not_first_names=frozenset([*lex["not_first_names"], *address]), **low)


@lru_cache(maxsize=8)
def honorific_pattern(vocab: str = "en", regrouped: bool = False, cased: bool = False) -> str:
    """Regex alternation of honorifics, longest first ("Deputy Mayor" before "Mayor"). An honorific of
    address ("Madam") is one only where no post follows it: "Madam Chair", "Madam Cathaoirleach" and
    "MADAM MAYOR:" address the chair; "Madam J Meade" is a woman. `regrouped`: the words
    `by_first_letter`, for patterns no needle is read from (`cased`: for case-sensitive ones)."""
    lex = vocabulary(vocab)
    guard = opening_guard([*lex["honorifics"], *lex["titles"], *lex["address_honorifics"]])
    return guard + unguarded_honorifics(vocab, regrouped, cased)


@lru_cache(maxsize=8)
def unguarded_honorifics(vocab: str = "en", regrouped: bool = False, cased: bool = False) -> str:
    """`honorific_pattern` without its opening guard (the tests compare the two)."""
    lex, table = vocabulary(vocab), words(vocab)
    address = set(lex["address_honorifics"])
    group = (lambda words: by_first_letter(words, cased)) if regrouped else str
    plain = group(alternation(w for w in [*lex["honorifics"], *lex["titles"]] if w not in address))
    if not address:
        return rf"(?:{plain})\.?"
    posts = alternation([*lex["roles"], *lex["titles"], *table.role_words, *table.job_words, *table.not_names])
    return rf"(?:{plain}|(?:{group(alternation(address))})(?![ \t]+(?i:{posts})(?![\w'’-])))\.?"


def opening_guard(words: list[str]) -> str:
    """A lookahead for the characters `alternation(words)` can open with: "(?=[CDM])" before
    "Cllr|Dr|Mr". `re` tries an alternation's branches one by one at every place it is tried;
    the guard rules most places out with one test. It holds under re.I as the words do (a class
    folds case as a literal does: tested for every code point); "" when a word is empty or
    opens with white space (which `alternation` turns into a pattern)."""
    firsts = {w[:1] for w in words}
    if not firsts or "" in firsts or any(c.isspace() for c in firsts):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


# A word `by_first_letter` can regroup: an ASCII letter, then no character a pattern reads as more than
# itself but escaped ones ("\\.", "\\ ") and the white space `lexicon.alternation` writes ("\\s+")
PLAIN_WORD = re.compile(r"[A-Za-z](?:[^\\.^$*+?{}\[\]|()]|\\[^A-Za-z0-9]|\\s\+)*")


def by_first_letter(alternatives: str, cased: bool = False) -> str:
    """A case-insensitive alternation of plain words (`phrases`, `lexicon.alternation`), the same matches, with the words
    that share a first letter written after it once: "said|stated|added" -> "s(?:aid|tated)|a(?:dded)".

    Under IGNORECASE `re` enters every branch of an alternation (it skips a branch by its first
    character only when case counts), so where no word matches this costs one test a letter, not
    one a word. Within a letter the words keep their order, and words of two letters never both
    match at one place (a character matches one ASCII letter at most, in any case), so the first
    word that lets the whole pattern match is the same one. Unchanged unless every word is plain
    (PLAIN_WORD). `cased`: for a case-sensitive pattern, the words grouped by their first letter
    as written ("C(?:ouncillor|llr)|c(?:llr)"), which `re` skips by that letter in one test."""
    words = alternatives.split("|")
    if not all(PLAIN_WORD.fullmatch(w) for w in words):
        return alternatives  # a group, class, quantifier or escape could hold a "|" or change the letter's meaning
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0] if cased else w[0].lower(), []).append(w[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


WHITE_SPACE = re.compile(r"\s+")
POSSESSIVE = re.compile(r"['’]s$")  # "Gibbens's"
ARTICLE = re.compile(r"^(?:the|an|a)\s+(?=\w)")  # "the Chair"


def clean_name(name: str) -> str:
    """Fold white space and drop trailing possessives and dots: "Gibbens's" -> "Gibbens"."""
    name = WHITE_SPACE.sub(" ", name).strip(" .,")
    return POSSESSIVE.sub("", name)


def plausible(name: str, vocab: str = "en") -> bool:
    """A name whose first and last words are not role or function words ("Of Services", "Smith Chair")."""
    parts = name.replace(".", " ").split()
    if not parts:
        return False
    last, not_names = parts[-1].lower(), words(vocab).not_names
    return last not in not_names and len(last) > 1 and parts[0].lower() not in not_names


# "Collins (J)": the letter that tells two members of one surname apart
DISAMBIGUATOR = re.compile(r"\s*\((?P<initial>[A-Z])\)$")


def canonical_name(name: str) -> str:
    """The name as a record gives it: "Sheahan (J)" -> "J Sheahan"; other names as they are."""
    dis = DISAMBIGUATOR.search(name)
    return f"{dis.group('initial')} {name[: dis.start()].strip()}" if dis is not None else name


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """ "G K Gibbens" -> "gibbens"; "Collins (J)" -> "collins"."""
    return DISAMBIGUATOR.sub("", name).replace(".", " ").split()[-1].lower()


@lru_cache(maxsize=4096)
def first_initial(name: str) -> str | None:
    """ "Ann McLachlan" -> "a"; "Collins (J)" -> "j"; "McLachlan" -> None."""
    dis = DISAMBIGUATOR.search(name)
    if dis is not None:
        return dis.group("initial").lower()
    parts = name.replace(".", " ").split()
    return parts[0][0].lower() if len(parts) > 1 else None


def bare_name(name: str, vocab: str = "en") -> bool:
    """A name written without an honorific: no organisation, role, month or function words in it."""
    table = words(vocab)
    parts = name.replace(".", " ").split()
    if parts[0] in table.not_first_names or not plausible(name, vocab) or any(len(w) > 1 and w.isupper() for w in parts):
        return False
    return not any(w.lower() in table.not_person or w.lower() in table.role_words or w.lower() in table.not_names
                   or w.lower() in table.job_words for w in parts)


@lru_cache(maxsize=8192)
def canonical_role(text: str, vocab: str) -> str | None:
    """"Chairman" -> "Chair", "An Cathaoirleach" -> "Cathaoirleach"; None if not a known role."""
    key = WHITE_SPACE.sub(" ", text.strip(" .,()")).lower()
    key = ARTICLE.sub("", key) if key not in vocabulary(vocab)["roles"] else key
    role = vocabulary(vocab)["roles"].get(key)
    return role if isinstance(role, str) else None


def honorific_chain(hon: str, vocab: str) -> tuple[str, str | None]:
    """ "Councillor Mrs" -> ("Councillor", None); "Deputy Mayor" -> ("Deputy Mayor", "Deputy Mayor");
    "Director" -> ("Director", "Director"): the first honorific, and the post a title in the chain names."""
    parts = [m.group(0).rstrip(".") for m in _one_honorific(vocab).finditer(hon)]
    if not parts:
        return hon.rstrip("."), None
    titles = words(vocab).titles
    post = next((w for w in parts if canonical_role(w, vocab) or " ".join(w.lower().split()) in titles), None)
    return " ".join(parts[0].split()), (canonical_role(post, vocab) or " ".join(post.split())) if post else None


@lru_cache(maxsize=16)
def _one_honorific(vocab: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{honorific_pattern(vocab, regrouped=True)})(?!\w)", re.I)


@lru_cache(maxsize=16)
def _chain_end(vocab: str) -> re.Pattern[str]:
    """A run of honorifics ending before a capital: "Deputy Mayor ", "Councillor Mrs "."""
    hon = honorific_pattern(vocab, regrouped=True, cased=True)  # matched, never led by a needle
    return re.compile(rf"(?:{hon})(?:\s+(?:{hon})){{0,3}}\s+(?=[A-Z])")


@lru_cache(maxsize=16)
def group_prefix(vocab: str = "en") -> re.Pattern[str]:
    """ "Councillors ", "Cllrs ", "Crs ", "Council Members ", "Members:" before a list of names."""
    return re.compile(rf"^\W*(?:{alternation(vocabulary(vocab)['group_honorifics'])})\.?(?![\w'’-])[\s:]*")


@lru_cache(maxsize=16)
def _singular_groups(vocab: str) -> frozenset[str]:
    """Group titles that are also one person's honorific ("Council Member"); not a plural of one ("Crs": "Cr")."""
    lex = vocabulary(vocab)
    one = {w.lower() for w in [*lex["honorifics"], *lex["titles"]]}
    return frozenset(g.lower() for g in lex["group_honorifics"]
                     if g.lower() in one and not (g.lower().endswith("s") and g.lower()[:-1] in one))


def list_prefix(text: str, vocab: str = "en") -> re.Match[str] | None:
    """`group_prefix` at the start of a list, or None where the title is the first person's own
    honorific: "Council Member Ann Roe, Council Member Bob Poe" (but "Council Members Abbott, Brennan")."""
    m = group_prefix(vocab).match(text)
    if m is not None and " ".join(re.findall(r"[\w'’-]+", m.group(0))).lower() in _singular_groups(vocab):
        return None
    return m


def trim_name(name: str, vocab: str) -> str:
    """ "Leigh Bowden Council" -> "Leigh Bowden", "Andrew Wood Following" -> "Andrew Wood": a word a
    flattened line ran into the name is dropped, not the name; a first name and surname stay."""
    parts, table = name.split(), words(vocab)
    while len(parts) > 2 and (parts[-1].lower() in table.not_names or parts[-1].lower() in table.not_person
                              or parts[-1] in table.not_first_names):
        parts.pop()
    return " ".join(parts)


# "Mcneil" -> "McNeil"
MC = re.compile(r"\bMc([a-z])")


def caps_name(name: str) -> str:
    """"BROOKS" -> "Brooks", "MCNEIL" -> "McNeil", "O'HARA" -> "O'Hara", "VAN HORN" -> "Van Horn"."""
    return MC.sub(lambda m: "Mc" + m.group(1).upper(), name.title())


ROLE_WORD_RE = re.compile(r"[A-Za-z-]+")
# A verb marks a sentence, not a post: "There were two substitute Members ..."
VERB = re.compile(r"\b(?:were|was|is|are|had|has|have|will|would|being|been)\b", re.I)


def is_role(text: str, vocab: str = "en") -> bool:
    """Text naming a post rather than a person: "Senior Executive Engineer", "An Cathaoirleach"."""
    found = ROLE_WORD_RE.findall(text.lower())
    if not found or len(found) > 12 or VERB.search(text):
        return False
    return any(w in words(vocab).role_words for w in found) or text.lstrip()[:1].islower()


# "P J Bateson J Campbell": a name that began with initials ends at its surname; initials after it
# start the next name ("Ann M Roe" is one name: initials after a first name written in full)
RUN_ON = re.compile(r"(?:[A-Z]\.?\s)+[A-Z][a-zà-ÿ'’-]+\s+(?:[A-Z]\.?\s)+[A-Z]")
