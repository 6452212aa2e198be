#!/usr/bin/env bash
# A Sportello cluster on this machine, and what it must not lose: PostgreSQL, HAProxy (Debian)
# and 2 (or --nodes 3) Payara Micro nodes started with config/src/main/cluster/start-node.sh,
# then, through the load balancer (the client is bench/ClusterCheck.java):
#   - a booking race: --attempts visitors, each with a session of their own, try to hold and
#     confirm one of the slots that make --places places, all at once: exactly --places bookings;
#   - failover: an operator mid-action, a held booking slot and a citizen half-way through the
#     wizard; the node that serves each is killed (kill -9) half-way and the journey ends on
#     another node, without a new login and without losing what was saved;
#   - jobs: one job every --period on every node; over --periods periods it ran once per period,
#     on one node or another, and the "Lavori" console of each node lists every run;
#   - an interrupted job: --drafts old drafts; the administrator starts draft-expiry in node-1's
#     console; node-1 is killed (kill -9) half-way; node-2's console shows the run interrupted, and
#     "Riavvia" there starts a run that does what was left: every draft warned once, one mail each;
#   - throughput and CPU per request of the catalog and a service card, with 2 nodes and with 1
#     (on 2 cores this shows what the grid costs, not a speed-up);
#   - 200 citizens sending one service at once, spread over the nodes (bench/run-send.sh through
#     the balancer, the nodes restarted with its settings): no error, each practice sent once.
#
#   bench/run-cluster.sh [--nodes 2] [--attempts 1000] [--places 50] [--periods 10] [--period 15]
#                        [--checks "race failover jobs interrupted http sends"] [--drafts 10000]
#                        [--journeys "operator booking citizen"] [--skip-build] [--out DIR]
#   bench/run-cluster.sh --short     # what CI runs: 2 nodes, a race of 200 on 20 places, the
#                                    # failover of the booking journey, 2 job periods, an
#                                    # interrupted job over 10,000 drafts
#
# Needs root or sudo for PostgreSQL (a database sportello_cluster is dropped and created) and to
# install haproxy when it is missing. Results (summary.txt, the nodes' and HAProxy's logs) go to
# bench/results/cluster-<UTC timestamp>/ or --out. Exits non-zero when a check fails.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

NODES=2
ATTEMPTS=1000
PLACES=50
PERIODS=10
PERIOD=15
SHORT=false
BUILD=true
RESULTS=
JOURNEYS=(operator booking citizen)
CHECKS="race failover jobs interrupted http sends"
DRAFTS=10000
LB_PORT=18400
STATS_PORT=18409
GRID_PORT=5900
DB_NAME=sportello_cluster
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME"
JOB=draft-expiry

usage() { sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) NODES=$2; shift 2 ;;
        --attempts) ATTEMPTS=$2; shift 2 ;;
        --places) PLACES=$2; shift 2 ;;
        --periods) PERIODS=$2; shift 2 ;;
        --period) PERIOD=$2; shift 2 ;;
        --short) SHORT=true; shift ;;
        --checks) CHECKS=$2; shift 2 ;;
        --drafts) DRAFTS=$2; shift 2 ;;
        --journeys) read -r -a JOURNEYS <<<"$2"; shift 2 ;;
        --skip-build) BUILD=false; shift ;;
        --out) RESULTS=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
if $SHORT; then
    NODES=2 ATTEMPTS=200 PLACES=20 PERIODS=2 PERIOD=15
    JOURNEYS=(booking)
    CHECKS="race failover jobs interrupted"
fi
[ "$NODES" -ge 2 ] || die "a cluster has at least 2 nodes"

RESULTS=${RESULTS:-$BENCH_DIR/results/cluster-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)
SUMMARY="$RESULTS/summary.txt"
: >"$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -q -X $*"; }
psql_desk() { PGPASSWORD=sportello psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -U sportello -d "$DB_NAME" -c "$1"; }

node_port() { echo $((LB_PORT + $1)); }
declare -A NODE_PID=()
# Settings added to every node's environment (the sends' phase gives them run-send.sh's).
NODE_ENV=()

# --- the pieces ----------------------------------------------------------------------------

prepare_database() {
    log "a new database $DB_NAME on the local PostgreSQL"
    psql_admin <<SQL
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sportello') THEN
        CREATE ROLE sportello LOGIN PASSWORD 'sportello';
    END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB_NAME;
CREATE DATABASE $DB_NAME OWNER sportello;
SQL
}

