"""Every lexicon list of the decisions, motions and votes stages: a word added in a settings file
works with no code change (and the text reads differently without it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from minutes_cli import Settings
from minutes_cli.api import parse_document
from minutes_cli.document import Document

NEWS = "Library news after council vote\n\nBy Jo Smith, Local Democracy Reporter\n\nPublished 3 May 2023\n\n"


def _parse(text: str, lexicon: dict[str, Any] | None = None) -> Document:
    settings = Settings(lexicon=lexicon) if lexicon else Settings()
    if text.startswith("<"):  # a web page (a table read by its headers)
        return parse_document(text.encode("utf-8"), "t.html", settings=settings)
    head = "" if text.startswith(NEWS) else "Minutes of the Licensing Committee\n\n"
    return parse_document((head + text).encode("utf-8"), "t.txt", settings=settings)


def _grid(header: str, row: str) -> str:
    """A web page with one headed table of one row: cells separated by "|"."""
    cells = lambda line, tag: "".join(f"<{tag}>{c.strip()}</{tag}>" for c in line.split("|"))  # noqa: E731
    return (f"<html><body><h1>Minutes of the Licensing Committee</h1><table><tr>{cells(header, 'th')}</tr>"
            f"<tr>{cells(row, 'td')}</tr></table></body></html>")


def _decisions(doc: Document) -> list[str]:
    return [d.text for d in doc.decisions]


def _motions(doc: Document) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.moved_by, m.seconded_by, m.result) for m in doc.motions]


def _votes(doc: Document) -> list[dict[str, int]]:
    return [{c.option: c.value for c in v.counts} for v in doc.vote_events]


CASES: list[tuple[str, dict[str, Any], str, Callable[[Document], Any], Any]] = [
    ("table_action_headers", {"table_action_headers": ["Steps Taken"]},
     _grid("Title | Steps Taken", "Hall lease renewal | Approve"), _decisions, ["Approve: Hall lease renewal"]),
    ("table_result_headers", {"table_result_headers": ["Verdict"]},
     _grid("Title | Verdict", "Hall lease renewal | Carried"), _decisions, ["Hall lease renewal"]),
    ("table_result_values", {"table_result_values": {"sustained": "carried"}},
     _grid("Title | Result", "Hall lease renewal | Sustained"), _decisions, ["Hall lease renewal"]),
    ("table_action_words", {"table_action_words": ["greenlight"]},
     _grid("Title | Action", "Hall lease renewal | Greenlight"), _decisions, ["Greenlight: Hall lease renewal"]),
    ("table_deferrals", {"table_deferrals": ["hold over"]},
     _grid("Title | Action | Result", "Hall lease renewal | Hold over | Carried"),
     lambda d: [x.status for x in d.decisions], ["deferred"]),
    ("table_non_outcomes", {"table_non_outcomes": ["receive for information"]},
     _grid("Title | Action", "Hall lease renewal | Receive for information"), _decisions, []),
    ("file_status_labels", {"file_status_labels": ["Standing"]},
     _grid("Type: | Resolution | Standing: | ADOPTED", "Title: | Parking Permit Scheme for Mill Lane"),
     _decisions, ["Parking Permit Scheme for Mill Lane"]),
    ("decision_labels", {"decision_labels": ["DETERMINED"]},
     "5. Licence renewal\n\nDETERMINED: That the licence be renewed for one year.\n",
     _decisions, ["That the licence be renewed for one year."]),
    ("resolution_openers", {"resolution_openers": ["it is hereby ordered"]},
     "It is hereby ordered that the gate be locked at dusk.\n",
     _decisions, ["It is hereby ordered that the gate be locked at dusk."]),
    ("mover_verbs", {"mover_verbs": ["put forward"]},
     "Cllr Ames put forward that the fee be waived, seconded by Cllr Birch.\n",
     lambda d: _motions(d)[:1], [("Ames", "Birch", None)]),
    ("mover_labels", {"mover_labels": ["tabled by"]},
     "Tabled by Cllr Cole, seconded by Cllr Dunne, that the fee be waived.\n",
     lambda d: _motions(d)[:1], [("Cole", "Dunne", None)]),
    ("seconder_verbs", {"seconder_verbs": ["backed it"]},
     "Cllr Egan moved that the fee be waived. Cllr Fahy backed it.\n",
     lambda d: [m[:2] for m in _motions(d)], [("Egan", "Fahy")]),
    ("seconder_labels", {"seconder_labels": ["backed by"]},
     "Moved by Cllr Gill, backed by Cllr Hale, that the fee be waived.\n",
     lambda d: [m[:2] for m in _motions(d)], [("Gill", "Hale")]),
    ("record_labels", {"record_labels": ["Mot/Sec"]},
     "Mot/Sec: Grant/Hale to approve the fee waiver. Motion carried.\n",
     _motions, [("Grant", "Hale", "carried")]),
    ("name_tails", {"name_tails": ["Whereupon"]},
     "Moved: Cr Ames Seconded: Cr Birch Whereupon the fee be waived.\nCarried.\n",
     _motions, [("Ames", "Birch", "carried")]),
    ("mover_marks", {"mover_marks": ["mover of"]},
     "Budget approved – K. Ives (mover of), L. Joyce (second)\n",
     lambda d: [m[:2] for m in _motions(d)], [("K. Ives", "L. Joyce")]),
    ("seconder_marks", {"seconder_marks": ["seconding"]},
     "Budget approved – K. Ives (motion), L. Joyce (seconding)\n",
     lambda d: [m[:2] for m in _motions(d)], [("K. Ives", "L. Joyce")]),
    ("mover_titles", {"mover_titles": ["Selectman"]},
     "Selectman Kerr moved that the fee be waived. Selectman Lane seconded the motion.\n",
     lambda d: [m[:2] for m in _motions(d)], [("Kerr", "Lane")]),
    ("motion_results", {"motion_results": {"prevailed": "carried"}},
     "Cllr Moss moved that the fee be waived, seconded by Cllr Nash. The motion prevailed.\n",
     lambda d: [m[2] for m in _motions(d)], ["carried"]),
    ("motion_nouns", {"motion_nouns": ["rider"], "motion_results": {"sank": "lost"}},
     "Cllr Owen moved that the fee be waived, seconded by Cllr Pike. The rider sank.\n",
     lambda d: [m[2] for m in _motions(d)], ["lost"]),
    ("outcome_after_seconder", {"outcome_after_seconder": {"so ordered": "carried"}},
     "It was proposed by Cllr Quinn that the fee be waived. This was seconded by Cllr Rowe and so ordered.\n",
     lambda d: [m[2] for m in _motions(d)], ["carried"]),
    ("outcome_lines", {"outcome_lines": {"so ordered": "carried"}},
     "Cllr Quinn moved that the fee be waived, seconded by Cllr Rowe.\n\nSo ordered.\n",
     lambda d: [m[2] for m in _motions(d)], ["carried"]),
    ("outcome_before_mover", {"outcome_before_mover": {"ratified": "carried"}},
     "Budget ratified – moved by Cllr Stone, seconded by Cllr Tate\n",
     lambda d: [m[2] for m in _motions(d)], ["carried"]),
    ("withdrawal_verbs", {"withdrawal_verbs": ["took back"]},
     "Cr Hale moved an amendment that the fee be waived.\nCr Ives moved that the fee be halved.\n"
     "Cr Hale took back his amendment.\n",
     lambda d: [m[2] for m in _motions(d)][:1], ["withdrawn"]),
    ("vote_options", {"vote_options": {"yes votes": "yes", "no votes": "no"}},
     "The vote was taken: Yes votes: 5, No votes: 2.\n",
     _votes, [{"yes": 5, "no": 2}]),
    ("tally_context", {"tally_context": ["sustained"]},
     "The objection was sustained 4-3.\n",
     _votes, [{"yes": 4, "no": 3}]),
    ("outcome_openers", {"outcome_openers": ["Consensus reached"]},
     "Consensus reached to repaint the bus shelter in green.\n",
     _decisions, ["Consensus reached to repaint the bus shelter in green."]),
    ("planning_responses", {"planning_responses": ["no adverse comment"]},
     "23/0456 – Rear extension, 4 Mill Lane. No adverse comment.\n",
     _decisions, ["23/0456 – Rear extension, 4 Mill Lane. No adverse comment."]),
    ("news_bodies", {"news_bodies": ["vestry"]},
     NEWS + "The vestry voted to close the library on Mill Street. Residents were unhappy.\n",
     _decisions, ["The vestry voted to close the library on Mill Street"]),
    ("news_verbs", {"news_verbs": ["scrapped"]},
     NEWS + "The council has scrapped the plan for a new car park. Residents were pleased.\n",
     _decisions, ["The council has scrapped the plan for a new car park"]),
    ("news_passives", {"news_passives": ["ratified"]},
     NEWS + "The new parking strategy has been ratified at the meeting. Residents were pleased.\n",
     _decisions, ["The new parking strategy has been ratified at the meeting."]),
    ("history_leads", {"history_leads": ["back in the spring"]},
     "Back in the spring the Councillors resolved to repair the roof.\n",
     _decisions, []),
    ("decision_bodies", {"decision_bodies": ["Vestry"]},
     "The Vestry agreed to repaint the lych gate.\n",
     _decisions, ["The Vestry agreed to repaint the lych gate."]),
    ("body_verbs", {"body_verbs": ["opted"]},
     "The bench is broken. Members opted to buy a new one.\n",
     _decisions, ["Members opted to buy a new one."]),
    ("body_object_verbs", {"body_object_verbs": ["ratified"]},
     "The Committee ratified the revised fees for the hall.\n",
     _decisions, ["The Committee ratified the revised fees for the hall."]),
    ("continuation_words", {"continuation_words": ["alongside"]},
     "The Parish Council agreed to share the £400 cost\n\nAlongside the hall committee and the church.\n",
     _decisions, ["The Parish Council agreed to share the £400 cost Alongside the hall committee and the church."]),
    ("consent_words", {"consent_words": ["omnibus motion"]},
     "Director Abel made the motion to approve the omnibus motion items.\n\nDirector Burr seconded the motion.\n\n"
     "The motion passed unanimously.\n\nA. Contract for road salt\n\nIt is recommended by the Finance Committee "
     "that the Board award the road salt contract to Saltco.\n",
     lambda d: [x.kind for x in d.decisions], ["motion"]),
    ("proposal_headings", {"proposal_headings": ["clerk's proposal"]},
     "5. Hall fees\n\nClerk's proposal:\n\nThat the fees rise by £5.\n\nCouncil resolution:\n\n"
     "That the fees rise by £3.\n",
     _decisions, ["That the fees rise by £3."]),
    ("outcome_leadins", {"outcome_leadins": ["having weighed the options"]},
     "The hall roof leaks and having weighed the options the Councillors resolved to repair it.\n",
     _decisions, ["having weighed the options the Councillors resolved to repair it."]),
    ("hypothetical_words", {"hypothetical_words": ["provided"]},
     "Provided funds allow the revised budget was approved.\n", _decisions, []),
    ("record_adjectives", {"record_adjectives": ["faithful"]},
     "The minutes of the meeting held on 3 May were approved as a faithful record.\n",
     _decisions, ["The minutes of the meeting held on 3 May were approved as a faithful record."]),
    ("outcome_adverbs", {"outcome_adverbs": ["subsequently"]},
     "The revised budget was subsequently approved.\n", _decisions, ["The revised budget was subsequently approved."]),
    ("news_adverbs", {"news_adverbs": ["finally"]},
     NEWS + "The council has finally decided to close the library on Sundays.\n",
     _decisions, ["The council has finally decided to close the library on Sundays"]),
    ("notice_of_motion", {"notice_of_motion": ["I intend to move"]},
     "I intend to move at the next meeting that the hall be let to the club.\n",
     lambda d: [x.kind for x in d.decisions], ["motion"]),
    ("decision_stop_lines", {"decision_stop_lines": ["alongside the hall"]},
     "The Parish Council agreed to share the £400 cost\n\nalongside the hall committee and the church.\n",
     _decisions, ["The Parish Council agreed to share the £400 cost"]),
    ("decision_stop_tallies", {"decision_stop_tallies": ["Abstaining"]},
     "The Parish Council agreed to share the £400 cost\n\nabstaining: 2 of the hall committee and the church.\n",
     _decisions, ["The Parish Council agreed to share the £400 cost"]),
    ("decision_statuses", {"decision_statuses": {"deferred": ["tabled"]}},
     "RESOLVED: That the hall fees item be tabled.\n", lambda d: [x.status for x in d.decisions], ["deferred"]),
    ("decision_statuses_as_written", {"decision_statuses_as_written": {"lost": ["NEGATIVED"]}},
     "RESOLVED: That the amendment be NEGATIVED.\n", lambda d: [x.status for x in d.decisions], ["lost"]),
    ("not_decision_openers", {"not_decision_openers": ["Nothing to report"]},
     "RESOLVED: Nothing to report on the hall.\n", _decisions, []),
    ("approved_by_words", {"approved_by_words": ["endorsed"]},
     "Stoke Parish Council\n\nParker, Mill Road. New sign for the hall - endorsed by Parish Council.\n",
     _decisions, ["Parker, Mill Road. New sign for the hall - endorsed by Parish Council."]),
    ("unanimity_words", {"unanimity_words": ["without dissent"]}, "Agreed without dissent.\n", _decisions, []),
    ("bare_outcome_words", {"bare_outcome_words": ["as above"]}, "Agreed as above.\n", _decisions, []),
    ("main_motion_words", {"main_motion_words": ["principal motion"]},
     "1. Hall\n\nThe principal motion including the amendment was moved by Councillor Ann Roe and seconded by "
     "Councillor Bob Poe, that the hall be let to the club.\n\nCarried.\n",
     lambda d: [m.classification for m in d.motions], ["motion"]),
    ("motion_references", {"motion_references": ["the said motion was"]},
     "1. Notice of Motion\n\nI will move at the next meeting that the Council seek a new bus route.\n\n"
     "The said motion was proposed by Councillor Ann Roe, seconded by Councillor Bob Poe and agreed.\n",
     lambda d: [(x.text[:11], x.moved_by) for x in d.decisions], [("I will move", "Ann Roe"), ("The said mo", None)]),
]


@pytest.mark.parametrize("key, lexicon, text, read, expected", [pytest.param(*c, id=c[0]) for c in CASES])
def test_a_word_added_to_the_list_works(key: str, lexicon: dict[str, Any], text: str,
                                        read: Callable[[Document], Any], expected: Any) -> None:
    assert read(_parse(text)) != expected, f"{key}: the text already reads so without the added word"
    assert read(_parse(text, lexicon)) == expected


def test_every_list_of_the_decisions_file_has_a_case() -> None:
    from importlib import resources

    import yaml

    from minutes_cli.lexicon import layer

    own = yaml.safe_load(resources.files("minutes_cli.vocab").joinpath("en/decisions.yaml").read_text("utf-8"))
    assert set(own) == {c[0] for c in CASES}
    assert set(own) <= set(layer("en"))


def test_tradition_words_live_in_their_style_layers() -> None:
    from minutes_cli.lexicon import layer

    assert "motioned" in layer("us")["mover_verbs"] and "motioned" not in layer("en")["mover_verbs"]
    assert "be it resolved" in layer("canada")["resolution_openers"]
    assert "prop." in layer("uk-parish")["mover_labels"] and "2nd" in layer("uk-parish")["seconder_labels"]
    doc = _parse("9. It was prop. Mr.Abel, 2nd Mr. Burr that the seat be replaced.\n")
    assert _motions(doc) == [("Abel", "Burr", None)]  # every layer is on by default
