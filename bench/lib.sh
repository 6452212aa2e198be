# shellcheck shell=bash
# Helpers shared by the benchmark scripts; sourced, not run.
# Everything here talks to 127.0.0.1 only: the benchmarks never send traffic off this machine.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$BENCH_DIR/.." && pwd)

# The exact runtime the application is built for (payara.version in the root pom). Started with
# plain `java -jar` so that the figures contain no Maven start-up and no plugin overhead.
PAYARA_VERSION=${PAYARA_VERSION:-6.2025.10}
PAYARA_MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
JAVA=${JAVA:-java}
# Extra JVM flags for experiments (e.g. -Xmx512m). Empty by default: the published figures are
# for the JVM's own ergonomics, which is what `./mvnw package -Prun` gets too.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
BENCH_READY_TIMEOUT=${BENCH_READY_TIMEOUT:-300}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# True when something already listens on the port: measuring someone else's server would give
# figures that look plausible and mean nothing.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

http_code() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true
}

# VmRSS of a process in MiB (resident set, what the operating system actually has to give it).
rss_mb() {
    awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

APP_PID=
APP_START_MS=
APP_START_BUSY=

# start_app PORT DB_DIR TMP_DIR LOG_FILE
# java.io.tmpdir points into the benchmark's own temp dir so that Payara Micro's runtime
# directory (a new one at each start) is removed together with it, even after a hard kill.
start_app() {
    local port=$1 db_dir=$2 tmp_dir=$3 log_file=$4
    port_in_use "$port" && die "port $port is already in use; choose another with --port"
    mkdir -p "$db_dir" "$tmp_dir"
    # shellcheck disable=SC2034 # read by run-startup.sh
    APP_START_BUSY=$(cpu_busy_ticks)
    APP_START_MS=$(now_ms)
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of flags
    "$JAVA" $BENCH_JAVA_OPTS \
        "-Djava.io.tmpdir=$tmp_dir" \
        "-Dsportello.db.url=jdbc:h2:file:$db_dir/sportello;WRITE_DELAY=0" \
        -jar "$PAYARA_MICRO_JAR" \
        --nocluster --port "$port" \
        --deploy "$REPO_ROOT/web/target/sportello.war" --contextroot / \
        --prebootcommandfile "$REPO_ROOT/config/src/main/payara-micro/pre-boot-commands.asadmin" \
        >"$log_file" 2>&1 </dev/null &
    APP_PID=$!
}

# wait_ready PORT LOG_FILE -> sets READY_MS, milliseconds from process start to the first 200.
# Payara answers 404, then 503 "No Application deployed", then 500 while the application
# deploys, so a 200 from /health/ready really means the application and its database are up.
# It sets a variable instead of printing: inside $(...) the caller's traps would wait for the
# whole start, and Ctrl-C would not stop the server until it was ready.
READY_MS=
wait_ready() {
    local port=$1 log_file=$2 deadline code
    deadline=$(( $(now_ms) + BENCH_READY_TIMEOUT * 1000 ))
    while :; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$log_file" >&2
            die "Payara Micro exited before it was ready (log: $log_file)"
        fi
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health/ready" || true)
        if [ "$code" = 200 ]; then
            # shellcheck disable=SC2034 # read by run-startup.sh
            READY_MS=$(( $(now_ms) - APP_START_MS ))
            return 0
        fi
        [ "$(now_ms)" -lt "$deadline" ] || die "not ready after ${BENCH_READY_TIMEOUT}s (log: $log_file)"
        # 100 ms keeps the timing resolution well under the run-to-run noise without the
        # polling itself competing for the two cores.
        sleep 0.1
    done
}

# Payara's own "ready in N (ms)" line: counted from the runtime's boot, so without the JVM's
# start. Kept next to ours to tell the two apart. The line can come a moment after the first
# health answer, hence the short wait; without it the figure is left empty.
payara_ready_ms() {
    local _ line=
    for _ in $(seq 1 50); do
        line=$(grep -o 'ready in [0-9,.]* (ms)' "$1" | tail -n 1 || true)
        [ -z "$line" ] || break
        sleep 0.1
    done
    echo "$line" | tr -dc '0-9'
}

# SIGTERM first so that H2 closes the database cleanly: the warm start must find it intact.
stop_app() {
    [ -n "$APP_PID" ] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        local _
        for _ in $(seq 1 300); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.2
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "Payara Micro (pid $APP_PID) did not stop in 60 s; killing it"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# CPU accounting, in clock ticks. On a shared machine the wall-clock start time depends on what
# else runs; the CPU time the server itself used to get ready does much less, and the CPU time
# everything else used in the same window tells whether a figure was taken on a busy machine.
CLK_TCK=$(getconf CLK_TCK)
cpu_busy_ticks() { # user + nice + system + irq + softirq of the whole machine
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat
}
process_cpu_ticks() { # utime + stime of one process; the name in field 2 may contain spaces
    sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}
ticks_to_s() {
    awk -v t="$1" -v hz="$CLK_TCK" 'BEGIN { printf "%.1f", t / hz }'
}

load_average() {
    cut -d' ' -f1-3 /proc/loadavg
}
