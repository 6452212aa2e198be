#!/usr/bin/env bash
# Anonymous visitors and crawlers on the public pages: the home page, the catalog with its filters
# and searches, every listed service card, the FAQ, the public booking pages, and the REST list of
# categories as the baseline (no Faces page, no session possible).
#
#   bench/run-crawl.sh [--requests 100000] [--warmup 3000] [--threads 2] [--connections 16]
#                      [--no-gzip] [--port 18080] [--db jdbc:postgresql://localhost:5432/name]
#                      [--db-user sportello] [--db-password sportello] [--skip-build] [--out DIR]
#   bench/run-crawl.sh --url http://127.0.0.1:8080 [--pid PID] ...
#
# Starts Payara Micro (on a new H2 database in a temp dir, or on --db) unless --url names a running
# application. Lists the pages of each kind from the application itself (/api/catalog/services,
# /api/catalog/categories, /api/catalog/topics), checks that every one answers 200, then runs wrk
# once per kind with bench/crawl.lua, the --requests split evenly among the kinds (after a
# warm-up of --warmup requests, split the same way, whose figures are thrown away). wrk keeps no
# cookies: every request is a new visitor; like browsers and search engines' crawlers, it sends
# "Accept-Encoding: gzip" (--no-gzip leaves it out). Reports per kind requests/s, p50/p95/p99,
# the responses that carried a Set-Cookie (anonymous public pages should create no session: 0 is
# right) and the server's CPU time per request; around the whole crawl, the server's RSS, its heap
# (jcmd GC.heap_info) and the HTTP sessions alive (jcmd GC.class_histogram, which runs a full GC).
set -euo pipefail

# shellcheck source=bench/load-lib.sh
source "$(dirname "$0")/load-lib.sh"

PORT=${BENCH_PORT:-18080}
BASE_URL=
DB=
DB_USER=sportello
DB_PASSWORD=sportello
REQUESTS=100000
WARMUP=3000
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
BUILD=true
RESULTS=
SERVER_PID=
ENCODING=(-H "Accept-Encoding: gzip")

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT=$2; shift 2 ;;
        --url) BASE_URL=${2%/}; shift 2 ;;
        --db) DB=$2; shift 2 ;;
        --db-user) DB_USER=$2; shift 2 ;;
        --db-password) DB_PASSWORD=$2; shift 2 ;;
        --requests) REQUESTS=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --skip-build) BUILD=false; shift ;;
        --out) RESULTS=$2; shift 2 ;;
        --pid) SERVER_PID=$2; shift 2 ;;
        --no-gzip) ENCODING=(); shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
[[ "$REQUESTS" =~ ^[1-9][0-9]*$ ]] || die "--requests needs a positive number, not '$REQUESTS'"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "--warmup needs a number, not '$WARMUP'"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be at least --threads"
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed (to read the catalog's JSON)"
START_APP=true
if [ -n "$BASE_URL" ]; then
    START_APP=false
    PORT=$(echo "$BASE_URL" | sed -n 's|^http://[^/]*:\([0-9]*\)$|\1|p')
fi
BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}
require_local_url "$BASE_URL"