members() {
    local i list=
    for i in $(seq 1 "$NODES"); do list+="${list:+,}127.0.0.1:$((GRID_PORT + i - 1))"; done
    echo "$list"
}

# start_node N: node-N on port LB_PORT+N and grid port GRID_PORT+N-1, every job but $JOB off.
start_node() {
    local n=$1 port
    port=$(node_port "$n")
    port_in_use "$port" && die "port $port is already in use"
    env SPORTELLO_DB_URL="$DB_URL" SPORTELLO_DB_USER=sportello SPORTELLO_DB_PASSWORD=sportello \
        SPORTELLO_CLUSTER_NAME="sportello-check-$LB_PORT" \
        SPORTELLO_JOBS_DRAFTS_EVERY="PT${PERIOD}S" SPORTELLO_JOBS_OUTBOX_EVERY=PT0S \
        SPORTELLO_JOBS_PROTOCOL_EVERY=PT0S SPORTELLO_JOBS_REMINDERS_EVERY=PT0S \
        SPORTELLO_MAIL_PORT=18425 SPORTELLO_PUBLIC_URL="http://127.0.0.1:$LB_PORT" \
        JAVA_OPTS="-Xmx768m" "${NODE_ENV[@]}" \
        "$REPO_ROOT/config/src/main/cluster/start-node.sh" --name "node-$n" --port "$port" \
        --grid-port $((GRID_PORT + n - 1)) --members "$(members)" --work-dir "$RESULTS/node-$n" \
        -- --interfaces 127.0.0.1 --nohostaware \
        >>"$RESULTS/node-$n.log" 2>&1 </dev/null &
    NODE_PID[$n]=$!
}

