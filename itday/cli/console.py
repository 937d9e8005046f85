"""The streams the command line writes to, made safe for any console before the first line.

* A Windows console or a redirection in a legacy code page (cp850 in a French ``cmd``,
  cp1252 when piped to a file) cannot encode ✔, ✖, ⚠ or ⎙: ``print`` would raise
  ``UnicodeEncodeError`` halfway through a list.  Such a stream gets the ``itday-console``
  error handler: these marks become ``v``, ``x``, ``!``, ``P``, anything else it cannot
  encode ``?`` (dashes, ellipses and apostrophes their ASCII look-alikes) — « », é and the
  other letters of cp850/cp1252 stay as they are.
* The windowed ``itday.exe`` has no console at all (``sys.stdout`` is None): what a command
  would print goes nowhere instead of failing.
"""

from __future__ import annotations

import codecs
import os
import sys

#: the marks itday prints, as a console that cannot show them gets them
MARKS = {
    **{"✔": "v", "✓": "v", "✖": "x", "✗": "x", "⚠": "!", "⎙": "P", "ⓘ": "i"},
    **{"—": "-", "–": "-", "…": "...", "’": "'", "\u202f": " ", "·": "."},
}
HANDLER = "itday-console"


def _replace(error: UnicodeEncodeError) -> tuple[str, int]:
    text = error.object[error.start : error.end]
    return "".join(MARKS.get(c, "?") for c in text), error.end


codecs.register_error(HANDLER, _replace)


def _can_show_everything(stream) -> bool:
    encoding = (getattr(stream, "encoding", None) or "ascii").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-16", "utf-32")


def prepare_streams() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` safe to print any of itday's text to."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:  # the windowed executable
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif not _can_show_everything(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=HANDLER)
