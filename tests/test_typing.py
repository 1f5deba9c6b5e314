"""STYLE rule 13: ``mypy --strict`` passes on ``bot/`` (config in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_strict_on_bot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # mypy reads [tool.mypy] from the repository's pyproject.toml
    stdout, stderr, status = api.run(["--strict", "-p", "bot"])
    assert status == 0, f"mypy --strict -p bot failed:\n{stdout}{stderr}"
