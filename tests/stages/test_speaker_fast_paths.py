"""The speakers stage's faster forms of a plain loop give what the loop gives: each is checked
against the loop itself, written out here, on edge cases and on many small random inputs."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from support import make_doc

from minutes_cli.document import Span
from minutes_cli.settings import Settings
from minutes_cli.stages import roles, speakers
from minutes_cli.stages.speakers import _contributions, _holders, _lists, _mentions, _subject
from minutes_cli.stages.speakers._holders import Holders
from minutes_cli.stages.speakers._mentions import Mention
from minutes_cli.text import listnames, names, people
from minutes_cli.text.lowered import finditer_needed
from minutes_cli.text.offsets import root_offsets
from minutes_cli.text.scan import finditer, windows_at

_patterns = sys.modules["minutes_cli.stages.speakers._patterns"]  # the package's `_patterns` is the function


def _mention(start: int, end: int) -> Mention:
    return Mention("Ann Roe", Span(start, end), None, None, "Ann Roe said", None)


def _outside_slow(mentions: list[Mention], excluded: list[Span]) -> list[Mention]:
    return [m for m in mentions if not any(s.contains(m.span) for s in excluded)]


def test_outside_edge_cases() -> None:
    excluded = [Span(10, 20), Span(20, 30), Span(40, 41)]
    cases = [(10, 20), (9, 12), (19, 21), (20, 30), (29, 31), (0, 0), (40, 41), (40, 40), (41, 41), (41, 42), (50, 60)]
    mentions = [_mention(s, e) for s, e in cases]
    kept = speakers._outside(mentions, excluded)
    assert [m.span.as_list() for m in kept] == [[9, 12], [19, 21], [29, 31], [0, 0], [41, 42], [50, 60]]
    assert kept == _outside_slow(mentions, excluded)
    assert speakers._outside(mentions, []) == mentions


def test_outside_matches_the_loop_on_random_spans() -> None:
    """Unsorted, nested and overlapping excluded spans too: the bisection assumes no order of them."""
    rng = random.Random(5)
    for _ in range(2000):
        excluded = [Span(s, s + rng.randint(0, 15)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 6)))]
        mentions = [_mention(s, s + rng.randint(0, 8)) for s in (rng.randint(0, 70) for _ in range(rng.randint(0, 8)))]
        fast, slow = speakers._outside(mentions, excluded), _outside_slow(mentions, excluded)
        assert [id(m) for m in fast] == [id(m) for m in slow], (excluded, mentions)


ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
VOCAB = Settings().lexicon_key
WRITTEN = [
    "Cllr Roe, Mr.Bonnett, Mrs. Neal, Councillor Mrs Pam Bosworth, COUNCILLOR ROE, councillor roe, Creek, items",
    "Mr\n\nRoe, Mr\tMrs Roe, Mr. \tX, Mr., Cr Barnes, CR BARNES, Cr.Barnes, Cr ., Dr, DR. LEE, Ald. Poe, ALD Poe",
    "The planning officer (Murray Hancock) gave a report. the Clerk, (Ann Roe) said. The Clerk ( Ann Roe) said",
    "The Senior Planning Officer\n(Murray Hancock) presented. The officer's (Ann Roe) said. The (Ann Roe) said.",
    "the  x\t(Ann Roe) explained. The İnspector (Ann Roe) said. The_clerk (Ann Roe) said. The clerk 2 (Ann Roe) said",
]


def _texts() -> list[str]:
    return WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES]


@pytest.mark.parametrize("index", range(len(WRITTEN) + len(FIXTURES)))
def test_then_name_by_root_is_the_whole_test(index: int) -> None:
    """At every offset where a root stands, its own forms' test says what the test of every form says."""
    text, whole, by_root = _texts()[index], speakers._honorific_then_name(VOCAB), speakers._then_name_by_root(VOCAB)
    assert by_root  # no form of the lexicon lower-cases by context or in more letters: the fast test is in use
    at = root_offsets(text, speakers._honorific_roots(VOCAB))
    if at is None:
        return  # "İ": lower-casing moves offsets, and `_honorific_hits` tries every form instead
    for root, pattern in by_root.items():
        for i in at[root]:
            assert (pattern.match(text, i) is None) == (whole.match(text, i) is None), (root, text[i:i + 20])


