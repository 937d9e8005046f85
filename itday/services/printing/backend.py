"""The interface of a print backend (``PrintBackend``) and what it says about printers and
jobs; the backends (``itday.services.printing.cups``, ``itday.ui.printing``) implement it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from itday.core.printing import Problem


@dataclass(frozen=True)
class PrinterInfo:
    name: str
    info: str = ""  # the description the administrator gave
    accepting: bool = True
    state: int = 3  # IPP printer-state: 3 idle, 4 processing, 5 stopped
    reasons: tuple[str, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class JobInfo:
    job_id: int
    state: int  # IPP job-state: 3 pending … 9 completed
    reasons: tuple[str, ...] = ()
    message: str = ""


class PrintFailure(Exception):
    """The backend could not hand the job over (or follow it): a problem and its detail."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class PrintBackend(Protocol):
    #: "cups" or "qt"
    kind: str

    def printers(self) -> list[PrinterInfo]:
        """Every printer (queue) this station can print on."""

    def default_printer(self) -> str | None:
        """The system's default printer, if any."""

    def printer(self, name: str) -> PrinterInfo:
        """The state of one printer; ``PrintFailure`` if unknown or unreachable."""

    def submit(self, printer: str, pdf: Path, *, title: str, media: str = "") -> int:
        """Hand ``pdf`` to ``printer``; the job id once the queue accepted it."""

    def job(self, printer: str, job_id: int) -> JobInfo:
        """Where job ``job_id`` is."""

    def cancel(self, printer: str, job_id: int) -> None:
        """Cancel the job if it is still in the queue (nothing if it already ended)."""
