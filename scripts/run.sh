#!/usr/bin/env bash
# Installs the runtime into .venv and runs Biên niên on the bundled articles.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python -m dashboard "$@"