def test_then_name_by_root_texts_hold_both_outcomes() -> None:
    text, by_root = " ".join(WRITTEN[:2]), speakers._then_name_by_root(VOCAB)
    at = root_offsets(text, speakers._honorific_roots(VOCAB))
    assert at is not None
    outcomes = [by_root[root].match(text, i) is not None for root in by_root for i in at[root]]
    assert outcomes.count(True) > 5 and outcomes.count(False) > 5


def _officer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The "The planning officer (X) said" pattern, and the same without its "(" lookahead."""
    fast = _patterns._verb_patterns(VOCAB)[2]
    lookahead = r"(?=[\w\s]*\()"
    assert lookahead in fast.pattern
    return fast, re.compile(fast.pattern.replace(lookahead, "", 1), fast.flags)


@pytest.mark.parametrize("index", range(len(WRITTEN) + len(FIXTURES)))
def test_officer_lookahead_changes_no_match(index: int) -> None:
    text = _texts()[index]
    fast, slow = _officer_patterns()
    for i in range(len(text)):
        for end in (len(text), min(len(text), i + 60)):
            m, n = fast.match(text, i, end), slow.match(text, i, end)
            assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), text[i:i + 40]


def test_officer_texts_match() -> None:
    fast, _ = _officer_patterns()
    found = [(m.group("role"), m.group("name")) for m in fast.finditer(" ".join(WRITTEN[2:]))]
    assert found == [("planning officer", "Murray Hancock"), ("Senior Planning Officer", "Murray Hancock"),
                     ("clerk 2", "Ann Roe")]


def test_written_question_only_in_windows_with_by() -> None:
    """ "4.1 By Councillor Edie ... for answer by": `finditer_needed` gives `scan.finditer`'s matches."""
    question = speakers._patterns(VOCAB)[0][4]
    text = ("Questions\n4.1 By Councillor Edie Funding for answer by the Convener\n4.2 By Cllr J. Roe roads"
            " for answer\nBy Mr Poe for\nanswer\n  By  Councillor  Lee  for answer by the Leader\n") * 2
    hits = speakers._honorific_hits(text, VOCAB)
    for spans in (windows_at(hits, 40, 90, len(text)), windows_at(hits, 3, 9, len(text)), [(0, len(text))]):
        expected = [(m.span(), m.groupdict()) for m in finditer(question, text, spans)]
        assert [(m.span(), m.groupdict()) for m in finditer_needed(question, text, spans)] == expected
    assert [m.group("name") for m in finditer(question, text, [(0, len(text))])][:4] == ["Edie", "J. Roe", "Poe", "Lee"]


SPEECH = [
    "Councillor Ann McLachlan made reference to the plan. Mr G K Gibbens, added that. Cllr X MOVED the motion.",
    "Cllr Gareth Roberts, Leader of the Council said: yes. Cllr X who moved it. Mr Watts (General Counsel) confirmed.",
    "Mr Preston on behalf of the Residents Association invited. Mrs Roe also SAID. Mr Poe, the Clerk, paid tribute.",
    "Mr A Smith, Mr B Jones, Mrs C Lee, Ms D Poe, Mr E Fox, Mr F Gee, Dr G Hay and Mr H Ive sent apologies.",
    "Mr Roe said to him. Mr Roe thanked by all. COUNCILLOR ROE MOVED: x. Cllr Roe,\n\nsaid. Mr Roe PAID   TRIBUTE",
    "Mr Roe registered to speak. Mr Roe stated\u00a0that. Mr Roe ſaid. Mr Roe \u212aommented. Mr Roe commentedly.",
    "said Councillor Mrs Pam Bosworth. Moved by: Cllr Dr Mx Roe. asked COUNCILLOR  MRS\nROE. address by Mr Lord Poe",
    "question from Cllr x. prop. Mr.Bonnett, 2nd Mr. Ward. presentation of a cheque by the past Chairman, Councillor X",
]


