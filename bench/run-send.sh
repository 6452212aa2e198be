#!/usr/bin/env bash
# Many citizens send a practice of the same service at the same moment, through the real pages.
#
#   bench/run-send.sh --db jdbc:postgresql://localhost:5432/sportello_bench [--db-user sportello]
#                     [--db-password sportello] [--citizens 200] [--concurrency 50] [--port 18080]
#                     [--oidc-port 18090] [--smtp-port 18025] [--skip-build] [--out DIR]
#                     [--admin admin:Admin.Bugliano.1 | --skip-import]
#   bench/run-send.sh --url http://127.0.0.1:8080 --db jdbc:postgresql://... [--pid PID] ...
#
# Starts Payara Micro on the PostgreSQL database of --db (Flyway and the demo data on a new one),
# with citizens logging in through OpenID Connect at an identity provider the benchmark client
# plays (bench/SendBench.java), mail going to an SMTP server it plays too, the protocol register on
# and the protocol and outbox schedules off (nothing but the sends runs while they are measured).
# The client imports bench/bench-service.json as the demo administrator, then N citizens log in and
# fill the wizard up to its summary (files: a ~200 KB PDF and a ~1 MB JPEG); then the N
# "Conferma e invia" are fired by --concurrency threads released at once, and only that request
# is timed. Afterwards psql checks that each practice of the run was sent once, with one receipt
# in the mail outbox and one protocol registration request.
#
# With --url the application is yours, started with the settings this script would give it (they
# are printed by --help-settings); --db is still needed for the checks. --admin names the
# administrator who imports the service (the demo's by default); --skip-import when it is there
# already. Results (summary.txt, sends.tsv, drafts.tsv, client and server logs) go to
# bench/results/<UTC timestamp>/ or --out.
set -euo pipefail

# shellcheck source=bench/load-lib.sh
source "$(dirname "$0")/load-lib.sh"

PORT=${BENCH_PORT:-18080}
BASE_URL=
DB=
DB_USER=sportello
DB_PASSWORD=sportello
CITIZENS=200
CONCURRENCY=50
OIDC_PORT=18090
SMTP_PORT=18025
BUILD=true
RESULTS=
SERVER_PID=
IMPORT=(--admin admin:Admin.Bugliano.1)

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }

# The settings of the application under test, as environment variables (README, "Settings").
app_settings() {
    database_env "$DB" "$DB_USER" "$DB_PASSWORD"
    cat <<EOF
SPORTELLO_IDENTITY_PROVIDER=oidc
SPORTELLO_OIDC_ISSUER=http://127.0.0.1:$OIDC_PORT
SPORTELLO_OIDC_CLIENT_ID=sportello-bench
SPORTELLO_OIDC_CLIENT_SECRET=sportello-bench-secret
SPORTELLO_MAIL_HOST=127.0.0.1
SPORTELLO_MAIL_PORT=$SMTP_PORT
SPORTELLO_PROTOCOL_ENABLED=true
SPORTELLO_JOBS_PROTOCOL_EVERY=PT0S
SPORTELLO_JOBS_OUTBOX_EVERY=PT0S
SPORTELLO_PUBLIC_URL=http://127.0.0.1:$PORT
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT=$2; shift 2 ;;
        --url) BASE_URL=${2%/}; shift 2 ;;
        --db) DB=$2; shift 2 ;;
        --db-user) DB_USER=$2; shift 2 ;;
        --db-password) DB_PASSWORD=$2; shift 2 ;;
        --citizens) CITIZENS=$2; shift 2 ;;
        --concurrency) CONCURRENCY=$2; shift 2 ;;
        --oidc-port) OIDC_PORT=$2; shift 2 ;;
        --smtp-port) SMTP_PORT=$2; shift 2 ;;
        --skip-build) BUILD=false; shift ;;
        --out) RESULTS=$2; shift 2 ;;
        --pid) SERVER_PID=$2; shift 2 ;;
        --admin) IMPORT=(--admin "$2"); shift 2 ;;
        --skip-import) IMPORT=(--skip-import); shift ;;
        --help-settings) [ -n "$DB" ] || DB=jdbc:postgresql://localhost:5432/sportello_bench; app_settings; exit 0 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
