"""Make the one-folder bundle smaller on Linux, after PyInstaller has written it.

    python tools/slim_bundle.py dist/itday        (build.spec calls `slim` itself)

Two steps, each skipped with a warning when its tool is missing (the bundle then works, only
bigger):

1. **Strip** the symbols of the Linux binaries that carry them (Python's own library and many
   extension modules ship with debug information: about 40 MB).  PyInstaller's `strip=True`
   cannot be used: it also strips the libraries that auditwheel vendored into the wheels
   (`numpy.libs/`, `*-<hash>.so`), whose segments patchelf moved, and NumPy or OpenCV then
   fail with "ELF load command address/offset not page-aligned".  Those are left alone.
2. **Trim the ICU data** that Qt Core links (`libicudata.so.73`, 32 MB): Qt uses ICU for
   collation, case mapping and legacy text codecs.  The bundle keeps the core data, the root
   locale, French and English (every region), the break rules and their dictionaries, and
   two 8-bit codecs (Windows-1252, ISO-8859-15); it drops the other languages' locale data
   and the other codec tables.  Missing locales fall back to the root locale.  The package is edited with ICU's
   own `icupkg` and relinked as a data library exporting the same symbol.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# Libraries renamed by auditwheel: libfoo-1a2b3c4d.so.1 (numpy's: libfoo-1a2b3c4d-5e6f7a8b.so)
VENDORED = re.compile(r"-[0-9a-f]{8}(-[0-9a-f]{8})?\.so")

# ICU locale identifiers: fr, fr_CA, zh_Hant_TW, es_419, ca_ES_VALENCIA.  Other resource
# bundles (supplementalData, zoneinfo64, res_index, pool, root…) never match.
# (Collation also has "de_.res" and "de__PHONEBOOK.res" bundles.)
LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_(?:[A-Z]{2}|\d{3}))?(_{1,2}[A-Z0-9]+|_)?$")
ICU_LANGUAGES = ("fr", "en")
ICU_CODECS = ("ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv")  # Windows-1252, ISO-8859-15
ICU_DATA_SYMBOL = re.compile(r"\bicudt(\d+)_dat\b")


def _warn(message: str) -> None:
    print(f"slim_bundle: {message}", file=sys.stderr)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == ELF_MAGIC


def strippable(folder: Path) -> list[Path]:
    """The ELF files of the bundle that may be stripped (not the auditwheel-vendored ones)."""
    found = []
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        if path.parent.name.endswith(".libs") or VENDORED.search(path.name):
            continue
        if _is_elf(path):
            found.append(path)
    return found


def strip_debug_info(folder: Path) -> int:
    """Strip the bundle's binaries; returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        _warn("`strip` not found (binutils): binaries keep their symbols")
        return 0
    saved = 0
    for path in strippable(folder):
        before = path.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def icu_items_to_remove(
    items: Iterable[str], languages: Iterable[str] = ICU_LANGUAGES
) -> list[str]:
    """Which items of an ICU data package (as `icupkg -l` names them) the bundle leaves out."""
    keep_languages = {"root", *languages}
    removed = []
    for item in items:
        name = item.rsplit("/", 1)[-1]
        stem, _, ext = name.rpartition(".")
        if ext == "cnv":
            drop = name not in ICU_CODECS
        elif ext == "res" and LOCALE_ID.match(stem):
            drop = stem.split("_", 1)[0] not in keep_languages
        else:
            drop = False
        if drop:
            removed.append(item)
    return removed


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ICU data blob exported by libicudata."""
    out = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 8 and ICU_DATA_SYMBOL.fullmatch(fields[7]) and fields[6] != "UND":
            address, size = int(fields[1], 16), int(fields[2], 0)
            return fields[7], _file_offset(library, address), size
    raise ValueError(f"{library.name}: no icudt…_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    out = subprocess.run(
        ["readelf", "-W", "-l", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
    raise ValueError(f"{library.name}: address {address:#x} is in no loaded segment")


def _soname(library: Path) -> str:
    out = subprocess.run(
        ["readelf", "-d", str(library)], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(r"\(SONAME\).*\[(.+)\]", out)
    return match.group(1) if match else library.name


def trim_icu_library(library: Path, out: Path, languages: Iterable[str] = ICU_LANGUAGES) -> None:
    """Write to `out` a copy of libicudata holding only what `icu_items_to_remove` keeps."""
    symbol, offset, size = _data_symbol(library)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{symbol[:-4]}l.dat"  # icudt73l.dat: little-endian package
        with library.open("rb") as f:
            f.seek(offset)
            package.write_bytes(f.read(size))
        listing = subprocess.run(
            ["icupkg", "-l", str(package)], check=True, capture_output=True, text=True
        ).stdout.split()
        removed = work / "removed.txt"
        removed.write_text("\n".join(icu_items_to_remove(listing, languages)) + "\n")
        # icupkg names the items after the output file: it must keep the package's name
        (work / "out").mkdir()
        trimmed = work / "out" / package.name
        subprocess.run(
            ["icupkg", "-r", str(removed), str(package), str(trimmed)],
            check=True,
            capture_output=True,
        )
        source = work / "icudata.S"
        source.write_text(
            '\t.section .note.GNU-stack,"",@progbits\n'
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{trimmed}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
        )
        subprocess.run(
            [
                _compiler(),
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{_soname(library)}",
                "-o",
                str(out),
                str(source),
            ],
            check=True,
        )


def _compiler() -> str:
    for name in ("cc", "gcc", "clang"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("cc")


def trim_icu_data(folder: Path) -> int:
    """Trim every libicudata of the bundle in place; returns the bytes saved."""
    missing = [tool for tool in ("icupkg", "readelf") if shutil.which(tool) is None]
    if not any(shutil.which(c) for c in ("cc", "gcc", "clang")):
        missing.append("cc")
    libraries = [p for p in folder.rglob("libicudata.so*") if p.is_file() and not p.is_symlink()]
    if not libraries:
        return 0
    if missing:
        _warn(f"{', '.join(missing)} not found (icu-devtools, gcc): ICU data kept whole")
        return 0
    saved = 0
    for library in libraries:
        before = library.stat().st_size
        trimmed = library.with_name(library.name + ".trimmed")
        trim_icu_library(library, trimmed)
        trimmed.replace(library)
        saved += before - library.stat().st_size
    return saved


def slim(folder: Path) -> None:
    if not sys.platform.startswith("linux"):
        return
    stripped = strip_debug_info(folder)
    icu = trim_icu_data(folder)
    print(
        f"slim_bundle: stripped {stripped / 1e6:.0f} MB of symbols, "
        f"trimmed {icu / 1e6:.0f} MB of ICU data"
    )


if __name__ == "__main__":
    slim(Path(sys.argv[1]))
