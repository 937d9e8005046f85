"""A headline number in a card: a caption, the big number, a line of detail."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CARD_STYLE = """
#statCard { background: #ffffff; border: 1px solid #c9d6df; border-radius: 6px; }
#statCaption { color: #4a5a6a; font-size: 11pt; }
#statValue { color: #1d3557; font-size: 26pt; font-weight: bold; }
#statDetail { color: #4a5a6a; font-size: 10pt; }
"""


class NumberCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        self.value = QLabel("—")
        self.value.setObjectName("statValue")
        self.detail = QLabel("")
        self.detail.setObjectName("statDetail")
        self.detail.setWordWrap(True)
        for w in (self.caption, self.value, self.detail):
            layout.addWidget(w)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()} : {value}. {detail}")
