"""Per-user flood protection as a pure sliding-window counter (no telegram import)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    """What to do with one incoming update of a user."""

    ALLOW = "allow"
    NOTICE = "notice"  # the first update over the limit: tell the user once, then drop
    DROP = "drop"  # still flooding: drop silently


class FloodLimiter:
    """At most ``limit`` updates per user in any ``window`` seconds.

    Dropped updates do not count, so a user who slows down is served again as soon as the
    window has room; the notice is sent once per flood episode.

    :param limit: updates allowed per window and user
    :param window: the window in seconds
    :param clock: a monotonic clock (tests pass a fake one)
    :param max_users: users remembered at once; the idlest are forgotten beyond that
    """

    def __init__(self, limit: int, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic, max_users: int = 50_000) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_users = max_users
        self._hits: dict[int, deque[float]] = {}
        self._noticed: set[int] = set()

    def hit(self, user_id: int) -> Verdict:
        """Count one update of ``user_id`` and say whether to handle it.

        :param user_id: the Telegram user id
        """
        now = self.clock()
        hits = self._hits.get(user_id)
        if hits is None:
            if len(self._hits) >= self.max_users:
                self._forget_idle(now)
            hits = self._hits[user_id] = deque()
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._noticed.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._noticed:
            return Verdict.DROP
        self._noticed.add(user_id)
        return Verdict.NOTICE

    def _forget_idle(self, now: float) -> None:
        idle = [uid for uid, hits in self._hits.items()
                if not hits or now - hits[-1] >= self.window]
        for uid in idle:
            del self._hits[uid]
            self._noticed.discard(uid)
        if len(self._hits) >= self.max_users:  # everyone active: forget the oldest half
            oldest = sorted(self._hits, key=lambda uid: self._hits[uid][-1])
            for uid in oldest[: len(oldest) // 2]:
                del self._hits[uid]
                self._noticed.discard(uid)

    def __len__(self) -> int:
        return len(self._hits)