def test_by_first_letter_regroups_plain_words_only() -> None:
    assert _patterns.by_first_letter(r"said|stated|added|paid\ tribute|Sighed") == \
        r"s(?:aid|tated|ighed)|a(?:dded)|p(?:aid\ tribute)"
    for unchanged in ("a|b(c)", r"a\d|b", "a?b|c", "Ā|a", "a[|]b", "2nd|second", "a.|b"):
        assert _patterns.by_first_letter(unchanged) == unchanged


@pytest.mark.parametrize("index", range(len(SPEECH) + len(WRITTEN) + len(FIXTURES)))
def test_regrouped_patterns_change_no_match(index: int) -> None:
    """The patterns near an honorific with their verbs and later honorifics regrouped match what they
    match with them as written, at every offset."""
    text = (SPEECH + _texts())[index]
    for fast, slow in zip(speakers._patterns(VOCAB)[0][:4], speakers._patterns(VOCAB, regrouped=False)[0][:4]):
        assert fast.pattern != slow.pattern
        for i in range(len(text)):
            m, n = fast.match(text, i), slow.match(text, i)
            assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), text[i:i + 40]


def test_speech_texts_match() -> None:
    fast = _patterns.at_honorific(VOCAB)
    verbs = [m.group("verb") for m in fast.finditer(" ".join(SPEECH))]
    assert len(verbs) == 13 and "PAID   TRIBUTE" not in verbs and "ſaid" in verbs and "paid tribute" in verbs
    text = " ".join(SPEECH[-2:])
    names = [[m.group("name") for m in p.finditer(text)] for p in speakers._patterns(VOCAB)[0][1:4]]
    assert names == [["Pam Bosworth", "ROE"], ["Roe", "Bonnett", "Ward"], ["Poe", "X"]]


FULLER = [
    "Present: Mrs S Hammond, Sarah Hammond (Corporate Director), Mr D Watkins and Councillor Mrs Pam Bosworth.",
    "Cllr. Ann\tRoe, Mr.Roe, Roe (Clerk), Ms D O'Brien, Dr Hay, DR HAY, Deputy Mayor Tom Rackers; Madam J Meade",
    "C.Stocking spoke. Mr C.Stocking (Chair) and Councillors D Richardson, Richardson said, Ann Roe's view",
    "Councillor " + "x" * 45 + " Hammond, Mr A B C D Hammond, Mr\nHammond, Roe-Smith, Mr Roe-Smith (Clerk)",
]


def test_fuller_forms_found() -> None:
    holders = Holders(make_doc(" ".join(FULLER)), VOCAB)
    assert holders._find_written("Hammond") == {"S Hammond", "Sarah Hammond", "Hammond"}  # "Mr\nHammond"
    assert holders._find_written("Stocking") == {"C. Stocking"}
    assert holders._find_written("Roe") == {"Ann Roe", "Roe"}  # "Cllr. Ann\tRoe", "Roe (Clerk)"
    assert holders._find_written("Richardson") == set()  # "Councillors D Richardson": a group, not a form


LIST_ITEMS = [
    "(a) Mr Watts (General Counsel) confirmed the terms.", "• Casual vacancy on the resignation of Councillor Shane Clifford.",
    "b) COUNCILLOR ROE SAID that", "c) councillor roe said so", "2. The Clerk said. Cllr Poe, the Leader, added:",
    "(ii) Mr Roe", "- Mrs Lee also explained", "",
]


@pytest.mark.parametrize("index", range(len(LIST_ITEMS) + len(FIXTURES)))
def test_someone_speaks_is_the_search(index: int) -> None:
    text = (LIST_ITEMS + [p.read_text(encoding="utf-8") for p in FIXTURES])[index]
    other = speakers._patterns(VOCAB)[0][0]
    for start in range(0, len(text) + 1, 7):
        for end in (len(text), min(len(text), start + 30)):
            assert _contributions._someone_speaks(text, start, end, VOCAB) == (other.search(text, start, end) is not None)


