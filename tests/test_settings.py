from __future__ import annotations

import pytest

from minutes_cli import Settings
from minutes_cli.errors import ConfigError


def test_defaults_are_valid_and_hashable() -> None:
    assert hash(Settings()) == hash(Settings())
    assert Settings().date_order == "auto"


@pytest.mark.parametrize(
    "mapping,fragment",
    [
        pytest.param({"date_ordr": "DMY"}, "did you mean 'date_order'", id="typo-suggests"),
        pytest.param({"nonsense": 1}, "unknown setting 'nonsense'", id="unknown-key"),
        pytest.param({"date_order": "DDMM"}, "must be one of", id="bad-choice"),
        pytest.param({"max_bytes": "big"}, "wrong type", id="bad-type"),
        pytest.param({"max_bytes": True}, "wrong type", id="bool-is-not-int"),
        pytest.param({"max_bytes": 0}, "positive", id="non-positive"),
        pytest.param({"stages": ["structure", "nosuch"]}, "unknown stage", id="unknown-stage"),
    ],
)
def test_from_mapping_rejects(mapping: dict, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        Settings.from_mapping(mapping)


def test_from_mapping_accepts_a_list_of_stages() -> None:
    s = Settings.from_mapping({"stages": ["structure", "dates"], "date_order": "MDY"})
    assert s.stages == ("structure", "dates") and s.date_order == "MDY"
