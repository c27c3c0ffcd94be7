"""The roles stage's patterns with the roles grouped by first letter match what they match with the
roles as written (`text.names.by_first_letter`), at every offset of texts written for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_cli.settings import Settings
from minutes_cli.stages import roles

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
VOCAB = Settings().lexicon_key
WRITTEN = [
    "Councillor M. Collins, An Cathaoirleach, welcomed members. Cllr Smith (Chairman) and Mr Roe - Clerk spoke.",
    "The Leader, Councillor Smyth, introduced it. Chairman: Cllr Jones. The Mayor Pro Tem said. The CHIEF  EXECUTIVE",
    "the Leas-Chathaoirleach, Cllr Ó Roe; the vice-chair, Mr Poe; Mrs Roe (Chief Executive’s Secretary); "
    "The Leader of the Council; the Clerk for the day; the chairman’s report; an Chathaoirleach ſaid",
    "Mrs C M Wilkins (Chairman), Councillor Mrs Pam Bosworth, the immediate past Chairman; Deputy Mayor Tom Rackers",
]


def _texts() -> list[str]:
    return WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES]


@pytest.mark.parametrize("index", range(len(WRITTEN) + len(FIXTURES)))
def test_regrouped_roles_change_no_match(index: int) -> None:
    text = _texts()[index]
    fast, slow = roles._patterns(VOCAB)[:3], roles._patterns(VOCAB, regrouped=False)[:3]
    for f, s in zip(fast, slow):
        for i in range(len(text)):
            m, n = f.match(text, i), s.match(text, i)
            assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), text[i:i + 40]


def test_regrouped_roles_are_in_use_and_match() -> None:
    (after, _, mention), (slow_after, _, slow_mention) = roles._patterns(VOCAB)[:3], roles._patterns(VOCAB, False)[:3]
    assert after.pattern != slow_after.pattern and mention.pattern != slow_mention.pattern
    text = " ".join(WRITTEN)
    assert [m.group("role") for m in after.finditer(text)] == ["Cathaoirleach", "Chairman", "Chairman"]
    assert len([m.group("role") for m in mention.finditer(text)]) >= 6
