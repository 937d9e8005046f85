"""tools/slim_bundle.py: what the reception bundle strips and which ICU data it keeps."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import slim_bundle  # noqa: E402

ELF_HEADER = b"\x7fELF" + bytes(60)


def test_icu_keeps_core_data_root_french_and_english():
    items = [
        "root.res",
        "fr.res",
        "fr_CA.res",
        "en_001.res",
        "en_GB.res",
        "res_index.res",
        "pool.res",
        "supplementalData.res",
        "likelySubtags.res",
        "zoneinfo64.res",
        "icuver.res",
        "metaZones.res",
        "uts46.nrm",
        "nfkc.nrm",
        "cnvalias.icu",
        "pnames.icu",
        "ulayout.icu",
        "coll/root.res",
        "coll/fr.res",
        "coll/fr_CA.res",
        "coll/ucadata.icu",
        "coll/res_index.res",
        "brkitr/root.res",
        "brkitr/thaidict.dict",
        "brkitr/cjdict.dict",
        "brkitr/line.brk",
        "zone/fr.res",
        "zone/root.res",
        "curr/en.res",
        "lang/fr.res",
        "ibm-5348_P100-1997.cnv",
        "ibm-923_P100-1998.cnv",
    ]
    removed = [
        "de.res",
        "de_CH.res",
        "zh_Hant_TW.res",
        "es_419.res",
        "ca_ES_VALENCIA.res",
        "yue.res",
        "sr_Latn.res",
        "coll/de.res",
        "coll/de_.res",
        "coll/de__PHONEBOOK.res",
        "coll/es__TRADITIONAL.res",
        "zone/ja.res",
        "curr/ru.res",
        "lang/ar.res",
        "brkitr/ja.res",
        "ibm-943_P15A-2003.cnv",
        "gb18030.cnv",
    ]
    assert slim_bundle.icu_items_to_remove(items + removed) == removed


def test_icu_languages_can_be_chosen():
    items = ["de.res", "fr.res", "coll/de.res", "coll/fr.res", "root.res"]
    assert slim_bundle.icu_items_to_remove(items, languages=("de",)) == ["fr.res", "coll/fr.res"]


def test_only_unvendored_elf_files_are_stripped(tmp_path):
    own = tmp_path / "PySide6" / "QtCore.abi3.so"
    ext = tmp_path / "python3.11" / "lib-dynload" / "_ssl.cpython-311-x86_64-linux-gnu.so"
    python = tmp_path / "libpython3.11.so.1.0"
    vendored = [
        tmp_path / "numpy.libs" / "libgfortran-040039e1-0352e75f.so.5.0.0",
        tmp_path / "opencv_python_headless.libs" / "libavcodec-c4204469.so.62",
        tmp_path / "libopenjp2-e530e1bf.so.2.5.4",
    ]
    for path in (own, ext, python, *vendored):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(ELF_HEADER)
    (tmp_path / "notes.so.txt").write_text("not a binary")
    (tmp_path / "libQt6Core.so.6").symlink_to(own)
    assert slim_bundle.strippable(tmp_path) == sorted([own, python, ext])


def _tools_missing() -> list[str]:
    tools = ["icupkg", "readelf"]
    missing = [t for t in tools if shutil.which(t) is None]
    if not any(shutil.which(c) for c in ("cc", "gcc", "clang")):
        missing.append("cc")
    return missing


def _pyside_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


CHECK = r"""
import json, sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder
app = QCoreApplication([])
words = ["zoé", "École", "eve", "Être", "abc", "Émile", "Zürich"]
out = {loc: sorted(words, key=QCollator(QLocale(loc)).sortKey) for loc in ("fr_FR", "en_GB", "de_DE")}
out["upper"] = QLocale("fr_FR").toUpper("élève à l'île")
out["cp1252"] = QStringDecoder("windows-1252").isValid()
out["maps"] = [l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l][:1]
print(json.dumps(out))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundles only")
def test_trimmed_icu_data_still_collates_and_maps_case(tmp_path):
    missing = _tools_missing()
    library = _pyside_icu_data()
    if missing or library is None:
        pytest.skip(f"needs {', '.join(missing) or 'PySide6 with ICU'}")
    out = tmp_path / library.name
    slim_bundle.trim_icu_library(library, out)
    assert out.stat().st_size < library.stat().st_size * 0.4

    def run(env_dir: Path | None) -> dict:
        env = dict(os.environ)
        if env_dir is not None:  # Qt's RUNPATH comes after LD_LIBRARY_PATH
            env["LD_LIBRARY_PATH"] = str(env_dir)
        done = subprocess.run(
            [sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, check=True
        )
        assert "Could not create collator" not in done.stderr
        return json.loads(done.stdout)

    whole, trimmed = run(None), run(tmp_path)
    assert trimmed["maps"] == [str(out)]
    assert trimmed["fr_FR"] == ["abc", "École", "Émile", "Être", "eve", "zoé", "Zürich"]
    for key in ("fr_FR", "en_GB", "de_DE", "upper", "cp1252"):
        assert trimmed[key] == whole[key], key
    assert trimmed["upper"] == "ÉLÈVE À L'ÎLE"
