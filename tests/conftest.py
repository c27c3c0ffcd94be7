from __future__ import annotations

import pytest

from minutes_cli import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings()
