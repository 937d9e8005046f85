"""The bundle is built from requirements/bundle.lock, the README's command, in step (issue 16)."""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "bundle.lock"


def locked() -> dict[str, list[Version]]:
    """Name → every version pinned in the lock (a package may have one per Python range)."""
    pins: dict[str, list[Version]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if m:
            pins.setdefault(canonicalize_name(m.group(1)), []).append(Version(m.group(2)))
    return pins


def bundle_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    lines = project["dependencies"] + extras["build"] + extras["postgres"]
    for line in (ROOT / "requirements" / "bundle.in").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return [Requirement(line) for line in lines]


def test_every_bundle_requirement_is_locked_within_its_range():
    pins = locked()
    stale = []
    for req in bundle_requirements():
        versions = pins.get(canonicalize_name(req.name))
        if not versions:
            stale.append(f"{req.name} missing")
            continue
        for version in versions:
            if not req.specifier.contains(version, prereleases=True):
                stale.append(f"{req.name}=={version} outside {req.specifier}")
    assert not stale, "requirements/bundle.lock is stale (run tools/lock_bundle.sh): " + ", ".join(
        stale
    )


def test_lock_carries_hashes_for_every_pin():
    text = LOCK.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z])", text.split("\n", 3)[-1])
    pinned = [b for b in blocks if re.match(r"^[A-Za-z0-9_.\-]+==", b)]
    assert len(pinned) >= 20
    assert all("--hash=sha256:" in b for b in pinned)


def test_bundle_keeps_the_opencv_release_that_fits():
    # OpenCV 5.x brought 172 MB of libraries and the bundle over 350 MB.
    assert locked()["opencv-python-headless"] == [Version("4.11.0.86")]


def test_pyside_pin_is_in_the_lock():
    assert all(v < Version("6.12") for v in locked()["pyside6-essentials"])


def test_readme_build_command_is_the_one_the_bundle_script_runs():
    script = (ROOT / "tools" / "build_bundle.sh").read_text(encoding="utf-8")
    command = re.search(r"^BUILD='(.+)'$", script, re.M).group(1)
    assert "requirements/bundle.lock" in command and "--require-hashes" in command
    assert "[test]" not in command
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert command in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "tools/build_bundle.sh" in ci


def test_bundle_excludes_no_module_that_itday_uses():
    """A module left out of the bundle must not be used by itday (numpy.fft broke the decoder)."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    block = spec[spec.index("excludes = [") : spec.index("]", spec.index("excludes = ["))]
    excluded = set(re.findall(r'"([A-Za-z0-9_.]+)"', block))
    aliases = {"np": "numpy", "cv2": "cv2", "numpy": "numpy"}
    used: set[str] = set()
    for source in (ROOT / "itday").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        used.update(re.findall(r"^\s*(?:from|import)\s+([A-Za-z0-9_.]+)", text, re.M))
        for alias, module in aliases.items():
            used.update(
                f"{module}.{sub}" for sub in re.findall(rf"\b{alias}\.([a-z_0-9]+)\.", text)
            )
    clash = sorted(m for m in used if any(m == e or m.startswith(e + ".") for e in excluded))
    assert not clash, f"build.spec leaves out modules that itday uses: {clash}"
