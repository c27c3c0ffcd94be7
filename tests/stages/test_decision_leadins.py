"""How councils lead into a resolution: a unanimity word on the label ("RESOLVED UNANIMOUSLY:",
"RESOLVED (unanimously):", "RESOLVED: (Unanimously)"), quoted words after the label, and the movers
told first ("Proposed by Councillor X, seconded by Councillor Y and resolved: ..."). Each case is a
shape found in several councils' minutes, written here in our own words."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4 March 2024\n\n1. Honorary Alderman\n\nThe report was discussed.\n\n"


def _decisions(body: str) -> list[tuple[str, str | None, str | None]]:
    record = parse_text(HEAD + body + "\n", "p.txt")
    return [(d["text"], d["moved_by"], d["seconded_by"]) for d in record["decisions"]]


@pytest.mark.parametrize("label", [
    "RESOLVED UNANIMOUSLY: That",  # Tonbridge and Malling
    "RESOLVED (unanimously): That",
    "RESOLVED UNANIMOUSLY that",
    "RESOLVED nem con: That",
    "RESOLVED (Nem. Con.) - That",
])
def test_a_unanimity_word_on_the_label_keeps_the_resolution(label: str) -> None:
    texts = [t for t, _, _ in _decisions(f"{label} the title be conferred upon Mr Dale Aikin.")]
    assert [t.lower() for t in texts] == ["that the title be conferred upon mr dale aikin."]


def test_a_unanimity_word_alone_after_the_label_is_not_the_resolution() -> None:
    # South Ribble's shape: "RESOLVED: (Unanimously)" on its own line, the words below
    body = "RESOLVED: (Unanimously)\n\nThat the minutes of the Council meeting be approved as a correct record."
    assert [t for t, _, _ in _decisions(body)] == ["That the minutes of the Council meeting be approved as a correct record."]


@pytest.mark.parametrize("label", ['Resolved unanimously "That', 'Resolved “That', 'RESOLVED "That'])
def test_quoted_words_after_the_label_are_the_resolution(label: str) -> None:
    close = "”" if "“" in label else '"'
    texts = [t for t, _, _ in _decisions(f"{label} the title be conferred upon Mr Dale Aikin.{close}")]
    assert len(texts) == 1 and texts[0].strip("“”\"") == "That the title be conferred upon Mr Dale Aikin."


# The movers told first, then the outcome, then the words (Limerick, Tonbridge and Malling, Surrey Heath,
# Irish and English parishes): the decision is the words; the movers are the decision's movers.
@pytest.mark.parametrize("body, words", [
    ('It was proposed by Councillor Dean, seconded by Councillor Moss and resolved: "That the quote from Green '
     'Ltd be accepted."', '"That the quote from Green Ltd be accepted."'),
    ("It was proposed by Councillor Dean, seconded by Councillor Moss and unanimously resolved that the hall be "
     "let to the club.", "that the hall be let to the club."),
    ("It was proposed by Councillor Dean, seconded by Councillor Moss and agreed to defer the item to the next "
     "meeting.", "to defer the item to the next meeting."),
    ("On the proposal of Councillor Dean, seconded by Councillor Moss, it was agreed to allocate €500 to the "
     "tidy towns group.", "to allocate €500 to the tidy towns group."),
    ("Upon the motion of Councillor Dean, seconded by Councillor Moss, it was resolved that the hall be let.",
     "that the hall be let."),
])
def test_the_movers_told_first_are_no_part_of_the_words(body: str, words: str) -> None:
    assert _decisions(body) == [(words, "Dean", "Moss")]


@pytest.mark.parametrize("leadin", [
    "Proposed by Councillor Dean, seconded by Councillor Moss and resolved:",
    "Proposed by Councillor Dean and seconded by Councillor Moss and resolved;",
    "Proposed by Councillor Dean, seconded by Councillor Moss, and resolved",
    "It was proposed by Councillor Dean, seconded by Councillor Moss and",
])
def test_a_leadin_alone_on_its_line_has_its_words_below(leadin: str) -> None:
    body = f'{leadin}\n\n"That the draft plan be put on public display for the statutory period."'
    assert _decisions(body) == [('"That the draft plan be put on public display for the statutory period."',
                                 "Dean", "Moss")]


def test_a_leadin_before_a_resolved_label_is_that_resolutions_movers() -> None:
    body = ("It was proposed by Councillor Dean, seconded by Councillor Moss and\n\n"
            "RESOLVED UNANIMOUSLY: That the title of Honorary Alderman be conferred upon Mr Dale Aikin.")
    assert _decisions(body) == [("That the title of Honorary Alderman be conferred upon Mr Dale Aikin.", "Dean", "Moss")]


def test_a_leadin_with_words_of_its_own_stays_whole() -> None:
    # "... and unanimously approved." has no words after the outcome: the sentence is kept as written
    body = "Proposed by Cllr Dean seconded by Cllr Moss and unanimously approved."
    assert _decisions(body) == [(body, "Dean", "Moss")]


# New South Wales councils (Auburn, Orange, Cootamundra-Gundagai shapes): the movers stand between the
# resolution's label (or number) and its words.
@pytest.mark.parametrize("body, words, movers", [
    ("RESOLVED unanimously on the motion of Clr Curran, seconded Clr Sims that an apology from Clr Zaki be "
     "accepted.", "that an apology from Clr Zaki be accepted.", ("Curran", "Sims")),
    ("RESOLVED - 17/402 Cr S Munro/Cr R Gandy That the Minutes of the Ordinary Meeting held on 15 August 2017 be "
     "confirmed.", "That the Minutes of the Ordinary Meeting held on 15 August 2017 be confirmed.", ("S Munro", "R Gandy")),
    ("Resolution 449/2019 Moved: Cr Dennis Palmer Seconded: Cr Leigh Bowden Council adjourn for Open Forum.",
     "Council adjourn for Open Forum.", ("Dennis Palmer", "Leigh Bowden")),
])
def test_movers_between_the_label_and_the_words(body: str, words: str, movers: tuple[str, str]) -> None:
    assert _decisions(body) == [(words, *movers)]


def test_a_resolved_label_in_capitals_after_the_movers_on_one_line() -> None:
    # Saint John's shape, its label lines joined by the text export: "On motion of Councillor A Seconded by
    # Councillor B RESOLVED that ..."
    body = ("On motion of Councillor Knapp\nSeconded by Councillor Vance\nRESOLVED that the minutes of the meeting "
            "held on 18 September 1995 be approved.")
    assert _decisions(body) == [("that the minutes of the meeting held on 18 September 1995 be approved.", "Knapp", "Vance")]
