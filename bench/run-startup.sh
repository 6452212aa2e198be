#!/usr/bin/env bash
# Start-up time and memory of Sportello on Payara Micro, and optionally the HTTP load test.
#
#   bench/run-startup.sh [--runs 3] [--port 18080] [--load] [--skip-build] [--results DIR]
#
# Builds the WAR once, then for each run: a cold start on an empty H2 database (Flyway
# migrations and demo data included), a stop, and a warm start on the same database. Each start
# is timed from launching `java` to the first 200 from /health/ready, and the RSS of the java
# process is read at that moment. With --load, the last warm instance stays up for
# bench/run-http.sh and its RSS is read again afterwards.
#
# Results (per-start figures, server logs, wrk output, summary.txt) go to
# bench/results/<UTC timestamp>/, which git ignores. The databases and Payara's runtime
# directories live in a temp dir that is removed on any exit, Ctrl-C and failures included.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

RUNS=3
PORT=${BENCH_PORT:-18080}
LOAD=false
BUILD=true
RESULTS=

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        --load) LOAD=true; shift ;;
        --skip-build) BUILD=false; shift ;;
        --results) RESULTS=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number, not '$RUNS'"
[ -f "$PAYARA_MICRO_JAR" ] || die "Payara Micro not found at $PAYARA_MICRO_JAR (./mvnw package -Prun downloads it once; or set PAYARA_MICRO_JAR)"
command -v curl >/dev/null || die "curl is needed"

