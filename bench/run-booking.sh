#!/usr/bin/env bash
# The booking benchmark: 1,000 booking attempts from 100 concurrent clients on 50 places, and the
# slots of a calendar with 3 opening hours over 60 days, measured inside a Payara Micro started by
# Arquillian on the in-memory H2 of the tests (or PostgreSQL with -Ppostgresql). Prints the BENCH
# lines; figures go to docs/PERFORMANCE.md with the machine, the date and the commit.
#
#   bench/run-booking.sh                 # builds, then runs it (2 to 3 minutes)
#   bench/run-booking.sh --skip-build    # the WAR is already built
#   MVN_ARGS='-Ppostgresql' bench/run-booking.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--skip-build" ]]; then
    ./mvnw -q install -DskipTests -DskipITs ${MVN_ARGS:-}
fi
out=$(mktemp)
./mvnw -pl web ${MVN_ARGS:-} test-compile failsafe:integration-test@default failsafe:verify@default \
    -Dit.test=BookingRaceBench -Dfailsafe.failIfNoSpecifiedTests=false > "$out" 2>&1 || { tail -50 "$out"; exit 1; }
grep -o 'BENCH .*' "$out"
echo "commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
