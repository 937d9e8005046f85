"""Keyboard-wedge (USB barcode scanner) input, recognised from anywhere in the application.

A USB scanner is a keyboard: it "types" the badge code very fast, then Enter.  While the
Accueil page is shown, ``ScannerFilter`` is installed on the ``QApplication`` and watches
every key press delivered to the focused widget.

**The rule.**  Printable key presses are buffered while each follows the previous one by less
than ``max_gap_ms`` (50 ms: a fast typist manages about 80–120 ms between keys; a scanner
types a key every 1–20 ms).  The keys are *not* consumed: they reach the focused widget as
usual, so a form never loses its focus nor its keystrokes when a human types.  When Enter or
Return comes, itself less than ``max_gap_ms`` after the last key, and the burst holds at
least ``min_length`` characters, the burst is a scan:

* the burst's characters are removed again from the focused text field (a ``QLineEdit``
  whose text before the cursor ends with them; other widgets never received text), so the
  field is exactly as it was before the scanner typed into it;
* the Enter is consumed (no dialog is accepted, no form submitted by the scanner's Enter);
* ``scanned(code)`` is emitted once.

The gaps are measured on the key events' own time stamps (when the keyboard sent them), not
on when the application got round to them: if the window is busy for a moment, a key the
clerk typed and a scan that followed reach the filter back to back, and a clock read at
handling time would glue them into one wrong code (``xITD-…``).

Anything else (a slow key, a short burst, Enter after a pause) passes through untouched.
Key presses while a modal dialog is open are left alone (the walk-in form, confirmations):
the scanner types into the dialog like a keyboard.  The clock and thresholds are injectable
so that tests are deterministic.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _ms() -> float:
    return time.perf_counter() * 1000.0


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: float = 50.0,
        min_length: int = 6,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.clock = clock
        self._chars: list[str] = []
        self._last = -1e18
        self._target: QWidget | None = None
        self.installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True
        self.reset()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self.installed:
            app.removeEventFilter(self)
        self.installed = False
        self.reset()

    def reset(self) -> None:
        self._chars = []
        self._target = None

    # -- the filter ---------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress:
            return False
        # A key event is offered to the window, then the focus widget, then its parents if
        # ignored: count it once, at the focus widget (or the window when nothing has focus).
        focus = QApplication.focusWidget()
        if focus is not None:
            if obj is not focus:
                return False
        elif not (isinstance(obj, QWidget) and obj.isWindow()):
            return False
        if QApplication.activeModalWidget() is not None:
            self.reset()
            return False
        now = self._when(event)
        gap = now - self._last
        self._last = now
        key = event.key()
        if key in ENTER_KEYS:
            burst = "".join(self._chars)
            target = self._target
            self.reset()
            if len(burst) >= self.min_length and gap < self.max_gap_ms:
                self._remove_from(target, burst)
                self.scanned.emit(burst)
                return True
            return False
        text = event.text()
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if not text or not text.isprintable() or modifiers:
            if key not in (Qt.Key.Key_Shift, Qt.Key.Key_AltGr):  # shift for capitals
                self.reset()
            return False
        if gap >= self.max_gap_ms or self._target is not obj:
            self._chars = []
            self._target = obj if isinstance(obj, QWidget) else None
        self._chars.append(text)
        return False

    def _when(self, event) -> float:
        """When the key was pressed (ms): the event's time stamp, else the clock."""
        if self.clock is not None:
            return self.clock()
        stamp = event.timestamp()
        return float(stamp) if stamp else _ms()

    @staticmethod
    def _remove_from(target: QWidget | None, burst: str) -> None:
        if not isinstance(target, QLineEdit) or target.isReadOnly():
            return
        text, cursor = target.text(), target.cursorPosition()
        if text[:cursor].endswith(burst):
            target.setText(text[: cursor - len(burst)] + text[cursor:])
            target.setCursorPosition(cursor - len(burst))
