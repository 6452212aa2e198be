#!/usr/bin/env bash
# HTTP load on a running Sportello: the home page (a Faces page that reads the catalog categories
# from the database), first as new visitors and then as a returning visitor with a session
# cookie, /health/ready (the cheapest request that still touches the database), and the catalog:
# a search page, a service card and the REST search.
# Each endpoint gets a warm-up whose figures are thrown away, so that the measured run sees JIT-
# compiled code and filled pools rather than a JVM that has just started.
#
#   bench/run-http.sh [--port 18080 | --url http://127.0.0.1:18080] [--threads 2]
#                     [--connections 16] [--duration 30s] [--warmup 10s] [--out DIR] [--pid PID]
#
# Start the application first (bench/run-startup.sh --load does it all). Prints one line per
# endpoint; with --out, wrk's full output and http.tsv are kept in DIR. The defaults can also be
# set with BENCH_THREADS, BENCH_CONNECTIONS, BENCH_DURATION and BENCH_WARMUP. With --pid (the
# server's java process) it also reports the server's CPU time per request, which another
# process on the machine changes much less than it changes requests/s.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${BENCH_PORT:-18080}
BASE_URL=
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-10s}
OUT_DIR=
SERVER_PID=

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT=$2; shift 2 ;;
        --url) BASE_URL=${2%/}; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --out) OUT_DIR=$2; shift 2 ;;
        --pid) SERVER_PID=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}

case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
    *) die "load is only ever sent to this machine (127.0.0.1, localhost, [::1]), not to $BASE_URL" ;;
esac

TMP_OUT=
cleanup() { [ -z "$TMP_OUT" ] || rm -rf "$TMP_OUT"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
# set -e alone ends the script without a word: say which command stopped it.
# shellcheck disable=SC2154 # rc is assigned inside the trap itself
trap 'rc=$?; log "stopped at line $LINENO: $BASH_COMMAND (exit $rc)"' ERR

if [ -z "$OUT_DIR" ]; then
    TMP_OUT=$(mktemp -d -t sportello-http.XXXXXX)
    OUT_DIR=$TMP_OUT
fi
mkdir -p "$OUT_DIR"

if ! command -v wrk >/dev/null 2>&1; then
    log "wrk is missing: installing Debian's package"
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
[ -z "$SERVER_PID" ] || [ -r "/proc/$SERVER_PID/stat" ] || die "no process $SERVER_PID"

for path in / /health/ready; do
    code=$(http_code "$BASE_URL$path")
    [ "$code" = 200 ] || die "$BASE_URL$path answers $code, not 200: is the application running?"
done

# measure NAME PATH [wrk options...]: one warm-up and one measured run, appended to http.tsv.
measure() {
    local name=$1 path=$2 line errors cpu_before=0 cpu_after=0 cpu_per_request=-
    shift 2
    log "$name ($path): warm-up $WARMUP, then $DURATION with $THREADS threads and $CONNECTIONS connections"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "$@" "$BASE_URL$path" >"$OUT_DIR/wrk-$name-warmup.txt"
    [ -z "$SERVER_PID" ] || cpu_before=$(process_cpu_ticks "$SERVER_PID")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
        -s "$BENCH_DIR/wrk-percentiles.lua" "$@" "$BASE_URL$path" >"$OUT_DIR/wrk-$name.txt"
    [ -z "$SERVER_PID" ] || cpu_after=$(process_cpu_ticks "$SERVER_PID")
    line=$(grep '^BENCH ' "$OUT_DIR/wrk-$name.txt") || { cat "$OUT_DIR/wrk-$name.txt" >&2; die "wrk printed no BENCH line"; }
    field() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
    errors=$(( $(field socket_errors) + $(field non_2xx_3xx) ))
    if [ -n "$SERVER_PID" ]; then
        cpu_per_request=$(awk -v t=$(( cpu_after - cpu_before )) -v hz="$CLK_TCK" -v n="$(field requests)" \
            'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "$(field rps)" "$(field p50_ms)" \
        "$(field p95_ms)" "$(field p99_ms)" "$(field max_ms)" "$(field requests)" "$errors" "$cpu_per_request" >>"$OUT_DIR/http.tsv"
    if [ "$errors" -gt 0 ]; then
        # Figures that include failed requests measure error handling, not the page.
        log "WARNING: $name had $errors failed requests; see $OUT_DIR/wrk-$name.txt"
        status=1
    fi
}

printf 'scenario\tpath\trps\tp50_ms\tp95_ms\tp99_ms\tmax_ms\trequests\terrors\tcpu_ms_per_req\n' >"$OUT_DIR/http.tsv"
status=0

# wrk keeps no cookies, so every request is a first-time visitor and opens a new HTTP session
# (the language choice is session-scoped). That is what crawlers and link previews do.
measure home /

# A returning visitor sends the session cookie back: the same page without the session set-up.
# The difference between the two runs is what a new session costs.
cookie=$(curl -s -D - -o /dev/null --max-time 5 "$BASE_URL/" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: *\(JSESSIONID=[^;]*\).*/\1/p' | head -n 1)
if [ -n "$cookie" ]; then
    measure home-session / -H "Cookie: $cookie"
else
    log "the home page set no session cookie: skipping the returning-visitor run"
fi

measure health /health/ready

# The catalog: a full-text search as citizens type it (ranked over every listed service), the
# card of one service (ten sections, office and form lookups), and the same search through REST.
measure catalog-search '/servizi/index.xhtml?q=certificato'
measure service-card '/servizi/scheda.xhtml?servizio=permesso-passo-carrabile'
measure api-search '/api/catalog/services?q=certificato'

awk -F'\t' '{ printf "%-15s %-14s %8s %8s %8s %8s %8s %9s %7s %15s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 }' "$OUT_DIR/http.tsv"
exit "$status"