[ -n "$DB" ] || die "--db jdbc:postgresql://host:5432/name is needed (the checks read the database with psql)"
case "$DB" in jdbc:postgresql://*) ;; *) die "--db must be a PostgreSQL JDBC address (jdbc:postgresql://host:5432/name)" ;; esac
[[ "$CITIZENS" =~ ^[1-9][0-9]*$ ]] || die "--citizens needs a positive number, not '$CITIZENS'"
[[ "$CONCURRENCY" =~ ^[1-9][0-9]*$ ]] || die "--concurrency needs a positive number, not '$CONCURRENCY'"
command -v psql >/dev/null || die "psql is needed (apt-get install postgresql-client)"
command -v curl >/dev/null || die "curl is needed"
START_APP=true
if [ -n "$BASE_URL" ]; then
    START_APP=false
    PORT=$(echo "$BASE_URL" | sed -n 's|^http://[^/]*:\([0-9]*\)$|\1|p')
fi
BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}
require_local_url "$BASE_URL"
require_free_port "$OIDC_PORT" "identity provider, --oidc-port"
require_free_port "$SMTP_PORT" "mail server, --smtp-port"

PSQL_URL=$(psql_url "$DB" "$DB_USER")
export PGPASSWORD=$DB_PASSWORD
psql -q -At "$PSQL_URL" -c 'SELECT 1' >/dev/null || die "cannot reach the database $DB as $DB_USER"

