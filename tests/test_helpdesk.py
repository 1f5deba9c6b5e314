"""Human-help rules without Telegram: the usual wait, quiet hours."""

from __future__ import annotations

from datetime import time

import pytest

from bot.helpdesk import in_quiet_hours, parse_hm, usual_wait


def test_the_usual_wait_is_computed_not_promised() -> None:
    assert usual_wait([60.0, 120.0]) == ("help_wait_unknown", {})
    assert usual_wait([600.0, 1200.0, 1800.0]) == ("help_wait_minutes", {"n": 20})
    assert usual_wait([3600.0 * 5, 3600.0 * 3, 3600.0 * 30]) == ("help_wait_hours", {"n": 5})
    assert usual_wait([86400.0 * 3] * 3) == ("help_wait_days", {"n": 3})


@pytest.mark.parametrize(("now", "start", "end", "quiet"), [
    (time(23, 0), "22:00", "07:00", True), (time(6, 59), "22:00", "07:00", True),
    (time(7, 0), "22:00", "07:00", False), (time(12, 0), "22:00", "07:00", False),
    (time(13, 0), "12:00", "14:00", True), (time(14, 0), "12:00", "14:00", False),
    (time(3, 0), None, None, False), (time(3, 0), "05:00", "05:00", False),
])
def test_quiet_hours(now: time, start: str | None, end: str | None, quiet: bool) -> None:
    assert in_quiet_hours(now, start, end) is quiet


@pytest.mark.parametrize(("text", "hm"), [("22:00", "22:00"), ("7.30", "07:30"),
                                          (" 0:05 ", "00:05")])
def test_parse_hm(text: str, hm: str) -> None:
    assert parse_hm(text) == hm


@pytest.mark.parametrize("text", ["24:00", "7", "7:5", "jam 7", "", "12:60"])
def test_parse_hm_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hm(text)
