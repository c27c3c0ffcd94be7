"""Every people word list works from the lexicon: a word added in settings changes the result
with no code change (the text gives one result without the word and another with it)."""

from __future__ import annotations

from typing import Any

import pytest

from minutes_cli.api import parse_document
from minutes_cli.settings import Settings

HEAD = "MINUTES OF THE COUNCIL\n\n"


def _speakers(text: str, settings: Settings) -> list[str]:
    doc = parse_document((HEAD + text).encode("utf-8"), "case.txt", settings)
    return sorted(s.name for s in doc.speakers)


def _status(status: str) -> Any:
    def read(text: str, settings: Settings) -> list[str]:
        doc = parse_document((HEAD + text).encode("utf-8"), "case.txt", settings)
        return [a.name for a in doc.attendance if a.status == status]
    return read


def _chair(text: str, settings: Settings) -> list[str]:
    doc = parse_document((HEAD + text).encode("utf-8"), "case.txt", settings)
    return [a.name for a in doc.attendance if a.role == "Chair"]


RANGERS = "Harbour Rangers said the pier was unsafe.\n"
CASES = [
    ("titles", ["Warden"], "Warden Halloran stated the plan.\n", _speakers, [], ["Halloran"]),
    # without the plural title, "Wardens Abel" reads as a first name and a surname
    ("group_honorifics", ["Wardens"], "Wardens Abel, Baird and Cato requested a vote.\n", _speakers, ["Wardens Abel"],
     ["Abel", "Baird", "Cato"]),
    ("apology_words", ["excuses"], "The Clerk reported excuses from Mr Abel and Mrs Cato.\n", _status("apologies"),
     [], ["Abel", "Cato"]),
    ("apology_links", ["in respect of"], "Apologies were received in respect of Councillor Dane.\n",
     _status("apologies"), [], ["Dane"]),
    ("apology_not_names", ["Sickness"], "Apologies were noted for Sickness Absence.\n", _status("apologies"),
     ["Sickness Absence"], []),
    ("speaker_list_cues", ["contributions were made by"], "Contributions were made by Councillors Abel and Baird.\n",
     _speakers, [], ["Abel", "Baird"]),
    ("bracketed_acts", ["motioned"], "Adopted: Ella Brandt (motioned), Ivo Kranz (seconded).\n", _speakers,
     ["Ivo Kranz"], ["Ella Brandt", "Ivo Kranz"]),
    ("strong_speech_verbs", ["remarked"], "Wendy Tarrant remarked on the cost.\n", _speakers, [], ["Wendy Tarrant"]),
    ("opening_phrases", ["Concerning"], "Concerning the budget, Maria Okonjo said it was late.\n", _speakers, [],
     ["Maria Okonjo"]),
    ("passive_acts", ["tabled"], "The report was tabled by Councillor Abel.\n", _speakers, [], ["Abel"]),
    ("question_cues", ["query by"], "Query by Ann Roe to Councillor Bob Poe\n", _speakers, [], ["Ann Roe", "Bob Poe"]),
    ("verbs_before_name", ["insists"], "\u201cNo,\u201d insists Frances Nelson.\n", _speakers, [], ["Frances Nelson"]),
    ("not_first_names", ["Harbour"], RANGERS, _speakers, ["Harbour Rangers"], []),
    ("not_person", ["rangers"], RANGERS, _speakers, ["Harbour Rangers"], []),
    ("job_words", ["rangers"], RANGERS, _speakers, ["Harbour Rangers"], []),
    ("role_words", ["rangers"], RANGERS, _speakers, ["Harbour Rangers"], []),
    ("not_names", ["rangers"], RANGERS, _speakers, ["Harbour Rangers"], []),
    ("verbs_before_honorific", ["retorted"], "\u201cNo,\u201d retorted Councillor Abel.\n", _speakers, [], ["Abel"]),
    ("acts_before_name", ["nominated by"], "Nominated by Councillor Abel.\n", _speakers, [], ["Abel"]),
    ("speaker_motion_verbs", ["tabled"], "The paper was tabled by C. Humphreys.\n", _speakers, [], ["C. Humphreys"]),
    ("not_speaker_lines", ["guests"], "Guests: Councillor Abel spoke briefly.\n", _speakers, ["Abel"], []),
    ("not_people", ["RIBA"], "Present: Mr Tom Dean, RIBA\n", _status("present"), ["Tom Dean", "RIBA"], ["Tom Dean"]),
    ("post_nouns", ["harbourmaster"], "Staff present: City Harbourmaster Boyles\n", lambda t, s: [
        a.name for a in parse_document((HEAD + t).encode("utf-8"), "case.txt", s).attendance], ["City Harbourmaster Boyles"],
     ["Boyles"]),
    ("presence_notes", ["back from"], "Present: Mr Tom Dean (back from 7.10pm)\n", lambda t, s: [
        a.role for a in parse_document((HEAD + t).encode("utf-8"), "case.txt", s).attendance], ["back from 7.10pm"], [None]),
    # (a post-nominal in capitals alone, "RIBA", reads as the initials of a body after the name even unlisted)
    ("post_nominals", ["MCIfA"], "Present: Mr Tom Dean MCIfA, Mrs Ann Roe\n", _status("present"), [],
     ["Tom Dean", "Ann Roe"]),
    ("invited_to", ["propose"], "The Mayor invited Councillor Abel to propose the vote.\n", _speakers, [], ["Abel"]),
    ("collective", ["harbour staff"], "Present: Mrs Ann Roe (Harbour Staff)\n\nThe Harbour Staff advised that boats were ready.\n",
     _speakers, ["Ann Roe"], []),
]


@pytest.mark.parametrize(("key", "words", "text", "read", "without", "with_"), CASES, ids=[c[0] for c in CASES])
def test_a_word_added_in_settings_works_with_no_code_change(key: str, words: list[str], text: str, read: Any,
                                                             without: list[str], with_: list[str]) -> None:
    assert read(text, Settings()) == without
    assert read(text, Settings(lexicon={key: words})) == with_


def test_question_links_and_chair_labels_are_lexicon_lists_too() -> None:
    text = "Question by Ann Roe of Councillor Bob Poe\n"
    assert "Bob Poe" not in _speakers(text, Settings())
    assert "Bob Poe" in _speakers(text, Settings(lexicon={"question_links": ["of"]}))
    label = "Convener of the meeting: Councillor Ann Roe\n"
    assert _chair(label, Settings()) == []
    assert _chair(label, Settings(lexicon={"attendance_labels": {"chair": ["convener of the meeting"]}})) == ["Ann Roe"]


def test_honorific_gender_is_a_lexicon_mapping() -> None:
    text = "Cmdr J Meakin said the road was busy. Ms J Meakin asked about buses.\n"
    extra = {"honorifics": ["Cmdr"]}
    assert len(_speakers(text, Settings(lexicon=extra))) == 1
    assert len(_speakers(text, Settings(lexicon={**extra, "honorific_gender": {"male": ["Cmdr"]}}))) == 2
