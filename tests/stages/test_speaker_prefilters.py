"""The speakers stage's cheap tests before a costly pattern only skip places where the pattern
cannot match: each is checked against the pattern itself, on texts written for it and the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_cli.settings import Settings
from minutes_cli.stages import speakers
from minutes_cli.stages.speakers import _contributions, _holders
from minutes_cli.text.offsets import literal_offsets

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
VOCAB = Settings().lexicon_key
# A name, a separator and a post, in the shapes `_beside` reads (and near misses)
WRITTEN = [
    "Mr R Howe - Planning and Enforcement Manager; Joanne Carpenter (Engagement Manager)",
    "Sue Chandler, the Director of Children's Services. Sue Chandler,\tthe\nDirector spoke",
    "Ann Roe —the Clerk, Ann Roe – \n the Clerk, Ann Roe -the  Clerk. Ann Roe, theClerk, Ann Roe,\u00a0the\u2003Clerk",
    "Ann Roe (\nthe Chair) Ann Roe (the Chair), Ann Roe,\n", "the Clerk", "(the Clerk", " the\n", "—",
    "Senior Engineer, Water Services (Anne Peters) and Transportation (Mr Brian Kennedy) Clerk(Ms D O'Brien)",
]


def _texts() -> list[str]:
    return WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES]


@pytest.mark.parametrize("index", range(len(WRITTEN) + len(FIXTURES)))
def test_separator_test_keeps_every_match_of_before(index: int) -> None:
    before, _ = _holders._beside(VOCAB)
    text = _texts()[index]
    for start in range(len(text) + 1):
        if before.search(text, max(0, start - 70), start) is not None:
            assert _holders._sep_before(text, start), (text[max(0, start - 70):start], start)


def test_written_texts_have_matches() -> None:
    """The checks above are not vacuous: the written texts hold places where each pattern matches."""
    before, after = _holders._beside(VOCAB)
    text = " ".join(WRITTEN)
    assert sum(before.search(text, max(0, i - 70), i) is not None for i in range(len(text))) > 10
    assert sum(after.match(text, i, i + 120) is not None for i in range(len(text))) > 10


def test_separator_test_rules_places_out() -> None:
    assert not _holders._sep_before("Ann Roe said the", 16)
    assert not _holders._sep_before("Ann Roe the", 11)
    assert _holders._sep_before("Ann Roe, the ", 13)
    assert _holders._sep_before("Ann Roe (", 9)


@pytest.mark.parametrize("index", range(len(WRITTEN) + len(FIXTURES)))
def test_bracket_test_keeps_every_match_of_after(index: int) -> None:
    _, after = _holders._beside(VOCAB)
    text = _texts()[index]
    for end in range(len(text) + 1):
        if after.match(text, end, min(len(text), end + 120)) is not None:
            assert text.find("(", end, end + 120) != -1


def _honorific_hits_by_form(text: str) -> list[int]:
    """The reference `_honorific_hits`: every form tried at every offset of its root, as written."""
    out = set()
    for form in speakers._honorific_literals(VOCAB):
        i = text.find(form)
        while i != -1:
            if (i == 0 or not text[i - 1].isalnum()) and (
                    speakers._name_next(text, i + len(form)) or speakers._phrase_next(text, i, VOCAB)):
                out.add(i)
            i = text.find(form, i + 1)
    return sorted(out)


HONORIFIC_TEXTS = [
    "Cllr Roe, Mr.Bonnett, Mrs. Neal, Councillor Mrs Pam Bosworth, COUNCILLOR ROE, councillor roe, Creek, items",
    "Vice Chair Lee; Vice Chairman Poe; Deputy Mayor Pro Tempore; Board member Knox; Councillors A and B",
    "Mr\n\nRoe, Mr\tMrs Roe, Mr. \tX, Mr.", "Mr", "XMr Roe", "_Mr Roe", "2Mr Roe", "İMr Roe, Kelvin \u212a Mr Roe",
]


@pytest.mark.parametrize("text", HONORIFIC_TEXTS + [p.read_text(encoding="utf-8") for p in FIXTURES])
def test_honorific_hits_are_the_reference(text: str) -> None:
    assert speakers._honorific_hits(text, VOCAB) == _honorific_hits_by_form(text)


def test_honorific_texts_have_hits() -> None:
    assert len(speakers._honorific_hits(" ".join(HONORIFIC_TEXTS), VOCAB)) > 10


ROLE_TEXTS = ["The Director of Adult Services, ", "x. The Cabinet Member for Education,\n", "The Clerk,\u00a0",
              "1. The Leader of the Council ,", "The Chair, said", "the Chair, ", "The  Mayor,\n\n", ", The X,"]


@pytest.mark.parametrize("text", ROLE_TEXTS + [p.read_text(encoding="utf-8") for p in FIXTURES])
def test_role_test_keeps_every_match_of_role_before(text: str) -> None:
    for end in range(len(text) + 1):
        for start in (max(0, end - 90), max(0, end - 40)):
            window = text[start:end]
            assert (_contributions.ROLE_BEFORE.search(window) is None) == (_contributions.role_in(window) is None)
    assert ROLE_TEXTS[0] not in text or _contributions.role_in(text) is not None


APPOSITIVE_TEXTS = ["Graham Hodkinson, the director, said", ", a  said", "x, an", "Ann Roe, a resident of the town, said",
                    ", the " * 30 + "said", "Ann, the Clerk said" + " " * 120 + "Bob, a resident, said", ", an"]


@pytest.mark.parametrize("text", APPOSITIVE_TEXTS + [p.read_text(encoding="utf-8") for p in FIXTURES])
def test_appositive_test_is_str_find(text: str) -> None:
    commas = literal_offsets(text, speakers.APPOSITIVES)
    for verb in range(len(text) + 1):
        expected = any(text.find(a, verb - 110, verb) != -1 for a in speakers.APPOSITIVES)
        assert speakers._appositive_before(text, commas, verb) == expected, verb
