# shellcheck shell=bash
# Helpers of run-send.sh, run-crawl.sh and run-lighthouse.sh, on top of lib.sh; sourced, not run.
# Like lib.sh, everything here talks to this machine only.

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Runs the server under `nice -n $BENCH_NICE` when set (for trials on a machine others use).
BENCH_NICE=${BENCH_NICE:-}

# require_local_url URL: the load goes to this machine only.
require_local_url() {
    case "$1" in
        http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
        *) die "load is only ever sent to this machine (127.0.0.1, localhost, [::1]), not to $1" ;;
    esac
}

# require_free_port PORT WHAT: never measure (or talk to) whatever already answers there.
require_free_port() {
    ! port_in_use "$1" || die "port $1 ($2) is already in use; choose another"
}

# write_summary_header FILE: the machine, the date, the commit and the JDK, as run-startup.sh does.
write_summary_header() {
    local commit
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
        echo "load_before=$(load_average)"
    } >"$1"
}

# build_war: the WAR as run-startup.sh builds it; MAVEN_ARGS adds flags (e.g. -o).
build_war() {
    log "building the application (./mvnw -q package -DskipTests ${MAVEN_ARGS:-})"
    # shellcheck disable=SC2086 # MAVEN_ARGS is a list of flags
    (cd "$REPO_ROOT" && ./mvnw -q ${MAVEN_ARGS:-} package -DskipTests)
}

# start_app_env PORT TMP_DIR LOG_FILE [NAME=VALUE...]: Payara Micro as lib.sh's start_app starts
# it, with the application's settings as environment variables (README, "Settings") instead of
# lib.sh's H2 system property, which would override them. Sets APP_PID and APP_START_MS.
start_app_env() {
    local port=$1 tmp_dir=$2 log_file=$3
    shift 3
    port_in_use "$port" && die "port $port is already in use; choose another with --port"
    [ -f "$PAYARA_MICRO_JAR" ] || die "Payara Micro not found at $PAYARA_MICRO_JAR (./mvnw package -Prun downloads it once; or set PAYARA_MICRO_JAR)"
    [ -f "$REPO_ROOT/web/target/sportello.war" ] || die "web/target/sportello.war is missing: build first"
    mkdir -p "$tmp_dir"
    local niceness=()
    [ -z "$BENCH_NICE" ] || niceness=(nice -n "$BENCH_NICE")
    APP_START_MS=$(now_ms)
    # nice and env exec the next program, so $! is the java process itself.
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of flags
    "${niceness[@]}" env "$@" "$JAVA" $BENCH_JAVA_OPTS \
        "-Djava.io.tmpdir=$tmp_dir" \
        -jar "$PAYARA_MICRO_JAR" \
        --nocluster --port "$port" \
        --deploy "$REPO_ROOT/web/target/sportello.war" --contextroot / \
        --prebootcommandfile "$REPO_ROOT/config/src/main/payara-micro/pre-boot-commands.asadmin" \
        >"$log_file" 2>&1 </dev/null &
    APP_PID=$!
}

# database_env JDBC_URL USER PASSWORD -> NAME=VALUE lines for start_app_env: PostgreSQL for a
# jdbc:postgresql:// address, otherwise H2 (any other jdbc:h2: address).
database_env() {
    case "$1" in
        jdbc:postgresql:*) echo "SPORTELLO_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource" ;;
        jdbc:h2:*) echo "SPORTELLO_DB_DATASOURCE_CLASS=org.h2.jdbcx.JdbcDataSource" ;;
        *) die "--db takes a JDBC address (jdbc:postgresql://host:5432/name), not '$1'" ;;
    esac
    echo "SPORTELLO_DB_URL=$1"
    echo "SPORTELLO_DB_USER=$2"
    echo "SPORTELLO_DB_PASSWORD=$3"
}

# psql_url JDBC_URL USER -> the same database as a psql connection URI (the password goes in
# PGPASSWORD); accepts a postgresql:// URI as it is.
psql_url() {
    case "$1" in
        postgresql://*|postgres://*) echo "$1" ;;
        jdbc:postgresql://*)
            local rest=${1#jdbc:postgresql://}
            echo "postgresql://$2@${rest%%\?*}" ;;
        *) die "not a PostgreSQL address: $1" ;;
    esac
}

# ensure_wrk: Debian's wrk, installed when missing (as run-http.sh does).
ensure_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    log "wrk is missing: installing Debian's package"
    local as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

# heap_used_mb PID: the "used" of the Java heap as jcmd GC.heap_info prints it (G1: garbage-first heap).
heap_used_mb() {
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|Java Heap|ZHeap|Shenandoah/ && /used/ {
        for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); printf "%.0f", v / 1024; exit } }'
}

# server_pid_on PORT: the process listening on the port, when ss can tell (for --url runs).
server_pid_on() {
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}

# Starts Payara Micro for a benchmark of the public pages, as its options say: on --db ($DB, $DB_USER,
# $DB_PASSWORD) or on a new H2 database in $WORK, on $PORT, built first unless --skip-build ($BUILD);
# the server log goes to $RESULTS. Sets APP_PID and READY_MS as start_app_env and wait_ready do.
start_public_app() {
    require_free_port "$PORT" "application, --port"
    ! $BUILD || build_war
    local settings
    if [ -n "$DB" ]; then
        mapfile -t settings < <(database_env "$DB" "$DB_USER" "$DB_PASSWORD")
    else
        mapfile -t settings < <(database_env "jdbc:h2:file:$WORK/db/sportello;WRITE_DELAY=0" sportello sportello)
    fi
    log "starting Payara Micro on ${DB:-a new H2 database} (port $PORT)"
    start_app_env "$PORT" "$WORK/tmp" "$RESULTS/server.log" "${settings[@]}"
    wait_ready "$PORT" "$RESULTS/server.log"
    log "ready in $READY_MS ms (pid $APP_PID)"
}
