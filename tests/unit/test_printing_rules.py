"""What a print came to, from what CUPS says (pure rules of itday.core.printing)."""

from __future__ import annotations

import pytest

from itday.core import printing as P
from itday.core.printing import Problem


@pytest.mark.parametrize(
    ("job", "printer", "reasons", "expected"),
    [
        (P.JOB_COMPLETED, P.PRINTER_IDLE, ["none"], (P.PRINTED, None)),
        (P.JOB_CANCELED, P.PRINTER_IDLE, [], (P.FAILED, Problem.CANCELED)),
        (P.JOB_ABORTED, P.PRINTER_IDLE, [], (P.FAILED, Problem.ABORTED)),
        (P.JOB_PENDING, P.PRINTER_STOPPED, ["paused"], (P.QUEUED, Problem.PAUSED)),
        (P.JOB_PROCESSING, P.PRINTER_PROCESSING, ["media-empty-error"],
         (P.QUEUED, Problem.MEDIA_EMPTY)),
        (P.JOB_PROCESSING, P.PRINTER_PROCESSING, ["offline-report"], (P.QUEUED, Problem.OFFLINE)),
        (P.JOB_PROCESSING, P.PRINTER_PROCESSING, ["media-jam"], (P.QUEUED, Problem.MEDIA_JAM)),
        (P.JOB_PROCESSING, P.PRINTER_PROCESSING, ["cover-open-error"],
         (P.QUEUED, Problem.DOOR_OPEN)),
        # a warning still prints (few labels left): keep waiting
        (P.JOB_PROCESSING, P.PRINTER_PROCESSING, ["media-low-warning"], (P.PRINTING, None)),
        (P.JOB_PENDING, P.PRINTER_IDLE, ["none"], (P.PRINTING, None)),
        # stopped without a reason we know
        (P.JOB_PENDING, P.PRINTER_STOPPED, ["other-error"], (P.QUEUED, Problem.STOPPED)),
        (P.JOB_STOPPED, P.PRINTER_IDLE, [], (P.QUEUED, Problem.STOPPED)),
    ],
)  # fmt: skip
def test_classify_job(job, printer, reasons, expected):
    assert P.classify_job(job, printer, reasons) == expected


def test_waiting_too_long_is_queued():
    assert P.classify_job(P.JOB_PROCESSING, P.PRINTER_PROCESSING, [], waited_out=True) == (
        P.QUEUED,
        Problem.WAITING,
    )
    # completed beats waited out
    assert P.classify_job(P.JOB_COMPLETED, waited_out=True) == (P.PRINTED, None)


def test_every_problem_has_a_message_naming_what_to_do():
    for problem in Problem:
        text = P.template(P.FAILED, problem)
        assert text and text.strip().endswith((".", "…"))
    assert "{printer}" in P.template(P.PRINTED, None)
    assert "Réimprimer" in P.template(P.ALREADY, None)


def test_media_name_is_the_layout_size_portrait():
    mm = 72 / 25.4
    assert P.media_name(54 * mm, 90 * mm) == "Custom.54x90mm"
    assert P.media_name(100 * mm, 62 * mm) == "Custom.62x100mm"
    assert P.media_name(105 * mm, 148.5 * mm) == "Custom.105x148.5mm"


def test_serious_reasons_leave_out_warnings():
    assert P.serious_reasons(["none", "media-low-warning", "offline-report", "paused"]) == [
        "offline-report",
        "paused",
    ]