wait_node() {
    local n=$1 port deadline
    port=$(node_port "$n")
    deadline=$((SECONDS + BENCH_READY_TIMEOUT))
    until [ "$(http_code "http://127.0.0.1:$port/health/ready")" = 200 ]; do
        kill -0 "${NODE_PID[$n]}" 2>/dev/null || { tail -n 40 "$RESULTS/node-$n.log" >&2; die "node-$n exited"; }
        [ $SECONDS -lt "$deadline" ] || die "node-$n not ready in $BENCH_READY_TIMEOUT s"
        sleep 1
    done
}

# HAProxy's view of a node, from its statistics page: UP, DOWN, ...
lb_status() {
    curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v node="node-$1" '$1 == "nodes" && $2 == node { print $18 }'
}

wait_in_rotation() {
    local n=$1 deadline=$((SECONDS + 60))
    until [ "$(lb_status "$n")" = UP ]; do
        [ $SECONDS -lt "$deadline" ] || die "HAProxy does not send visitors to node-$n"
        sleep 1
    done
}

start_balancer() {
    command -v haproxy >/dev/null || {
        log "haproxy is missing: installing Debian's package"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    }
    local n
    {
        sed -e '/^    server /d' -e "s/bind 127.0.0.1:18400/bind 127.0.0.1:$LB_PORT/" \
            "$REPO_ROOT/config/src/main/cluster/haproxy.cfg"
        for n in $(seq 1 "$NODES"); do
            echo "    server node-$n 127.0.0.1:$(node_port "$n") check cookie node-$n"
        done
        printf '\nfrontend stats\n    bind 127.0.0.1:%s\n    stats enable\n    stats uri /stats\n' "$STATS_PORT"
    } >"$RESULTS/haproxy.cfg"
    haproxy -c -q -f "$RESULTS/haproxy.cfg"
    haproxy -db -f "$RESULTS/haproxy.cfg" >"$RESULTS/haproxy.log" 2>&1 </dev/null &
    LB_PID=$!
}

LB_PID=
stop_all() {
    local n
    for n in "${!NODE_PID[@]}"; do kill -TERM "${NODE_PID[$n]}" 2>/dev/null || true; done
    [ -z "$LB_PID" ] || kill -TERM "$LB_PID" 2>/dev/null || true
    for n in "${!NODE_PID[@]}"; do wait "${NODE_PID[$n]}" 2>/dev/null || true; done
    [ -z "$LB_PID" ] || wait "$LB_PID" 2>/dev/null || true
}
trap stop_all EXIT

# Every node stopped and started again, with the settings of NODE_ENV.
restart_all_nodes() {
    local n
    for n in $(seq 1 "$NODES"); do kill -TERM "${NODE_PID[$n]}" 2>/dev/null || true; done
    for n in $(seq 1 "$NODES"); do wait "${NODE_PID[$n]}" 2>/dev/null || true; done
    for n in $(seq 1 "$NODES"); do start_node "$n"; done
    for n in $(seq 1 "$NODES"); do wait_node "$n"; wait_in_rotation "$n"; done
}

node_args() {
    local n
    for n in $(seq 1 "$NODES"); do printf -- '--node node-%s=%s ' "$n" "${NODE_PID[$n]}"; done
}

check() { # the client, through the load balancer
    # shellcheck disable=SC2046 # one word per option
    java "$BENCH_DIR/ClusterCheck.java" --url "http://127.0.0.1:$LB_PORT" --out "$RESULTS" $(node_args) "$@" \
        | tee -a "$SUMMARY" | grep '^BENCH' >/dev/null
}

# The nodes the client killed are started again, and back in the balancer's rotation.
restart_dead_nodes() {
    local n
    for n in $(seq 1 "$NODES"); do
        if ! kill -0 "${NODE_PID[$n]}" 2>/dev/null; then
            wait "${NODE_PID[$n]}" 2>/dev/null || true
            log "node-$n was killed; starting it again"
            start_node "$n"
            wait_node "$n"
            wait_in_rotation "$n"
        fi
    done
}

# console_page N: the "Lavori" console of node-N, read directly from it as the demo administrator,
# just the section of $JOB.
console_page() {
    local port jar page view_state
    port=$(node_port "$1")
    jar="$RESULTS/console-node-$1.cookies"
    page=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/accesso-personale.xhtml")
    view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode login=login \
        --data-urlencode login:username=admin --data-urlencode login:password=Admin.Bugliano.1 \
        --data-urlencode login:submit= --data-urlencode "jakarta.faces.ViewState=$view_state" \
        "http://127.0.0.1:$port/accesso-personale.xhtml"
    curl -s -b "$jar" "http://127.0.0.1:$port/backoffice/lavori/index.xhtml" \
        | sed -n "/id=\"job-$JOB\"/,/<\/section>/p" | tee "$RESULTS/console-node-$1.html"
}

# --- the run -------------------------------------------------------------------------------

say "Sportello cluster check: $NODES nodes, commit $(git -C "$REPO_ROOT" rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(load_average)"
! $BUILD || (cd "$REPO_ROOT" && ./mvnw -q package -DskipTests)
prepare_database

# The first node creates the schema (Flyway) and the demo data; the others start once it is there.
started=$SECONDS
start_node 1
wait_node 1
for n in $(seq 2 "$NODES"); do start_node "$n"; done
for n in $(seq 2 "$NODES"); do wait_node "$n"; done
start_balancer
for n in $(seq 1 "$NODES"); do wait_in_rotation "$n"; done
grep -q "DG Size: $NODES" "$RESULTS/node-$NODES.log" || die "node-$NODES did not join a data grid of $NODES members (see node-$NODES.log)"
say "BENCH cluster start nodes=$NODES seconds=$((SECONDS - started)) grid-members=$NODES"

wants() { [[ " $CHECKS " == *" $1 "* ]]; }

if wants race; then
log "booking race: $ATTEMPTS visitors on $PLACES places"
check race --calendar ufficio-anagrafe --places "$PLACES" --attempts "$ATTEMPTS" --concurrency 100
fi

wants failover || JOURNEYS=()
for journey in "${JOURNEYS[@]}"; do
    log "failover: $journey"
    check "$journey"
    restart_dead_nodes
done

if wants jobs; then
log "jobs: $JOB every $PERIOD s on every node, over $PERIODS periods"
jobs_from=$(psql_desk "SELECT COALESCE(MAX(jobexecid), 0) FROM batch_executioninstancedata")
# from the next period's start, PERIODS whole periods and a little for the last run to end
sleep $((PERIOD - $(date +%s) % PERIOD + PERIODS * PERIOD + 5))
runs=$(psql_desk "SELECT COUNT(*) FROM batch_executioninstancedata e JOIN batch_jobinstancedata j ON j.jobinstanceid = e.jobinstanceid WHERE j.name = '$JOB' AND e.jobexecid > $jobs_from")
per_period=$(psql_desk "SELECT COALESCE(MAX(c), 0) FROM (SELECT COUNT(*) AS c FROM batch_executioninstancedata e JOIN batch_jobinstancedata j ON j.jobinstanceid = e.jobinstanceid WHERE j.name = '$JOB' AND e.jobexecid > $jobs_from GROUP BY FLOOR(EXTRACT(EPOCH FROM e.createtime) / $PERIOD)) AS p")
say "BENCH cluster jobs job=$JOB periods=$PERIODS runs=$runs most-in-one-period=$per_period"
[ "$runs" -ge "$PERIODS" ] || die "$JOB ran $runs times in $PERIODS periods"
[ "$per_period" -eq 1 ] || die "$JOB ran $per_period times in one period"
# The console of every node lists the latest runs, whichever node ran them (it shows 20 at most).
latest=$(psql_desk "SELECT e.jobexecid FROM batch_executioninstancedata e JOIN batch_jobinstancedata j ON j.jobinstanceid = e.jobinstanceid WHERE j.name = '$JOB' AND e.jobexecid > $jobs_from ORDER BY e.jobexecid DESC LIMIT 20")
for n in $(seq 1 "$NODES"); do
    console=$(console_page "$n")
    missing=0
    for id in $latest; do
        grep -q ">$id</td>" <<<"$console" || missing=$((missing + 1))
    done
    say "BENCH cluster console node=node-$n runs-listed=$(($(wc -w <<<"$latest") - missing)) missing=$missing"
    [ "$missing" -eq 0 ] || die "the console of node-$n misses $missing runs"
done
fi

if wants interrupted; then
    log "interrupted job: draft-expiry over $DRAFTS drafts, node-1 killed half-way, taken over from node-2"
    # this check's run is the only one (no schedule), and a server is gone after 3 x 5 s of silence
    NODE_ENV=(SPORTELLO_JOBS_DRAFTS_EVERY=PT0S SPORTELLO_JOBS_HEARTBEAT=PT5S)
    restart_all_nodes
    draft=$(check draft; sed -n 's/^BENCH cluster draft practice=\([^ ]*\).*/\1/p' "$SUMMARY" | tail -n 1)
    [ -n "$draft" ] || die "no draft to copy"
    # copies of the draft, untouched since 2000: old enough to be warned
    psql_desk "DO \$\$ DECLARE columns TEXT; BEGIN
        SELECT string_agg(column_name, ', ') INTO columns FROM information_schema.columns
            WHERE table_name = 'practice' AND column_name NOT IN ('id', 'reference');
        EXECUTE format('INSERT INTO practice (id, reference, %s) SELECT 900000000 + g, ''CHECK-'' || g, %s
            FROM practice, generate_series(1, $DRAFTS) AS g WHERE reference = %L', columns, columns, '$draft');
        UPDATE practice SET updated_at = TIMESTAMP '2000-01-01 00:00' WHERE id > 900000000;
    END \$\$"
    warned() { psql_desk "SELECT COUNT(*) FROM job_notice WHERE practice_id > 900000000"; }
    started=$(java "$BENCH_DIR/ClusterCheck.java" --url "http://127.0.0.1:$(node_port 1)" --out "$RESULTS" job-start --job "$JOB" \
        | tee -a "$SUMMARY" | sed -n 's/^BENCH cluster job-start .*execution=\([0-9]*\).*/\1/p')
    [ -n "$started" ] || die "the console of node-1 did not start $JOB"
    deadline=$((SECONDS + 300))
    until [ "$(warned)" -ge $((DRAFTS / 10)) ]; do
        [ $SECONDS -lt "$deadline" ] || die "$JOB warned $(warned) drafts in 300 s"
        sleep 0.2
    done
    kill -KILL "${NODE_PID[1]}"
    at_kill=$(warned)
    [ "$at_kill" -lt "$DRAFTS" ] || die "$JOB ended before node-1 was killed: give more --drafts"
    log "node-1 killed with $at_kill of $DRAFTS drafts warned; waiting for node-2 to see execution $started interrupted"
    deadline=$((SECONDS + 120))
    until restarted=$(java "$BENCH_DIR/ClusterCheck.java" --url "http://127.0.0.1:$(node_port 2)" job-restart --execution "$started" 2>>"$RESULTS/restart-attempts.log" \
            | tee -a "$SUMMARY" | sed -n 's/^BENCH cluster job-restart .*taken-over-by=\([0-9]*\).*/\1/p') && [ -n "$restarted" ]; do
        [ $SECONDS -lt "$deadline" ] || die "node-2's console did not offer to restart execution $started (see restart-attempts.log)"
        sleep 2
    done
    deadline=$((SECONDS + 300))
    until [ "$(psql_desk "SELECT batchstatus FROM batch_executioninstancedata WHERE jobexecid = $restarted")" = COMPLETED ]; do
        case "$(psql_desk "SELECT batchstatus FROM batch_executioninstancedata WHERE jobexecid = $restarted")" in
            FAILED|STOPPED|ABANDONED) die "the new execution $restarted did not complete (see node-2.log)" ;;
        esac
        [ $SECONDS -lt "$deadline" ] || die "the new execution $restarted did not complete in 300 s"
        sleep 1
    done
    notices=$(psql_desk "SELECT COUNT(*) || ' ' || COUNT(DISTINCT practice_id) FROM job_notice WHERE practice_id > 900000000")
    mails=$(psql_desk "SELECT COUNT(*) || ' ' || COUNT(DISTINCT substring(body FROM '\(numero (CHECK-[0-9]+)\)')) FROM outgoing_mail WHERE body LIKE '%(numero CHECK-%'")
    read_again=$(psql_desk "SELECT COALESCE(SUM(readcount), 0) FROM batch_stepexecutioninstancedata WHERE jobexecid = $restarted AND stepname = 'warn'")
    say "BENCH cluster interrupted drafts=$DRAFTS warned-before-kill=$at_kill new-run-read=$read_again notices/drafts=${notices/ //} mails/drafts=${mails/ //}"
    [ "$notices" = "$DRAFTS $DRAFTS" ] || die "after the restart: $notices warnings (count, drafts) for $DRAFTS drafts"
    [ "$mails" = "$DRAFTS $DRAFTS" ] || die "after the restart: $mails mails (count, drafts) for $DRAFTS drafts"
    [ "$read_again" -eq $((DRAFTS - at_kill)) ] || die "the new run read $read_again drafts, not the $((DRAFTS - at_kill)) left"
    NODE_ENV=()
    restart_dead_nodes
fi

if wants http; then
    for nodes in 2 1; do
        url="http://127.0.0.1:$LB_PORT"
        [ "$nodes" = 2 ] || url="http://127.0.0.1:$(node_port 1)"
        before=0
        for n in $(seq 1 "$nodes"); do before=$((before + $(process_cpu_ticks "${NODE_PID[$n]}"))); done
        "$BENCH_DIR/run-http.sh" --url "$url" --duration 20s --warmup 10s --out "$RESULTS/http-$nodes" >"$RESULTS/http-$nodes.txt" 2>&1
        after=0
        for n in $(seq 1 "$nodes"); do after=$((after + $(process_cpu_ticks "${NODE_PID[$n]}"))); done
        say "BENCH cluster http nodes=$nodes cpu-s=$(ticks_to_s $((after - before)))"
        grep -E '^(catalog|card|service|search)' "$RESULTS/http-$nodes.txt" | sed "s/^/BENCH cluster http nodes=$nodes /" | tee -a "$SUMMARY" || true
    done
fi

if wants sends; then
    log "sends: 200 citizens send one service at once through the balancer (bench/run-send.sh)"
    mapfile -t NODE_ENV < <("$BENCH_DIR/run-send.sh" --port "$LB_PORT" --db "$DB_URL" --help-settings | grep -v '^SPORTELLO_DB_')
    restart_all_nodes
    before=0
    for n in $(seq 1 "$NODES"); do before=$((before + $(process_cpu_ticks "${NODE_PID[$n]}"))); done
    sends_ok=true
    "$BENCH_DIR/run-send.sh" --url "http://127.0.0.1:$LB_PORT" --pid "${NODE_PID[1]}" --db "$DB_URL" \
        --citizens 200 --concurrency 50 --skip-build --out "$RESULTS/send" >"$RESULTS/send.log" 2>&1 || sends_ok=false
    after=0
    for n in $(seq 1 "$NODES"); do after=$((after + $(process_cpu_ticks "${NODE_PID[$n]}"))); done
    say "BENCH cluster sends nodes=$NODES cpu-s-all-nodes=$(ticks_to_s $((after - before))) $(grep -E '^send_(sends|errors|p50_ms|p95_ms|db_sent_once|db_sent_more|db_receipt_once|db_protocol_request_once)=' "$RESULTS/send/summary.txt" | tr '\n' ' ')"
    $sends_ok || die "the sends through the balancer lost or doubled something (see $RESULTS/send/summary.txt)"
fi

say "cluster check passed ($(load_average) load at the end); results in $RESULTS"
