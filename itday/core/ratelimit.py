"""Failed guesses, counted: the stands' server slows down whoever guesses codes.

A phone that types a wrong kit code, opens a wrong pairing link or types badge codes
nobody holds fails; ``FailureLimiter`` counts failures in a sliding window per key (the
phone's network address) and over all keys (a guesser changing address), and tells how
long to wait before the next try.  Pure: the clock is given, nothing is locked (the server
holds a lock around it).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class FailureLimiter:
    """At most ``limit`` failures per ``window`` seconds for one key, and ``overall``
    failures per window for all keys together."""

    def __init__(
        self,
        limit: int = 10,
        window: float = 60.0,
        overall: int = 200,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self.overall = overall
        self.clock = clock
        self._by_key: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()

    def _trim(self, times: deque[float], now: float) -> None:
        while times and times[0] <= now - self.window:
            times.popleft()

    def wait(self, key: str) -> float:
        """Seconds ``key`` must wait before its next try (0: it may try now)."""
        now = self.clock()
        times = self._by_key.get(key)
        waits = [0.0]
        if times is not None:
            self._trim(times, now)
            if len(times) >= self.limit:
                waits.append(times[0] + self.window - now)
            if not times:
                del self._by_key[key]
        self._trim(self._all, now)
        if len(self._all) >= self.overall:
            waits.append(self._all[0] + self.window - now)
        return max(waits)

    def failed(self, key: str) -> None:
        """Count one failure of ``key``."""
        now = self.clock()
        self._by_key.setdefault(key, deque()).append(now)
        self._all.append(now)
        if len(self._by_key) > 10_000:  # a flood of addresses: forget the quiet ones
            for k in [k for k, t in self._by_key.items() if not t or t[-1] <= now - self.window]:
                del self._by_key[k]
