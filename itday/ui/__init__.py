"""The PySide6 desktop interface.

Workaround (see ``_keep_none_alive``): PySide6/shiboken6 6.12 on CPython 3.11 drops one
reference to ``None`` on every call of a method returning void (``painter.drawRect(...)``,
``label.setText(...)``...).  None is not immortal before Python 3.12, so after some
thousands of calls its count reaches zero and the interpreter aborts ("none_dealloc").
"""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # None is immortal from 3.12 on
    import ctypes

    refcnt = ctypes.c_ssize_t.from_address(id(None))
    if refcnt.value < 1 << 40:
        refcnt.value += 1 << 40  # far more than any session can drop


_keep_none_alive()
