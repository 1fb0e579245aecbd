#!/usr/bin/env bash
# Every check of the repository, in the order a failure is cheapest to read:
# types, lint, unit and database tests (SQLite always, PostgreSQL when one is
# configured), then the browser test against the started portal.
#
# In CI (CI set), a missing PostgreSQL, Docker Compose oracle or Chromium is a
# failure. On a developer's machine those legs are skipped with a notice that
# says how to enable them.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

missing() {
  if [[ -n ${CI:-} ]]; then
    printf 'FAILED: %s\n' "$1" >&2
    exit 1
  fi
  printf 'NOTICE: %s\n' "$1" >&2
}

# PostgreSQL: Backstage's TestDatabases reads one connection string per
# version, for example BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING.
if ! env | grep -q '^BACKSTAGE_TEST_DATABASE_POSTGRES[0-9]*_CONNECTION_STRING='; then
  missing "the PostgreSQL leg of the database tests is skipped. To run it, \
start PostgreSQL and set BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING \
(for example postgresql://user:secret@localhost:5432)."
fi

# Docker Compose v2 judges what a compose file means in the differential tests.
if [[ -z ${COMPOSE_ORACLE:-} && -x ../shared/tools/compose-oracle ]]; then
  COMPOSE_ORACLE=$(../shared/tools/compose-oracle)
  export COMPOSE_ORACLE
fi

chromium=${PLAYWRIGHT_CHROMIUM_PATH:-/usr/bin/chromium}

step "Type-check"
yarn tsc

step "Lint"
yarn backstage-cli repo lint

step "Unit, integration and database tests"
CI=${CI:-true} yarn backstage-cli repo test

# The suites above already ran on every configured database; this repeats the
# database suites verbosely so that the log names each database they ran on.
step "Database suites, by database"
(cd plugins/network-contracts-backend &&
  CI=${CI:-true} yarn backstage-cli package test --verbose \
    src/database src/validation/faults.test.ts 2>&1 |
  grep -E '(SQLITE|POSTGRES)_[0-9]+|Tests:')

step "Browser tests"
if [[ -x $chromium ]]; then
  yarn playwright test
else
  missing "the browser tests are skipped: no Chromium at $chromium. Install \
one (Debian: apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH."
fi

step "All checks passed"
