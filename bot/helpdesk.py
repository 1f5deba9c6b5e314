"""Human help ("Tanya relawan") rules that need no Telegram and no database.

How long a worker usually waits is *computed* from recent first replies (the median of the
last 20; fewer than 3 and we say we do not know yet), never promised. A moderator's quiet hours
are wall-clock times in WIB and may wrap past midnight ("22:00"–"07:00").
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from datetime import time

MIN_SAMPLES = 3
_HM = re.compile(r"^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$")


def usual_wait(first_reply_seconds: Sequence[float]) -> tuple[str, dict[str, int]]:
    """A catalog key and its values describing the usual wait for a first reply.

    :param first_reply_seconds: recent waits, in seconds
    """
    if len(first_reply_seconds) < MIN_SAMPLES:
        return "help_wait_unknown", {}
    median = statistics.median(first_reply_seconds)
    hours = round(median / 3600)
    if hours < 1:
        return "help_wait_minutes", {"n": max(1, round(median / 60))}
    if hours < 48:
        return "help_wait_hours", {"n": hours}
    return "help_wait_days", {"n": round(median / 86400)}


def parse_hm(text: str) -> str:
    """``"22:00"`` from ``22:00``, ``22.00`` or ``7:5``-like input with two-digit minutes.

    :raises ValueError: not a time of day
    """
    match = _HM.match(text.strip())
    if match is None:
        raise ValueError(text)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def in_quiet_hours(now: time, start: str | None, end: str | None) -> bool:
    """Whether ``now`` (WIB) falls in the quiet hours ``start``–``end`` (may wrap midnight).

    :param now: the time of day in WIB
    :param start: ``HH:MM`` or ``None`` (no quiet hours)
    :param end: ``HH:MM`` or ``None``
    """
    if not start or not end or start == end:
        return False
    s, e = time.fromisoformat(start), time.fromisoformat(end)
    now = now.replace(second=0, microsecond=0, tzinfo=None)
    return s <= now < e if s < e else (now >= s or now < e)
