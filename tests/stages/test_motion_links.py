"""A motion is linked to its outcome by the paper's structure, never by a distance in characters."""

from __future__ import annotations

from minutes_cli import parse_text

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4 March 2024\n\n"


def _motions(body: str) -> list[tuple[str | None, str | None, str | None]]:
    record = parse_text(HEAD + body, "p.txt")
    texts = {d["id"]: d["text"] for d in record["decisions"]}
    return [(m["moved_by"], m["result"], texts.get(m["decision"])) for m in record["motions"]]


def test_the_resolution_after_a_long_recorded_vote_in_the_same_item_is_the_motions() -> None:
    voters = ", ".join(f"Cllr Name{chr(65 + i)}" for i in range(20))
    body = ("1. Car park\nThe motion, moved by Cllr Ann Roe and seconded by Cllr Bob Poe, was put to the vote.\n"
            f"For\n{voters} (20)\nAgainst\nCllr Cy Doe (1)\nThe Chair declared the motion carried.\n"
            "RESOLVED: That a charge of £1 per day be introduced.\n2. Next meeting\nThe next meeting is on 8 April 2024.\n")
    assert _motions(body) == [("Ann Roe", "carried", "That a charge of £1 per day be introduced.")]


def test_a_resolution_after_the_next_motion_is_not_this_motions() -> None:
    body = ("It was proposed that the float be raised. Proposed: Cllr Muir; seconded: Cllr Leet. All in favour.\n"
            "It was proposed that the railings be repaired. Proposed: Cllr Hale; seconded: Cllr Ives. "
            "Resolved that the quote be accepted.\n")
    found = _motions(body)
    assert found[0][:2] == ("Muir", "carried")  # "All in favour." is its own outcome
    assert found[0][2] != "that the quote be accepted."
    assert found[1][0] == "Hale"


def test_all_in_favour_and_all_agreed_carry_the_motion() -> None:
    for outcome in ("All in favour.", "All agreed.", "Unanimously agreed."):
        body = f"Proposed by Cllr Ann Roe, seconded by Cllr Bob Poe, that the hall be repainted. {outcome}\n"
        assert _motions(body)[0][:2] == ("Ann Roe", "carried"), outcome
