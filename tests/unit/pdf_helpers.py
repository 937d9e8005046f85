"""Helpers shared by the PDF tests: text and images out of a PDF with poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image


def pdf_text(path: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_fonts(path: Path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path, out_dir: Path, dpi: int = 150) -> list[Image.Image]:
    prefix = out_dir / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True)
    return [Image.open(p) for p in sorted(out_dir.glob("page*.png"))]
