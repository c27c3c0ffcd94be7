"""Whole documents written for these tests: a parish meeting and a US roll call."""

from __future__ import annotations

from pathlib import Path

from minutes_cli import parse_text
from minutes_cli.api import parse_document
from minutes_cli.document import Span

DATA = Path(__file__).parent.parent.parent / "fixtures" / "minutes"


def _record(name: str) -> dict:  # type: ignore[type-arg]
    return parse_text((DATA / name).read_text("utf-8"), name)


def _at(text: str, span: list[int]) -> str:
    return text[span[0]:span[1]]


def test_parish_minutes_attendance() -> None:
    text = (DATA / "parish-full-minutes.txt").read_text("utf-8")
    att = _record("parish-full-minutes.txt")["attendance"]
    assert [(p["name"], p["role"]) for p in att["present"]] == [
        ("Helen Marsh", "Chair"), ("Tom Reddy", "Vice-Chair"), ("Anna Price", None), ("Joe Bell", None),
        ("Ruth Oakes", None), ("Sam Kemp", None)]
    assert [p["name"] for p in att["apologies"]] == ["Mark Dale", "Fiona Gray"]
    assert [(p["name"], p["role"]) for p in att["in_attendance"]] == [("L Foster", "Clerk"),
                                                                       ("P Hanley", "County Councillor")]
    assert att["public_count"]["value"] == 4
    normalised = parse_document(text.encode("utf-8"), "parish-full-minutes.txt").text
    assert all(_at(normalised, p["span"]) == p["name"] for p in att["present"])


def test_parish_minutes_declarations_items_motions_and_vote() -> None:
    record = _record("parish-full-minutes.txt")
    assert [(d["name"], d["interest"], d["item"], d["action"]) for d in record["declarations"]] == [
        ("Joe Bell", "pecuniary", "23/35", "left_room"), ("Anna Price", "non-pecuniary", "23/36", "remained")]
    assert [i["number"] for i in record["agenda_items"]] == ["23/31", "23/32", "23/33", "23/34"]
    amendment = next(m for m in record["motions"] if m["classification"] == "amendment")
    assert (amendment["moved_by"], amendment["seconded_by"], amendment["result"]) == (
        "Tom Reddy", "Anna Price", "lost")
    substantive = next(m for m in record["motions"] if m["moved_by_role"] == "Chair")
    assert substantive["moved_by"] == "Helen Marsh"  # the Chair, resolved from the attendance list
    assert substantive["classification"] == "motion"
    assert substantive["text"] == "That a charge of £1 per day be introduced from 1 May 2023."
    linked = {d["id"]: d for d in record["decisions"]}
    # a lost amendment is a decision of its own (eval/GUIDE.md)
    assert (linked[amendment["decision"]]["kind"], linked[amendment["decision"]]["status"]) == ("motion", "lost")
    assert (linked[substantive["decision"]]["moved_by"], linked[substantive["decision"]]["seconded_by"]) == (
        "Helen Marsh", "Sam Kemp")
    assert {r["role"] for r in record["roles"]} == {"Chair", "Vice-Chair"}  # never "Cathaoirleach"
    (vote,) = record["vote_events"]
    assert vote["counts"] == [{"option": "yes", "value": 5, "span": vote["counts"][0]["span"]},
                              {"option": "no", "value": 2, "span": vote["counts"][1]["span"]}]
    assert [v["voter_name"] for v in vote["votes"]] == ["Marsh", "Oakes", "Kemp", "Price", "Reddy", "Bell"]
    assert vote["result"] == "pass" and vote["agenda_item"] == "item-3"
    assert vote["motion"] == substantive["id"]
    voted = [d for d in record["decisions"] if d["vote"] is not None]
    assert [(d["text"], d["vote"]["id"]) for d in voted] == [
        ("That a charge of £1 per day be introduced from 1 May 2023.", vote["id"])]
    # 5 counted "For" but 4 named (V601), and 5 + 2 votes from 6 members present (V603); no crash
    assert [p["code"] for p in record["problems"] if p["code"].startswith("V")] == ["V601", "V603"]
    minutes = next(d for d in record["decisions"] if "correct record" in d["text"])
    assert (minutes["moved_by"], minutes["seconded_by"], minutes["agenda_item"]) == ("Ruth Oakes", "Sam Kemp", "item-2")


def test_us_roll_call_document() -> None:
    record = _record("us-roll-call.txt")
    att = record["attendance"]
    assert [p["name"] for p in att["present"]] == ["Alvarez", "Brooks", "Chen", "Dupont", "Whitlock"]
    assert [p["name"] for p in att["absent"]] == ["Ferris"]
    (motion,) = record["motions"]
    assert (motion["moved_by"], motion["seconded_by"], motion["result"]) == ("Brooks", "Chen", "carried")
    (vote,) = record["vote_events"]
    assert {(v["voter_name"], v["option"]) for v in vote["votes"]} == {
        ("Alvarez", "yes"), ("Brooks", "yes"), ("Chen", "yes"), ("Dupont", "yes"), ("Whitlock", "yes"),
        ("Ferris", "absent")}
    assert {c["option"]: c["value"] for c in vote["counts"]} == {"yes": 5, "no": 0, "abstain": 0, "absent": 1}
    assert vote["result"] == "pass"
    (decision,) = record["decisions"]  # the motion carried is the paper's one decision
    assert (decision["kind"], decision["status"], decision["moved_by"], decision["seconded_by"]) == (
        "motion", "carried", "Brooks", "Chen")
    assert decision["text"].startswith("TO APPROVE THE MINUTES") and vote["decision"] == decision["id"]
    assert not [p for p in record["problems"] if p["code"].startswith("V")]
    roles = {r["role"]: r["name"] for r in record["roles"]}
    assert roles["Mayor"] == "Dana Whitlock"


def test_spans_are_evidence() -> None:
    """Every span in the new sections lies inside the text and is not empty."""
    for name in ("parish-full-minutes.txt", "us-roll-call.txt"):
        doc = parse_document((DATA / name).read_bytes(), name)
        spans: list[Span] = [a.span for a in doc.attendance] + [d.span for d in doc.declarations]
        spans += [m.span for m in doc.motions] + [v.span for v in doc.vote_events]
        spans += [c.span for v in doc.vote_events for c in v.counts] + [c.span for v in doc.vote_events for c in v.votes]
        assert spans and all(0 <= s.start < s.end <= len(doc.text) for s in spans)
