"""Work around a reference-counting bug of PySide6 6.12 on Python 3.11.

Measured here: every signal delivered to a Python slot drops one reference to ``True``
(``sys.getrefcount(True)`` falls by one per emit).  After a few hundred emissions ``True``
is "freed": the interpreter aborts (``bool_dealloc``) or signals get lost.  Python 3.12
and later make ``True``/``False``/``None`` immortal, so the bug is harmless there.

``apply()`` raises the reference counts of those singletons far out of reach, once.  It
does nothing on Python 3.12+ and with other PySide6 versions (6.11.3 is not affected).  Call it before the first signal (idempotent and instant).
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_applied = False


def apply() -> None:
    global _applied
    import PySide6

    if (
        _applied
        or sys.version_info >= (3, 12)
        or sys.implementation.name != "cpython"
        or not PySide6.__version__.startswith("6.12")
    ):
        return
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _applied = True
