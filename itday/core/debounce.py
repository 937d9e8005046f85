"""Debouncing of decoded codes: a badge held in front of the camera is one scan.

A webcam sees the same badge in dozens of consecutive frames.  ``Debouncer.accept`` says
True the first time a code is seen, then False for as long as it keeps being seen; it says
True again only once the code has been out of sight for ``window_s`` seconds.  Every
sighting refreshes the code's timestamp, so a badge left in view is never scanned twice.

Time is injected (``now`` in seconds, any monotonic clock), so the class is pure and
testable.  Memory stays bounded: codes not seen for ``window_s`` are forgotten.
"""

from __future__ import annotations

from collections import OrderedDict


class Debouncer:
    def __init__(self, window_s: float = 3.0) -> None:
        if window_s < 0:
            raise ValueError("window_s must be >= 0")
        self.window_s = float(window_s)
        # code -> last time seen, oldest sighting first
        self._last_seen: OrderedDict[str, float] = OrderedDict()

    def accept(self, code: str, now: float) -> bool:
        """Record a sighting of ``code`` at ``now``; True if it counts as a new scan."""
        self._forget_before(now)
        last = self._last_seen.pop(code, None)
        self._last_seen[code] = now  # most recent sighting goes last
        if last is None:
            return True
        # A clock going backwards (now < last) is treated as "still in view".
        return now - last >= self.window_s

    def reset(self) -> None:
        """Forget every code (e.g. when the station is restarted)."""
        self._last_seen.clear()

    def __len__(self) -> int:
        return len(self._last_seen)

    def _forget_before(self, now: float) -> None:
        while self._last_seen:
            code, seen = next(iter(self._last_seen.items()))
            if now - seen < self.window_s:
                break
            del self._last_seen[code]
