#!/usr/bin/env bash
# Refreshes requirements/bundle.lock: the exact versions (with their hashes, for Windows and
# Linux) that the bundle for the reception laptops is built from.  Run it after changing the
# dependencies in pyproject.toml or requirements/bundle.in, then rebuild and check the size:
#     tools/lock_bundle.sh && bash tools/build_bundle.sh
# It uses uv (https://docs.astral.sh/uv/) from a throwaway virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool" && "$tool/bin/pip" install -q uv
"$tool/bin/uv" pip compile pyproject.toml requirements/bundle.in \
  --extra build --extra postgres --universal --python-version 3.11 --generate-hashes \
  --no-header --quiet --output-file requirements/bundle.lock.new
{
  echo "# The bundle's locked versions; made by tools/lock_bundle.sh from pyproject.toml"
  echo "# (runtime dependencies, extras build and postgres) and requirements/bundle.in."
  echo "# Do not edit by hand."
  cat requirements/bundle.lock.new
} > requirements/bundle.lock
rm requirements/bundle.lock.new
echo "requirements/bundle.lock: $(grep -c '^[A-Za-z]' requirements/bundle.lock) packages"
