#!/usr/bin/env bash
# Installs what the tests need and runs them all: Python packages into .venv, Debian's
# Chromium for the browser and image-export tests (when missing), then lint and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
.venv/bin/python -m ruff check dashboard tests benchmarks
# Chromium and pytest leave folders in the temporary directory: keep them in one we own.
mkdir -p test-output/tmp
export TMPDIR="$PWD/test-output/tmp"
.venv/bin/python -m pytest "$@"
