#!/usr/bin/env bash
# Lighthouse's performance audit of three public pages: the home page, the list of services and
# one service card, in headless Chromium.
#
#   bench/run-lighthouse.sh [--runs 3] [--card permesso-passo-carrabile] [--preset mobile|desktop]
#                           [--port 18080] [--db jdbc:postgresql://localhost:5432/name]
#                           [--db-user sportello] [--db-password sportello] [--skip-build] [--out DIR]
#   bench/run-lighthouse.sh --url http://127.0.0.1:8080 ...
#
# Starts Payara Micro (on a new H2 database in a temp dir, or on --db) unless --url names a running
# application, loads each page a few times so that the figures are not those of a page rendered
# for the first time, then runs Lighthouse --runs times per page (performance category only) and
# reports, per page, the median performance score (0-100) and the median Largest Contentful
# Paint, with First Contentful Paint, Total Blocking Time and Cumulative Layout Shift for context.
# "mobile" is Lighthouse's default (a mid-range phone on a throttled network, simulated);
# "desktop" its desktop preset.
#
# Lighthouse is npm's package, pinned (LIGHTHOUSE_VERSION, default 12.8.2: Lighthouse 13 needs
# Node.js 22.19 or newer), installed on first use into ~/.cache/sportello-bench/ (or
# BENCH_LIGHTHOUSE_DIR), never into the repository. Chromium is Debian's (CHROME_PATH, default
# /usr/bin/chromium). Results (the JSON reports, lighthouse.tsv, summary.txt) go to
# bench/results/<UTC timestamp>/ or --out.
set -euo pipefail

# shellcheck source=bench/load-lib.sh
source "$(dirname "$0")/load-lib.sh"

PORT=${BENCH_PORT:-18080}
BASE_URL=
DB=
DB_USER=sportello
DB_PASSWORD=sportello
RUNS=3
CARD=permesso-passo-carrabile
PRESET=mobile
BUILD=true
RESULTS=
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12.8.2}
LIGHTHOUSE_DIR=${BENCH_LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sportello-bench/lighthouse-$LIGHTHOUSE_VERSION}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless=new --no-sandbox --disable-dev-shm-usage"

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT=$2; shift 2 ;;
        --url) BASE_URL=${2%/}; shift 2 ;;
        --db) DB=$2; shift 2 ;;
        --db-user) DB_USER=$2; shift 2 ;;
        --db-password) DB_PASSWORD=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --card) CARD=$2; shift 2 ;;
        --preset) PRESET=$2; shift 2 ;;
        --skip-build) BUILD=false; shift ;;
        --out) RESULTS=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number, not '$RUNS'"
case "$PRESET" in mobile|desktop) ;; *) die "--preset is mobile or desktop, not '$PRESET'" ;; esac
[[ "$CARD" =~ ^[a-z0-9-]+$ ]] || die "--card takes a service code, not '$CARD'"
command -v node >/dev/null || die "Node.js is needed (apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm is needed (apt-get install npm)"
[ -x "$CHROME_PATH" ] || die "Chromium not found at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)"
command -v curl >/dev/null || die "curl is needed"
START_APP=true
if [ -n "$BASE_URL" ]; then
    START_APP=false
    PORT=$(echo "$BASE_URL" | sed -n 's|^http://[^/]*:\([0-9]*\)$|\1|p')
fi
BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}
require_local_url "$BASE_URL"

