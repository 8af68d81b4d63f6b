#!/usr/bin/env bash
# Installs what the tests need into .venv and runs them all: lint, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
.venv/bin/python -m ruff check dashboard tests benchmarks
.venv/bin/python -m pytest "$@"
