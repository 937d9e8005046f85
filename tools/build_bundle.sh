#!/usr/bin/env bash
# Builds the one-folder bundle for the reception laptops with the README's build command (in a
# brand-new virtualenv .venv-build holding only the locked versions of requirements/bundle.lock,
# not the test extra) and checks that it runs: every part the laptops use is exercised by the
# frozen binary (Qt offscreen in French and English, the database and its migrations, badges
# and reports in PDF, XLSX export, QR decoding of an image and of a video through OpenCV).
# Fails if the bundle is over 350 MB unpacked.
#     tools/build_bundle.sh
set -euo pipefail
PS4="+ build_bundle: "
cd "$(dirname "$0")/.."
# The README's build command (tests/unit/test_bundle_lock.py keeps the two in step)
BUILD='python3 -m venv --clear .venv-build && .venv-build/bin/pip install -q --require-hashes -r requirements/bundle.lock && .venv-build/bin/pip install -q --no-deps --no-build-isolation -e . && .venv-build/bin/pyinstaller --noconfirm build.spec'
bash -c "$BUILD"
py=.venv-build/bin/python
bin=dist/itday/itday
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" --version
# The console executable runs the same program (itday-cli.exe on Windows, for the commands)
dist/itday/itday-cli --version
# The versions of the components come from their metadata, copied into the bundle
if "$bin" about --json | grep -q '"version": "?"'; then
  "$bin" about && echo "bundle: a component's metadata is missing (build.spec copy_metadata)" && exit 1
fi
"$bin" demo --db "$work/demo.sqlite" >/dev/null
QT_QPA_PLATFORM=offscreen "$bin" gui --db "$work/demo.sqlite" --screenshot "$work/bundle.png" --page plan
test -s "$work/bundle.png"
# English must be there (the app's .qm and Qt's own)
test -s dist/itday/_internal/resources/translations/itday_en.qm
ls dist/itday/_internal/PySide6/Qt/translations/qtbase_fr.qm >/dev/null
QT_QPA_PLATFORM=offscreen "$bin" gui --db "$work/demo.sqlite" --screenshot "$work/en.png" --lang en --page stats
test -s "$work/en.png"
"$bin" badges "$work/badges.pdf" --db "$work/demo.sqlite" --only 1 2 3 >/dev/null
test -s "$work/badges.pdf"
"$bin" export "$work/export" --db "$work/demo.sqlite" >/dev/null
test -s "$work/export/export.xlsx" && test -s "$work/export/report.pdf"
# PDF pages to images through QtPdf (no poppler on the Windows laptops)
env PATH=/nonexistent "$bin" plan "$work/plan.png" --db "$work/demo.sqlite" >/dev/null
test -s "$work/plan.png"
# QR decoding: a printed badge (rasterised by poppler when present) and a short queue video
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 150 -f 1 -l 1 "$work/badges.pdf" "$work/badge"
  "$bin" decode "$work"/badge-1.png | grep -q "ITD-"
fi
"$bin" attendees --json --db "$work/demo.sqlite" > "$work/people.json"
"$py" -m benchmarks.make_video --codes-json "$work/people.json" --count 3 --out "$work/queue.avi" >/dev/null
"$bin" replay "$work/queue.avi" --db "$work/demo.sqlite" --json | grep -q '"scans": 3,'
# No link left pointing at a library that the spec left out
if [ -n "$(find dist/itday -xtype l)" ]; then
  echo "bundle: dangling links:" && find dist/itday -xtype l && exit 1
fi
bytes=$(du -sb dist/itday | cut -f1)
mb=$(( bytes / 1000000 ))
echo "bundle: ${mb} MB unpacked ($(du -sh dist/itday | cut -f1)iB; target ≤ 350 MB); all checks OK"
if [ "$mb" -gt 350 ]; then
  echo "bundle: over the 350 MB target (see tools/slim_bundle.py and build.spec)" && exit 1
fi
