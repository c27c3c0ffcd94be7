"""An outcome told in running prose ends where the next sentence gives someone's words: "The cabinet agreed to spend
£2.4m on the project. Councillor Jo Bloggs said the library would ..." (local news reports, and minutes that report
the discussion after the outcome). The speaker is named as councils and papers name people: honorific, first name
and surname; a two-word honorific; an initial."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

OUTCOME = "The Committee agreed to spend the reserve on the new play area."


@pytest.mark.parametrize("speaker", [
    pytest.param("Councillor Jo Bloggs said the", id="uk-honorific-first-last"),
    pytest.param("Cr Mary Smith noted that the", id="au-cr"),
    pytest.param("Mayor Tom Reed stated that the", id="us-mayor"),
    pytest.param("Council Member Ann Lee said that the", id="us-two-word-honorific"),
    pytest.param("Mr J. Smith reported that the", id="initial"),
    pytest.param("Councillor Bloggs said the", id="surname-only"),
])
def test_an_outcome_ends_before_a_speakers_sentence(speaker: str) -> None:
    text = (f"Minutes of the Planning Committee held on 3 May 2023\n\n5. Play areas\n\n{OUTCOME} {speaker} "
            "residents had waited long enough for it.\n\n6. Any other business\n\nNone.\n")
    assert [d["text"] for d in parse_text(text, "minutes.txt")["decisions"]] == [OUTCOME]
