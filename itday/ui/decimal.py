"""A number field for metres that takes « 12,5 » and « 12.5 » alike.

In the French interface Qt's ``QDoubleSpinBox`` expects a comma and silently drops a typed
point, so « 12.5 » became 125 m.  ``DecimalSpinBox`` reads either mark as the decimal one
(no thousands separators: nobody types a hall of 1.000 m)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox


class DecimalSpinBox(QDoubleSpinBox):
    def _normal(self, text: str) -> str:
        point = self.locale().decimalPoint()
        other = "." if point == "," else ","
        return text.replace(other, point)

    def validate(self, text: str, pos: int):  # noqa: D401 (Qt API)
        return super().validate(self._normal(text), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt API)
        return super().valueFromText(self._normal(text))
