"""Kind: the cues that tell minutes, decisions, agendas and news apart."""

from __future__ import annotations

import pytest

from minutes_cli import Settings, parse_text


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Council Meeting Minutes\n\nMembers Present:\n\n- Mayor N. Smith\n", "minutes",
                 id="meeting-minutes-title"),
    pytest.param("The regular meeting was convened at 6:00 P.M. by Mayor Tom Rackers. ROLL CALL The following "
                 "members were present.\n", "minutes", id="us-called-to-order-roll-call"),
    pytest.param("Site banner\n\nNotice of Meeting and Agenda\n\nThe City Council\n\n1 Order of Business\n", "agenda",
                 id="notice-of-meeting-capital-m"),
    pytest.param("That the Executive note the recommendations.\n\nOther options considered and rejected by the "
                 "Executive:\n\nDetails of any conflict of interest declared by the Leader:\n", "decision",
                 id="moderngov-decision-tail"),
    pytest.param("Wednesday, July 27, 2011\n\nPlanning Review Committee\n\nI chaired my first meeting.\n\n"
                 "No comments:\n", "news", id="blog-footer"),
    pytest.param("Summons to and Agenda for a Meeting on Monday, 3rd May, 2021\n\nTo: | All Members\n\n"
                 "A G E N D A\n\n1. Apologies\n\n2. Minutes of the meeting held on 1 April 2021\n", "agenda",
                 id="summons-and-spaced-agenda-despite-minutes-item"),
    pytest.param("Town Hall\n\nA meeting of the Board will be held in Room 2 on 4 May 2022 to transact the following "
                 "business.\n\n1. Minutes of the last meeting\n", "agenda", id="will-be-held-following-business"),
])
def test_kind(text: str, kind: str) -> None:
    assert parse_text(text)["document"]["kind"] == kind


@pytest.mark.parametrize(("text", "addition", "kind"), [
    pytest.param("Order Paper\n\nThe Clerk will read the prayers.\n", {"kind_titles": {"agenda": ["Order Paper"]}},
                 "agenda", id="kind-title"),
    pytest.param("Determination of the Board\n\nThe licence is renewed.\n",
                 {"kind_patterns": {"decision": ["9 ^Determination of the Board"]}}, "decision", id="kind-pattern"),
    pytest.param("The harbour scheme went ahead yesterday evening after a long debate.\n",
                 {"news_cues": ["yesterday evening"]}, "news", id="news-cue"),
])
def test_a_kind_word_added_in_settings_works(text: str, addition: dict[str, object], kind: str) -> None:
    assert parse_text(text)["document"]["kind"] != kind
    assert parse_text(text, settings=Settings(lexicon=addition))["document"]["kind"] == kind


@pytest.mark.parametrize(("front", "kind"), [
    pytest.param("categories: News", "news", id="categories-list-word"),
    pytest.param("category: news", "news", id="category-singular"),
    pytest.param("article_type: news\ntype: records", "news", id="article-type"),
    pytest.param("tags: [press-release, parks]", "news", id="tag-with-hyphen"),
    pytest.param("categories:\n  - parish-councils", None, id="no-kind-word"),
])
def test_front_matter_states_the_kind(front: str, kind: str | None) -> None:
    from minutes_cli.api import parse_document
    from minutes_cli.stages.metadata.kind import front_matter_kind

    doc = parse_document(f"---\n{front}\n---\n\n# Park reopens\n\nThe park reopened.\n".encode(), "n.md")
    assert front_matter_kind(doc, Settings().lexicon_key) == kind


def test_a_front_matter_kind_word_added_in_settings_works() -> None:
    text = "---\ncategories: [bulletin]\n---\n\n# Park reopens\n\nThe park reopened on Monday.\n"
    from minutes_cli.api import parse_bytes

    settings = Settings(lexicon={"front_matter_kinds": {"bulletin": "news"}})
    assert parse_bytes(text.encode(), "n.md", settings)["document"]["kind"] == "news"
