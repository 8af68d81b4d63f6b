#!/usr/bin/env bash
# Installs what the tests need and runs them all: Debian's Chromium (browser and image-export
# tests) and PostgreSQL (the corpus store's second backend) when missing, Python packages into
# .venv, then lint and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL: start the packaged cluster and make a throw-away test database
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q " main "; then
  $SUDO pg_createcluster "$pg_version" main >/dev/null
fi
$SUDO pg_ctlcluster "$pg_version" main start 2>/dev/null || true
psql_as_postgres() { $SUDO su postgres -c "psql -qtAc \"$1\""; }
for _ in $(seq 1 20); do psql_as_postgres "SELECT 1" >/dev/null 2>&1 && break; sleep 0.5; done
[ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname='biennien'")" = "1" ] ||
  psql_as_postgres "CREATE USER biennien PASSWORD 'biennien'"
[ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname='biennien_test'")" = "1" ] ||
  psql_as_postgres "CREATE DATABASE biennien_test OWNER biennien"
export BIEN_NIEN_TEST_PG="postgresql+psycopg://biennien:biennien@127.0.0.1:5432/biennien_test"

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
.venv/bin/python -m ruff check dashboard tests benchmarks
# Chromium and pytest leave folders in the temporary directory: keep them in one we own.
mkdir -p test-output/tmp
export TMPDIR="$PWD/test-output/tmp"
.venv/bin/python -m pytest "$@"