WORK=$(mktemp -d -t sportello-bench.XXXXXX)
cleanup() {
    stop_app
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# set -e alone ends the script without a word: say which command stopped it.
# shellcheck disable=SC2154 # rc is assigned inside the trap itself
trap 'rc=$?; log "stopped at line $LINENO: $BASH_COMMAND (exit $rc)"' ERR

RESULTS=${RESULTS:-$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
SUMMARY=$RESULTS/summary.txt

commit=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
# Figures from a tree with uncommitted changes cannot be traced back to a commit: say so.
if [ -n "$(git -C "$REPO_ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit (with uncommitted changes)"
fi
{
    echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit=$commit"
    echo "jdk=$("$JAVA" -version 2>&1 | sed -n 2p)"
    echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores"
    echo "memory=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "kernel=$(uname -r)"
    echo "payara_micro=$PAYARA_VERSION"
    echo "java_opts=${BENCH_JAVA_OPTS:-(none)}"
    echo "runs=$RUNS"
    echo "load_before=$(load_average)"
} >"$SUMMARY"

if $BUILD; then
    log "building the application (./mvnw -q package -DskipTests)"
    (cd "$REPO_ROOT" && ./mvnw -q package -DskipTests)
fi
[ -f "$REPO_ROOT/web/target/sportello.war" ] || die "web/target/sportello.war is missing: build first"

printf 'run\tkind\tready_ms\tpayara_ready_ms\tjava_cpu_s\tother_cpu_s\trss_ready_mb\trss_after_load_mb\n' >"$RESULTS/startup.tsv"

start_once() { # run kind -> sets READY_MS RSS_READY PAYARA_MS JAVA_CPU_S OTHER_CPU_S
    local run=$1 kind=$2 busy java_ticks
    local log_file=$RESULTS/server-$run-$kind.log
    start_app "$PORT" "$WORK/db-$run" "$WORK/tmp-$run-$kind" "$log_file"
    wait_ready "$PORT" "$log_file"
    busy=$(( $(cpu_busy_ticks) - APP_START_BUSY ))
    java_ticks=$(process_cpu_ticks "$APP_PID")
    RSS_READY=$(rss_mb "$APP_PID")
    PAYARA_MS=$(payara_ready_ms "$log_file")
    JAVA_CPU_S=$(ticks_to_s "$java_ticks")
    # Other work on the machine slows a start down more than anything in the application does:
    # keep it next to each figure so that an outlier can be explained.
    OTHER_CPU_S=$(ticks_to_s $(( busy > java_ticks ? busy - java_ticks : 0 )))
    log "run $run $kind: ready in $READY_MS ms (Payara says ${PAYARA_MS:-?} ms), java CPU $JAVA_CPU_S s, other CPU $OTHER_CPU_S s, RSS $RSS_READY MiB"
}

RSS_AFTER_LOAD=
for run in $(seq 1 "$RUNS"); do
    start_once "$run" cold
    printf '%s\tcold\t%s\t%s\t%s\t%s\t%s\t\n' "$run" "$READY_MS" "$PAYARA_MS" "$JAVA_CPU_S" "$OTHER_CPU_S" "$RSS_READY" >>"$RESULTS/startup.tsv"
    stop_app
    sleep 2

    start_once "$run" warm
    if $LOAD && [ "$run" -eq "$RUNS" ]; then
        jcmd "$APP_PID" GC.heap_info >"$RESULTS/heap-at-ready.txt" 2>&1 || true
        "$BENCH_DIR/run-http.sh" --port "$PORT" --pid "$APP_PID" --out "$RESULTS" || log "WARNING: the load test reported failures"
        RSS_AFTER_LOAD=$(rss_mb "$APP_PID")
        jcmd "$APP_PID" GC.heap_info >"$RESULTS/heap-after-load.txt" 2>&1 || true
        # After the RSS reading on purpose: the histogram forces a full GC. It tells live data
        # (sessions left by the load, for one) from heap that merely has not been collected yet.
        jcmd "$APP_PID" GC.class_histogram 2>&1 | sed -n '1,60p; $p' >"$RESULTS/histogram-after-load.txt" || true
        log "RSS after load: $RSS_AFTER_LOAD MiB"
    fi
    printf '%s\twarm\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$READY_MS" "$PAYARA_MS" "$JAVA_CPU_S" "$OTHER_CPU_S" "$RSS_READY" "$RSS_AFTER_LOAD" >>"$RESULTS/startup.tsv"
    stop_app
    sleep 2
done

column_of() { # kind column-number -> values, one per line
    awk -F'\t' -v kind="$1" -v col="$2" 'NR > 1 && $2 == kind && $col != "" { print $col }' "$RESULTS/startup.tsv"
}
seconds() { awk '{ printf "%.1f", $1 / 1000 }'; }
seconds_list() { awk '{ printf "%s%.1f", (NR > 1 ? " " : ""), $1 / 1000 }'; }
{
    echo "load_after=$(load_average)"
    echo "cold_start_s_median=$(column_of cold 3 | median | seconds)"
    echo "cold_start_s_all=$(column_of cold 3 | seconds_list)"
    echo "warm_start_s_median=$(column_of warm 3 | median | seconds)"
    echo "warm_start_s_all=$(column_of warm 3 | seconds_list)"
    echo "cold_java_cpu_s_median=$(column_of cold 5 | median)"
    echo "cold_java_cpu_s_all=$(column_of cold 5 | paste -sd' ')"
    echo "warm_java_cpu_s_median=$(column_of warm 5 | median)"
    echo "warm_java_cpu_s_all=$(column_of warm 5 | paste -sd' ')"
    echo "other_cpu_s_during_starts=$(awk -F'\t' 'NR > 1 { printf "%s%s", (NR > 2 ? " " : ""), $6 }' "$RESULTS/startup.tsv")"
    echo "rss_ready_cold_mb_median=$(column_of cold 7 | median)"
    echo "rss_ready_warm_mb_median=$(column_of warm 7 | median)"
    if $LOAD; then
        echo "rss_ready_before_load_mb=$RSS_READY"
        echo "rss_after_load_mb=$RSS_AFTER_LOAD"
    fi
} >>"$SUMMARY"
if $LOAD && [ -f "$RESULTS/http.tsv" ]; then
    awk -F'\t' 'NR > 1 { gsub("-", "_", $1);
        printf "%s_rps=%s\n%s_p50_ms=%s\n%s_p95_ms=%s\n%s_p99_ms=%s\n%s_errors=%s\n%s_cpu_ms_per_req=%s\n",
            $1, $3, $1, $4, $1, $5, $1, $6, $1, $9, $1, $10 }' \
        "$RESULTS/http.tsv" >>"$SUMMARY"
fi

echo
cat "$SUMMARY"
echo
log "results kept in $RESULTS"
