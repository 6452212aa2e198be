#!/usr/bin/env bash
# Measures the background jobs inside the running application (Payara Micro started by Arquillian,
# embedded H2, or PostgreSQL with --db): the draft expiry job over many drafts (warning, then
# deletion) and the protocol submission job against an external register that answers in 50 ms,
# each step split into --partitions partitions. Prints the BENCH lines of
# web/src/test/java/it/sportello/jobs/JobsBenchmark.java and keeps the full output in
# bench/results/<UTC timestamp>/jobs.log.
#
#   bench/run-jobs.sh                          # 2,000 drafts, 200 practices, 2 partitions, H2
#   bench/run-jobs.sh --drafts 1000000 --practices 10000 --partitions 4 \
#       --db jdbc:postgresql://localhost:5432/sportello_bench   # an empty database, user/password sportello
#
# Extra Maven flags (e.g. -Dmaven.repo.local=...) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

drafts=2000
practices=200
partitions=2
db=
while [ $# -gt 0 ]; do
    case "$1" in
        --drafts) drafts="$2"; shift 2 ;;
        --practices) practices="$2"; shift 2 ;;
        --partitions) partitions="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
{
    echo "machine: $(uname -srm), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
    echo "commit: $(git rev-parse --short HEAD)"
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database: ${db:-embedded H2}"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/summary.txt"

# shellcheck disable=SC2086
./mvnw -q -o ${MAVEN_ARGS:-} install -DskipTests -DskipITs
# Payara ends an HTTP request after 900 s by default, and the in-container benchmark is one request
# that waits for the jobs: without a limit, the long runs are cut short.
echo 'set configs.config.server-config.network-config.protocols.protocol.http-listener.http.request-timeout-seconds=-1' \
    > "$PWD/$out/postboot.txt"
database=()
[ -z "$db" ] || database=(-Ppostgresql -Dit.db.url="$db")
# shellcheck disable=SC2086
./mvnw -o ${MAVEN_ARGS:-} -pl web "${database[@]}" failsafe:integration-test@default \
    -Dit.test=JobsBenchmark -Dbench.drafts="$drafts" -Dbench.practices="$practices" -Dbench.partitions="$partitions" \
    -Darq.container.payara-micro.configuration.extraMicroOptions="--postbootcommandfile $PWD/$out/postboot.txt" \
    -Dfailsafe.failIfNoSpecifiedTests=false > "$out/jobs.log" 2>&1 || true

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/summary.txt"
grep -h 'BENCH ' "$out/jobs.log" web/target/failsafe-reports/*JobsBenchmark*-output.txt 2>/dev/null | sed 's/.*BENCH /BENCH /' | sort -u | tee -a "$out/summary.txt" || true
