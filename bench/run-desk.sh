#!/usr/bin/env bash
# The operators' practice list with many practices, on PostgreSQL: generates practices in the
# database of a running application (bench/desk-data.sql), logs in as the demo operator, then
# measures with wrk the list page filtered and sorted, the list searched by name, and times the
# CSV export of the filtered list.
#
#   bench/run-desk.sh --db postgresql://sportello:sportello@localhost:5432/sportello
#                     [--port 18080 | --url http://127.0.0.1:18080] [--practices 100000]
#                     [--citizens 20000] [--skip-data] [--duration 30s] [--connections 8] [--out DIR]
#
# Start the application on that database first (see README, "PostgreSQL"), with the demo data.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${BENCH_PORT:-18080}
BASE_URL=
DB=
PRACTICES=100000
CITIZENS=20000
SKIP_DATA=
DURATION=${BENCH_DURATION:-30s}
CONNECTIONS=8
WARMUP=${BENCH_WARMUP:-10s}
OUT_DIR=$(mktemp -d -t sportello-desk.XXXXXX)

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT=$2; shift 2 ;;
        --url) BASE_URL=${2%/}; shift 2 ;;
        --db) DB=$2; shift 2 ;;
        --practices) PRACTICES=$2; shift 2 ;;
        --citizens) CITIZENS=$2; shift 2 ;;
        --skip-data) SKIP_DATA=1; shift ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --out) OUT_DIR=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}
[ -n "$DB" ] || [ -n "$SKIP_DATA" ] || die "--db postgresql://user:password@host:5432/name is needed to generate the practices"
mkdir -p "$OUT_DIR"

if [ -z "$SKIP_DATA" ]; then
    log "generating $PRACTICES practices of $CITIZENS citizens"
    start=$(now_ms)
    {
        echo '\set ON_ERROR_STOP on'
        echo 'CREATE TEMP TABLE bench_code (n SERIAL, fiscal_code VARCHAR(16));'
        echo 'COPY bench_code (fiscal_code) FROM STDIN;'
        python3 "$BENCH_DIR/fiscal-codes.py" "$CITIZENS"
        echo '\.'
        cat "$BENCH_DIR/desk-data.sql"
    } | psql -q "$DB" -v practices="$PRACTICES" -v citizens="$CITIZENS" >/dev/null
    log "data ready in $(( ($(now_ms) - start) / 1000 )) s"
fi

# Log in as the demo operator through the staff login page: its form and view state, then the post.
jar="$OUT_DIR/cookies.txt"
page=$(curl -s -c "$jar" "$BASE_URL/accesso-personale.xhtml")
state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
[ -n "$state" ] || die "no staff login form at $BASE_URL/accesso-personale.xhtml"
curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE_URL/accesso-personale.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:username=operatore" \
    --data-urlencode "login:password=Operatore.Bugliano.1" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state"
cookie=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -n 1)
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE_URL/backoffice/pratiche/index.xhtml")" = 200 ] \
    || die "the operator login did not work"

measure() {
    local name=$1 path=$2
    log "$name: warm-up $WARMUP, then $DURATION with 2 threads and $CONNECTIONS connections"
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Cookie: $cookie" "$BASE_URL$path" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -H "Cookie: $cookie" -s "$BENCH_DIR/wrk-percentiles.lua" "$BASE_URL$path" \
        | grep '^BENCH ' | sed "s/^BENCH/BENCH $name/" | tee -a "$OUT_DIR/desk.txt"
}

measure list-filtered "/backoffice/pratiche/index.xhtml?servizio=richiesta-assistenza&stato=IN_PROGRESS&ordine=inserted&verso=desc"
measure list-all-last-change "/backoffice/pratiche/index.xhtml"
measure list-search-name "/backoffice/pratiche/index.xhtml?cerca=rossi%2012&ordine=applicant&verso=asc"
measure list-page-50 "/backoffice/pratiche/index.xhtml?servizio=permesso-ztl&righe=100&pagina=50"

# The CSV export of the filtered list: about 10,000 rows (20,000 of each service, half of them in two statuses).
for run in 1 2 3 4 5; do
    curl -s -o "$OUT_DIR/export.csv" -w "BENCH export-csv run=$run seconds=%{time_total} bytes=%{size_download}\n" \
        -H "Cookie: $cookie" "$BASE_URL/backoffice/pratiche/esporta?servizio=permesso-ztl&cambio=&ordine=inserted" | tee -a "$OUT_DIR/desk.txt"
done
log "rows in the export: $(( $(wc -l <"$OUT_DIR/export.csv") - 1 ))"
log "figures in $OUT_DIR/desk.txt"
