#!/usr/bin/env bash
# Builds the one-folder bundle for the reception laptops and checks that it runs:
# `--version`, then the demo edition rendered offscreen by the frozen binary.
#     tools/build_bundle.sh [PYTHON]      (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-.venv/bin/python}
"$py" -m pip install -q -e '.[build]'
"$py" -m PyInstaller --noconfirm --log-level WARN build.spec
bin=dist/itday/itday
"$bin" --version
work=$(mktemp -d)
"$bin" demo --db "$work/demo.sqlite" >/dev/null
QT_QPA_PLATFORM=offscreen "$bin" gui --db "$work/demo.sqlite" --screenshot "$work/bundle.png" --page plan
test -s "$work/bundle.png"
"$bin" badges "$work/badges.pdf" --db "$work/demo.sqlite" --only 1 2 3 >/dev/null
test -s "$work/badges.pdf"
# English must be there (the app's .qm and Qt's own)
test -s dist/itday/_internal/resources/translations/itday_en.qm
ls dist/itday/_internal/PySide6/Qt/translations/qtbase_fr.qm >/dev/null
QT_QPA_PLATFORM=offscreen "$bin" gui --db "$work/demo.sqlite" --screenshot "$work/en.png" --lang en --page stats
echo "bundle: $(du -sh dist/itday | cut -f1) unpacked (target ≤ 350 MB); screenshot and badges OK"
rm -rf "$work"
