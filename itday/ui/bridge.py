"""App-wide notices: one small bridge object that pages connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MessageBridge(QObject):
    #: a table changed ("attendees", "scans", "booths", "exhibitors", "events"...)
    data_changed = Signal(str)
    #: the edition shown changed (its id)
    event_changed = Signal(int)
    #: a notice for the status bar: level ("info", "warning", "error") and text
    message_posted = Signal(str, str)
    #: organiser mode switched on (True) or off
    role_changed = Signal(bool)
    #: something the clerk must read and acknowledge (the base reopened): its text
    banner_posted = Signal(str)

    def info(self, text: str) -> None:
        self.message_posted.emit("info", text)

    def warning(self, text: str) -> None:
        self.message_posted.emit("warning", text)

    def error(self, text: str) -> None:
        self.message_posted.emit("error", text)