WORK=$(mktemp -d -t sportello-crawl.XXXXXX)
cleanup() {
    [ -z "${WRK_PID:-}" ] || kill "$WRK_PID" 2>/dev/null || true
    stop_app
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# set -e alone ends the script without a word: say which command stopped it.
# shellcheck disable=SC2154 # rc is assigned inside the trap itself
trap 'rc=$?; log "stopped at line $LINENO: $BASH_COMMAND (exit $rc)"' ERR

ensure_wrk

RESULTS=${RESULTS:-$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
SUMMARY=$RESULTS/summary.txt
write_summary_header "$SUMMARY"
{
    echo "database=${DB:-H2 in a temp dir}"
    echo "requests=$REQUESTS"
    echo "warmup=$WARMUP"
    echo "threads=$THREADS"
    echo "connections=$CONNECTIONS"
    echo "accept_encoding=$([ ${#ENCODING[@]} -gt 0 ] && echo gzip || echo none)"
} >>"$SUMMARY"

if $START_APP; then
    start_public_app
    SERVER_PID=$APP_PID
else
    [ "$(http_code "$BASE_URL/health/ready")" = 200 ] || die "$BASE_URL/health/ready does not answer 200: is the application running?"
    [ -n "$SERVER_PID" ] || SERVER_PID=$(server_pid_on "$PORT")
    [ -n "$SERVER_PID" ] || log "the server's process is unknown (--pid): no CPU, RSS or heap figures"
    echo "url=$BASE_URL (started by hand)" >>"$SUMMARY"
fi
[ -z "$SERVER_PID" ] || [ -r "/proc/$SERVER_PID/stat" ] || die "no process $SERVER_PID"

# --- the pages, by kind, from the application's own catalog ----------------------------------
mkdir -p "$RESULTS/paths"
api() { curl -sf --max-time 10 -H 'Accept: application/json' "$BASE_URL$1"; }
codes() { python3 -c 'import json, sys; print("\n".join(item["code"] for item in json.load(sys.stdin)))'; }
api /api/catalog/services >"$WORK/services.json" || die "$BASE_URL/api/catalog/services does not answer"
api /api/catalog/categories >"$WORK/categories.json" || die "$BASE_URL/api/catalog/categories does not answer"
api /api/catalog/topics >"$WORK/topics.json" || die "$BASE_URL/api/catalog/topics does not answer"
monday=$(date -d "$(( $(date +%u) - 1 )) days ago" +%F)
{
    echo /
} >"$RESULTS/paths/home.txt"
{
    echo /servizi/index.xhtml
    # what citizens type in the search box, then every filter of the page alone and one combination
    for words in certificato carrabile residenza pagamento sala ztl anagrafe edilizia 'carta%20identit%C3%A0' matrimonio; do
        echo "/servizi/index.xhtml?q=$words"
    done
    codes <"$WORK/categories.json" | sed 's|^|/servizi/index.xhtml?categoria=|'
    codes <"$WORK/topics.json" | sed 's|^|/servizi/index.xhtml?argomento=|'
    for audience in CITIZEN FAMILY SENIOR DRIVER BUSINESS PROFESSIONAL ASSOCIATION STUDENT TOURIST; do
        echo "/servizi/index.xhtml?pubblico=$audience"
    done
    echo '/servizi/index.xhtml?q=carrabile&categoria=mobilita-e-trasporti&argomento=parcheggi&pubblico=DRIVER'
} >"$RESULTS/paths/catalog.txt"
codes <"$WORK/services.json" | sed 's|^|/servizi/scheda.xhtml?servizio=|' >"$RESULTS/paths/card.txt"
echo /faq.xhtml >"$RESULTS/paths/faq.txt"
{
    echo /prenotazioni/index.xhtml
    # the weeks of the calendars listed on the booking page, this week and the next three
    curl -sf --max-time 10 "$BASE_URL/prenotazioni/index.xhtml" \
        | grep -o 'calendario=[a-z0-9-]*' | sort -u | sed 's/^calendario=//' | while read -r calendar; do
            echo "/prenotazioni/index.xhtml?calendario=$calendar"
            for week in 0 7 14 21; do
                echo "/prenotazioni/settimana.xhtml?calendario=$calendar&settimana=$(date -d "$monday + $week days" +%F)"
            done
        done
} >"$RESULTS/paths/booking.txt"
echo /api/catalog/categories >"$RESULTS/paths/api-categories.txt"

# Every page must answer 200 to an anonymous visitor: a redirect to the login page or an error
# page would be measured as if it were the page. Those that do not are left out, and said.
KINDS=(home catalog card faq booking api-categories)
for kind in "${KINDS[@]}"; do
    kept=()
    while read -r path; do
        code=$(http_code "$BASE_URL$path")
        if [ "$code" = 200 ]; then
            kept+=("$path")
        else
            log "left out ($kind): $path answers $code"
            echo "left_out_$kind=$path ($code)" >>"$SUMMARY"
        fi
    done <"$RESULTS/paths/$kind.txt"
    [ "${#kept[@]}" -gt 0 ] || die "no page of kind $kind answers 200"
    printf '%s\n' "${kept[@]}" >"$RESULTS/paths/$kind.txt"
    echo "pages_$kind=${#kept[@]}" >>"$SUMMARY"
done

per_kind=$(( REQUESTS / ${#KINDS[@]} ))
warm_per_kind=$(( WARMUP / ${#KINDS[@]} ))
[ "$per_kind" -ge "$THREADS" ] || die "--requests is too small for ${#KINDS[@]} kinds and $THREADS threads"

# crawl KIND REQUESTS OUTPUT: wrk over the kind's pages until REQUESTS have been answered. The
# duration is only a limit: crawl.lua ends wrk with a SIGINT when every thread has its share, and
# when that signal is lost (wrk's main thread may miss it) the loop here sends another.
WRK_PID=
crawl() {
    local marks=$WORK/marks-$1-$RANDOM
    mkdir -p "$marks"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d1800s --timeout 10s "${ENCODING[@]}" -s "$BENCH_DIR/crawl.lua" "$BASE_URL" \
        -- "$RESULTS/paths/$1.txt" "$2" "$THREADS" "$marks" >"$3" &
    WRK_PID=$!
    while kill -0 "$WRK_PID" 2>/dev/null; do
        if [ "$(find "$marks" -type f | wc -l)" -ge "$THREADS" ]; then
            sleep 0.5
            kill -INT "$WRK_PID" 2>/dev/null || true
        fi
        sleep 0.25
    done
    local rc=0
    wait "$WRK_PID" || rc=$?
    WRK_PID=
    rm -rf "$marks"
    return "$rc"
}

if [ "$warm_per_kind" -ge "$THREADS" ]; then
    log "warm-up: $WARMUP requests over the ${#KINDS[@]} kinds (thrown away)"
    for kind in "${KINDS[@]}"; do
        crawl "$kind" "$warm_per_kind" "$RESULTS/wrk-$kind-warmup.txt"
    done
fi

# The HTTP sessions alive: Payara's web container keeps each as an
# org.apache.catalina.session.StandardSession; counted after the full GC the histogram forces, so
# only those still referenced (by the session manager, until they expire) are left.
sessions_alive() {
    jcmd "$1" GC.class_histogram 2>/dev/null | awk '$4 == "org.apache.catalina.session.StandardSession" { n = $2 } END { print n + 0 }'
}
if [ -n "$SERVER_PID" ]; then
    rss_before=$(rss_mb "$SERVER_PID")
    jcmd "$SERVER_PID" GC.heap_info >"$RESULTS/heap-before.txt" 2>&1 || true
    heap_before=$(heap_used_mb "$SERVER_PID")
    sessions_before=$(sessions_alive "$SERVER_PID")
    heap_live_before=$(heap_used_mb "$SERVER_PID")
    log "before: RSS $rss_before MiB, heap used $heap_before MiB ($heap_live_before MiB after a full GC), sessions alive $sessions_before"
fi

printf 'kind\tpages\trequests\trps\tp50_ms\tp95_ms\tp99_ms\tmax_ms\terrors\tset_cookie\tcpu_ms_per_req\tstatuses\n' >"$RESULTS/crawl.tsv"
status=0
total_cookies=0
for kind in "${KINDS[@]}"; do
    log "$kind: $per_kind requests over $(wc -l <"$RESULTS/paths/$kind.txt") pages, $THREADS threads, $CONNECTIONS connections"
    cpu_before=0
    [ -z "$SERVER_PID" ] || cpu_before=$(process_cpu_ticks "$SERVER_PID")
    crawl "$kind" "$per_kind" "$RESULTS/wrk-$kind.txt"
    cpu_after=0
    [ -z "$SERVER_PID" ] || cpu_after=$(process_cpu_ticks "$SERVER_PID")
    line=$(grep '^BENCH ' "$RESULTS/wrk-$kind.txt") || { cat "$RESULTS/wrk-$kind.txt" >&2; die "wrk printed no BENCH line"; }
    field() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
    errors=$(( $(field socket_errors) + $(field non_2xx_3xx) ))
    cpu_per_request=-
    if [ -n "$SERVER_PID" ]; then
        cpu_per_request=$(awk -v t=$(( cpu_after - cpu_before )) -v hz="$CLK_TCK" -v n="$(field requests)" \
            'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$(wc -l <"$RESULTS/paths/$kind.txt")" \
        "$(field requests)" "$(field rps)" "$(field p50_ms)" "$(field p95_ms)" "$(field p99_ms)" "$(field max_ms)" \
        "$errors" "$(field set_cookie)" "$cpu_per_request" "$(field statuses)" >>"$RESULTS/crawl.tsv"
    total_cookies=$(( total_cookies + $(field set_cookie) ))
    if [ "$errors" -gt 0 ]; then
        log "WARNING: $kind had $errors failed requests; see $RESULTS/wrk-$kind.txt"
        status=1
    fi
    if [ "$(field set_cookie)" -gt 0 ]; then
        # Said, not hidden: each of these responses started an HTTP session for an anonymous visitor.
        log "WARNING: $kind: $(field set_cookie) of $(field requests) responses set a cookie"
        status=1
    fi
done

if [ -n "$SERVER_PID" ]; then
    rss_after=$(rss_mb "$SERVER_PID")
    jcmd "$SERVER_PID" GC.heap_info >"$RESULTS/heap-after.txt" 2>&1 || true
    heap_after=$(heap_used_mb "$SERVER_PID")
    # After the RSS and heap readings on purpose: the histogram forces a full GC.
    jcmd "$SERVER_PID" GC.class_histogram 2>&1 | sed -n '1,60p; $p' >"$RESULTS/histogram-after.txt" || true
    sessions_after=$(sessions_alive "$SERVER_PID")
    heap_live_after=$(heap_used_mb "$SERVER_PID")
    log "after: RSS $rss_after MiB, heap used $heap_after MiB ($heap_live_after MiB after a full GC), sessions alive $sessions_after"
fi

{
    echo "load_after=$(load_average)"
    awk -F'\t' 'NR > 1 { k = $1; gsub("-", "_", k);
        printf "%s_rps=%s\n%s_p50_ms=%s\n%s_p95_ms=%s\n%s_p99_ms=%s\n%s_errors=%s\n%s_set_cookie=%s\n%s_cpu_ms_per_req=%s\n",
            k, $4, k, $5, k, $6, k, $7, k, $9, k, $10, k, $11 }' "$RESULTS/crawl.tsv"
    if [ -n "$SERVER_PID" ]; then
        echo "rss_before_mb=$rss_before"
        echo "rss_after_mb=$rss_after"
        echo "heap_used_before_mb=$heap_before"
        echo "heap_used_after_mb=$heap_after"
        echo "heap_live_before_mb=$heap_live_before"
        echo "heap_live_after_mb=$heap_live_after"
        echo "sessions_alive_before=$sessions_before"
        echo "sessions_alive_after=$sessions_after"
    fi
} >>"$SUMMARY"

echo
column -t -s $'\t' "$RESULTS/crawl.tsv"
echo
cat "$SUMMARY"
echo
log "results kept in $RESULTS"
bench_line="BENCH crawl requests=$(awk -F'\t' 'NR > 1 { n += $3 } END { print n }' "$RESULTS/crawl.tsv") set_cookie=$total_cookies"
bench_line+=$(awk -F'\t' 'NR > 1 { k = $1; gsub("-", "_", k); printf " %s_rps=%s %s_p95_ms=%s %s_cpu_ms=%s", k, $4, k, $6, k, $11 }' "$RESULTS/crawl.tsv")
if [ -n "$SERVER_PID" ]; then
    bench_line+=" rss_before_mb=$rss_before rss_after_mb=$rss_after heap_used_before_mb=$heap_before heap_used_after_mb=$heap_after"
    bench_line+=" heap_live_before_mb=$heap_live_before heap_live_after_mb=$heap_live_after"
    bench_line+=" sessions_before=$sessions_before sessions_after=$sessions_after"
fi
echo "$bench_line" | tee -a "$SUMMARY"
exit "$status"