WORK=$(mktemp -d -t sportello-lighthouse.XXXXXX)
cleanup() {
    stop_app
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# set -e alone ends the script without a word: say which command stopped it.
# shellcheck disable=SC2154 # rc is assigned inside the trap itself
trap 'rc=$?; log "stopped at line $LINENO: $BASH_COMMAND (exit $rc)"' ERR

LIGHTHOUSE=$LIGHTHOUSE_DIR/node_modules/lighthouse/cli/index.js
if [ ! -f "$LIGHTHOUSE" ]; then
    log "installing lighthouse@$LIGHTHOUSE_VERSION into $LIGHTHOUSE_DIR"
    mkdir -p "$LIGHTHOUSE_DIR"
    npm install --prefix "$LIGHTHOUSE_DIR" --no-save --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi
installed=$(node -p "require('$LIGHTHOUSE_DIR/node_modules/lighthouse/package.json').version")
[ "$installed" = "$LIGHTHOUSE_VERSION" ] || die "$LIGHTHOUSE_DIR holds lighthouse $installed, not $LIGHTHOUSE_VERSION"

RESULTS=${RESULTS:-$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
SUMMARY=$RESULTS/summary.txt
write_summary_header "$SUMMARY"
{
    echo "database=${DB:-H2 in a temp dir}"
    echo "lighthouse=$LIGHTHOUSE_VERSION"
    echo "node=$(node --version)"
    echo "chromium=$("$CHROME_PATH" --version 2>/dev/null | head -n 1)"
    echo "preset=$PRESET"
    echo "runs=$RUNS"
} >>"$SUMMARY"

if $START_APP; then
    start_public_app
else
    [ "$(http_code "$BASE_URL/health/ready")" = 200 ] || die "$BASE_URL/health/ready does not answer 200: is the application running?"
    echo "url=$BASE_URL (started by hand)" >>"$SUMMARY"
fi

PAGES=(home list card)
declare -A PATH_OF=([home]=/ [list]=/servizi/index.xhtml [card]="/servizi/scheda.xhtml?servizio=$CARD")
for page in "${PAGES[@]}"; do
    code=$(http_code "$BASE_URL${PATH_OF[$page]}")
    [ "$code" = 200 ] || die "$BASE_URL${PATH_OF[$page]} answers $code, not 200"
    # A few loads first: the audit is of a page in use, not of its first rendering.
    for _ in 1 2 3 4 5; do http_code "$BASE_URL${PATH_OF[$page]}" >/dev/null; done
done

preset=()
[ "$PRESET" = mobile ] || preset=(--preset="$PRESET")
printf 'page\trun\tscore\tlcp_ms\tfcp_ms\ttbt_ms\tcls\n' >"$RESULTS/lighthouse.tsv"
for page in "${PAGES[@]}"; do
    for run in $(seq 1 "$RUNS"); do
        report=$RESULTS/lighthouse-$page-$run.json
        log "$page (${PATH_OF[$page]}), run $run of $RUNS"
        node "$LIGHTHOUSE" "$BASE_URL${PATH_OF[$page]}" --quiet --only-categories=performance "${preset[@]}" \
            --output=json --output-path="$report" --chrome-flags="$CHROME_FLAGS" \
            2>"$RESULTS/lighthouse-$page-$run.log" \
            || { tail -n 20 "$RESULTS/lighthouse-$page-$run.log" >&2; die "lighthouse failed on $page"; }
        # The figures of the JSON report: score 0-1, timings in milliseconds.
        node -e '
            const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
            if (r.runtimeError) { console.error(r.runtimeError.code + ": " + r.runtimeError.message); process.exit(1); }
            const a = (id) => r.audits[id] && r.audits[id].numericValue;
            const score = r.categories.performance.score;
            console.log([process.argv[2], process.argv[3], score === null ? "" : Math.round(score * 100),
                Math.round(a("largest-contentful-paint")), Math.round(a("first-contentful-paint")),
                Math.round(a("total-blocking-time")), (a("cumulative-layout-shift") || 0).toFixed(3)].join("\t"));
        ' "$report" "$page" "$run" >>"$RESULTS/lighthouse.tsv"
    done
done

column_of() { # page column-number -> values, one per line
    awk -F'\t' -v page="$1" -v col="$2" 'NR > 1 && $1 == page && $col != "" { print $col }' "$RESULTS/lighthouse.tsv"
}
bench_line="BENCH lighthouse preset=$PRESET runs=$RUNS"
{
    echo "load_after=$(load_average)"
    for page in "${PAGES[@]}"; do
        echo "${page}_path=${PATH_OF[$page]}"
        echo "${page}_score_median=$(column_of "$page" 3 | median)"
        echo "${page}_score_all=$(column_of "$page" 3 | paste -sd' ')"
        echo "${page}_lcp_ms_median=$(column_of "$page" 4 | median)"
        echo "${page}_lcp_ms_all=$(column_of "$page" 4 | paste -sd' ')"
        echo "${page}_fcp_ms_median=$(column_of "$page" 5 | median)"
        echo "${page}_tbt_ms_median=$(column_of "$page" 6 | median)"
        echo "${page}_cls_median=$(column_of "$page" 7 | median)"
    done
} >>"$SUMMARY"
for page in "${PAGES[@]}"; do
    bench_line+=" ${page}_score=$(column_of "$page" 3 | median) ${page}_lcp_ms=$(column_of "$page" 4 | median)"
done

echo
column -t -s $'\t' "$RESULTS/lighthouse.tsv"
echo
cat "$SUMMARY"
echo
log "results kept in $RESULTS"
echo "$bench_line" | tee -a "$SUMMARY"