WORK=$(mktemp -d -t sportello-send.XXXXXX)
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
write_summary_header "$SUMMARY"
{
    echo "database=$DB"
    echo "citizens=$CITIZENS"
    echo "concurrency=$CONCURRENCY"
    echo "service=$(sed -n 's/^ *"code": *"\([^"]*\)".*/\1/p' "$BENCH_DIR/bench-service.json" | head -n 1) (bench/bench-service.json)"
} >>"$SUMMARY"

if $START_APP; then
    require_free_port "$PORT" "application, --port"
    ! $BUILD || build_war
    mapfile -t settings < <(app_settings)
    log "starting Payara Micro on $DB (port $PORT)"
    start_app_env "$PORT" "$WORK/tmp" "$RESULTS/server.log" "${settings[@]}"
    wait_ready "$PORT" "$RESULTS/server.log"
    log "ready in $READY_MS ms (pid $APP_PID)"
    SERVER_PID=$APP_PID
    app_settings | grep -v PASSWORD | sed 's/^/setting: /' >>"$SUMMARY"
else
    [ "$(http_code "$BASE_URL/health/ready")" = 200 ] || die "$BASE_URL/health/ready does not answer 200: is the application running?"
    [ -n "$SERVER_PID" ] || SERVER_PID=$(server_pid_on "$PORT")
    [ -n "$SERVER_PID" ] || log "the server's process is unknown (--pid): no CPU figures"
    echo "url=$BASE_URL (started by hand)" >>"$SUMMARY"
fi
[ -z "$SERVER_PID" ] || echo "rss_before_mb=$(rss_mb "$SERVER_PID")" >>"$SUMMARY"

client=(java -Xss512k "$BENCH_DIR/SendBench.java" --url "$BASE_URL" --out "$RESULTS" --citizens "$CITIZENS"
    --concurrency "$CONCURRENCY" --service-file "$BENCH_DIR/bench-service.json" --oidc-port "$OIDC_PORT"
    --smtp-port "$SMTP_PORT" --clk-tck "$CLK_TCK" "${IMPORT[@]}")
[ -z "$SERVER_PID" ] || client+=(--pid "$SERVER_PID")
status=0
"${client[@]}" 2>&1 | tee "$RESULTS/client.log" | grep --line-buffered -v '^BENCH ' >&2 || status=$?
send_line=$(grep -h '^BENCH send ' "$RESULTS/send.txt" 2>/dev/null || true)
[ -n "$send_line" ] || die "the client printed no figures (see $RESULTS/client.log)"
[ -z "$SERVER_PID" ] || echo "rss_after_mb=$(rss_mb "$SERVER_PID")" >>"$SUMMARY"

# --- the database: every practice of the run sent once, with its receipt and protocol request ---
refs=$RESULTS/references.txt
db_line=$(psql -q -At -F ' ' "$PSQL_URL" -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE run_reference (reference VARCHAR(36) PRIMARY KEY);
\copy run_reference FROM '$refs'
WITH per_practice AS (
    SELECT r.reference, p.id, p.status, p.sent_at,
           (SELECT count(*) FROM status_change s WHERE s.practice_id = p.id AND s.status = 'SUBMITTED') AS submitted,
           (SELECT count(*) FROM outgoing_mail m
             WHERE m.subject LIKE '%ricevuta di presentazione%' AND m.body LIKE '%con numero ' || r.reference || '.%') AS receipts,
           (SELECT count(*) FROM protocol_registration g WHERE g.practice_id = p.id AND g.kind = 'SENDING') AS protocol
      FROM run_reference r LEFT JOIN practice p ON p.reference = r.reference)
SELECT 'db_practices=' || count(*),
       'db_missing=' || count(*) FILTER (WHERE id IS NULL),
       'db_still_draft=' || count(*) FILTER (WHERE status = 'DRAFT'),
       'db_sent_once=' || count(*) FILTER (WHERE sent_at IS NOT NULL AND submitted = 1),
       'db_sent_more=' || count(*) FILTER (WHERE submitted > 1),
       'db_receipt_once=' || count(*) FILTER (WHERE receipts = 1),
       'db_receipt_more=' || count(*) FILTER (WHERE receipts > 1),
       'db_protocol_request_once=' || count(*) FILTER (WHERE protocol = 1),
       'db_protocol_request_more=' || count(*) FILTER (WHERE protocol > 1),
       'db_anomalies=' || count(*) FILTER (WHERE id IS NOT NULL AND status <> 'DRAFT'
                                              AND NOT (sent_at IS NOT NULL AND submitted = 1 AND receipts = 1 AND protocol = 1))
  FROM per_practice;
SQL
)
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
final="$send_line $db_line"
{
    echo "load_after=$(load_average)"
    echo "$final" | tr ' ' '\n' | grep '=' | grep -v '^citizens=\|^concurrency=' | sed 's/^/send_/'
} >>"$SUMMARY"

# A figure of failed sends is a figure of error handling: the run says so instead of hiding it.
[ "$(field "$final" errors)" = 0 ] || { log "WARNING: $(field "$final" errors) sends failed ($(field "$final" error_kinds)); see $RESULTS/sends.tsv and $RESULTS/errors/"; status=1; }
[ "$(field "$final" db_sent_once)" = "$CITIZENS" ] || { log "WARNING: only $(field "$final" db_sent_once) of $CITIZENS practices are sent exactly once in the database"; status=1; }
[ "$(field "$final" db_receipt_once)" = "$(field "$final" db_sent_once)" ] || { log "WARNING: receipts queued once for $(field "$final" db_receipt_once) practices, sent once: $(field "$final" db_sent_once)"; status=1; }
[ "$(field "$final" db_protocol_request_once)" = "$(field "$final" db_sent_once)" ] || { log "WARNING: protocol requests once for $(field "$final" db_protocol_request_once) practices, sent once: $(field "$final" db_sent_once)"; status=1; }
[ "$(field "$final" drafts_failed)" = 0 ] || { log "WARNING: $(field "$final" drafts_failed) drafts could not be filled; see $RESULTS/drafts.tsv"; status=1; }
if [ -s "$RESULTS/server.log" ]; then
    # One SEVERE line of OmniFaces' FacesExceptionFilter per request that ended on the error page,
    # and the exception it names on the next lines.
    awk '/SEVERE.*FacesExceptionFilter/ { n++; look = 4; next }
         look > 0 { look--; if (/OptimisticLockException/) { o++; look = 0 } }
         END { printf "server_failed_requests_logged=%d\nserver_optimistic_lock_failures_logged=%d\n", n, o }' \
        "$RESULTS/server.log" >>"$SUMMARY"
fi

echo
cat "$SUMMARY"
echo
log "results kept in $RESULTS"
echo "$final"
exit "$status"
