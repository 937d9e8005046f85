"""Print backends: where a badge PDF goes, and what the printer says about it.

One interface (``PrintBackend``), two implementations:

* ``CupsBackend`` (Linux, macOS): the PDF goes to a CUPS queue over IPP; the job is then
  followed (job-state, printer-state-reasons) so that « printed » means the queue processed
  it, and a paused, switched-off or empty printer is told apart.  No widgets, no Qt: the
  command line, the Accueil page and the kiosk use it the same way.
* ``itday.ui.printing.QtPrintBackend`` (Windows): the pages are painted on a ``QPrinter``;
  the Windows spooler tells nothing back, so a job it accepts counts as printed.

``default_backend()`` picks CUPS everywhere but on Windows (where the caller passes the Qt
backend).  The badge workflow on top (queue, retries, arrival rule) is in
``itday.services.printing.badges``.
"""

from __future__ import annotations

from itday.services.printing.backend import JobInfo, PrintBackend, PrinterInfo, PrintFailure

__all__ = ["JobInfo", "PrintBackend", "PrintFailure", "PrinterInfo", "default_backend"]


def default_backend() -> PrintBackend:
    """The CUPS backend (``CUPS_SERVER`` or the local server)."""
    from itday.services.printing.cups import CupsBackend

    return CupsBackend()