def test_someone_speaks_in_items() -> None:
    assert [_contributions._someone_speaks(t, 0, len(t), VOCAB) for t in LIST_ITEMS] == \
        [True, False, True, False, True, False, True, False]  # "councillor roe": a name is capitalised


def _regrouped_patterns() -> list[re.Pattern[str]]:
    """The case-insensitive patterns that read honorifics `by_first_letter` (never led by a needle)."""
    return [_contributions._chain_before(VOCAB), _mentions._chain_before(VOCAB), _subject._person_pattern(VOCAB),
            _lists._opens_with_honorific(VOCAB), _holders._group_word_pattern(VOCAB), speakers._one_honorific(VOCAB),
            names._one_honorific(VOCAB), roles._patterns(VOCAB)[0]]


@pytest.mark.parametrize("index", range(len(_regrouped_patterns())))
def test_regrouped_honorifics_change_no_match(index: int) -> None:
    """Each matches, and searches up to a name, as it does with the honorifics as written."""
    fast = _regrouped_patterns()[index]
    grouped, written = names.honorific_pattern(VOCAB, regrouped=True), names.honorific_pattern(VOCAB)
    assert grouped in fast.pattern and fast.flags & re.I
    slow = re.compile(fast.pattern.replace(grouped, written), fast.flags)
    for text in SPEECH + FULLER + WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES[:6]]:
        for i in range(len(text)):
            for m, n in ((fast.match(text, i), slow.match(text, i)),
                         (fast.search(text, max(0, i - 40), i), slow.search(text, max(0, i - 40), i))):
                assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), text[i:i + 40]


def test_by_first_letter_cased_keeps_case() -> None:
    assert _patterns.by_first_letter("Cllr|cllr|Councillor|Mr", cased=True) == "C(?:llr|ouncillor)|c(?:llr)|M(?:r)"


def _cased_patterns() -> list[re.Pattern[str]]:
    """The case-sensitive patterns that read honorifics by first letter as written (never led by a needle)."""
    return [listnames.boundary(VOCAB), names._chain_end(VOCAB), listnames.person_start(VOCAB),
            people._honorific_opening(VOCAB), people._splitters(VOCAB)[3], *_holders._beside(VOCAB),
            _holders._fuller_pattern(VOCAB), _contributions._carrying(VOCAB)[1]]


@pytest.mark.parametrize("index", range(len(_cased_patterns())))
def test_cased_regrouped_honorifics_change_no_match(index: int) -> None:
    fast = _cased_patterns()[index]
    grouped, written = names.honorific_pattern(VOCAB, regrouped=True, cased=True), names.honorific_pattern(VOCAB)
    assert grouped in fast.pattern and not fast.flags & re.I
    slow = re.compile(fast.pattern.replace(grouped, written), fast.flags)
    lists = ["Mr A Smith, mr B Jones and Mrs C Lee Cllr D Poe; Officer Mr David Munro, Deputy Mayor Tom Roe",
             "COUNCILLOR ROE, Councillor Mrs Pam Bosworth for Mr X (Assistant Director Ms Y) cllr Z, Dr.Who Dr Who"]
    for text in lists + SPEECH + FULLER + WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES[:6]]:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in slow.finditer(text)]
        for i in range(len(text)):
            for m, n in ((fast.match(text, i), slow.match(text, i)),
                         (fast.search(text, max(0, i - 70), i), slow.search(text, max(0, i - 70), i))):
                assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), text[i:i + 40]


def test_cased_boundaries_found() -> None:
    text = "Mr A Smith, mr B Jones and Mrs C Lee Cllr D Poe; Officer Mr David Munro"
    assert [text[m.end():m.end() + 4] for m in listnames.boundary(VOCAB).finditer(text)] == ["Mrs ", "Cllr", "Mr D"]
