#!/usr/bin/env bash
# Starts one node of a Sportello cluster: Payara Micro with the desk, a member of the data grid
# that the other nodes join (web sessions are replicated there), on the PostgreSQL database all
# nodes share (the desk's data and the batch jobs' history). Runs in the foreground; run one per
# machine (or several on one machine, with different ports and names).
#
#   config/src/main/cluster/start-node.sh --name node-1 --members 10.0.0.11:5900,10.0.0.12:5900 \
#       [--port 8080] [--grid-port 5900] [--war sportello.war] [--micro payara-micro.jar] \
#       [--driver postgresql.jar] [--work-dir DIR] [-- more Payara Micro options]
#
# The database and every other setting come from the environment (README, "Settings"):
# SPORTELLO_DB_URL (jdbc:postgresql://...), SPORTELLO_DB_USER and SPORTELLO_DB_PASSWORD.
# SPORTELLO_CLUSTER_NAME names the cluster (default sportello): nodes join only a grid of the same
# name. The grid has no password: its port must be reachable from the other nodes only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)

name=
members=
port=8080
grid_port=5900
war="$root/web/target/sportello.war"
micro="${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
driver="${POSTGRESQL_DRIVER_JAR:-$HOME/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar}"
work_dir=
extra=()

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --name) name=$2; shift 2 ;;
        --members) members=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        --grid-port) grid_port=$2; shift 2 ;;
        --war) war=$2; shift 2 ;;
        --micro) micro=$2; shift 2 ;;
        --driver) driver=$2; shift 2 ;;
        --work-dir) work_dir=$2; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

fail() { echo "start-node: $*" >&2; exit 2; }
[ -n "$name" ] || fail "--name is required: each node needs a name of its own"
[ -n "$members" ] || fail "--members is required: host:grid-port of the nodes, this one included"
case "${SPORTELLO_DB_URL:-}" in
    jdbc:postgresql:*) ;;
    *) fail "SPORTELLO_DB_URL must name the shared PostgreSQL database (jdbc:postgresql://...)" ;;
esac
[ -f "$war" ] || fail "no application at $war (./mvnw package)"
[ -f "$micro" ] || fail "no Payara Micro at $micro (--micro, or PAYARA_MICRO_JAR)"
[ -f "$driver" ] || fail "no PostgreSQL driver at $driver (--driver, or POSTGRESQL_DRIVER_JAR)"

# The shipped boot configuration, then the cluster's own: the batch jobs' history in the shared
# database. Payara Micro reads one pre-boot file, so the two are put together for this node.
work_dir=${work_dir:-$(mktemp -d -t "sportello-$name.XXXXXX")}
mkdir -p "$work_dir"
boot="$work_dir/pre-boot-commands.asadmin"
cat "$root/config/src/main/payara-micro/pre-boot-commands.asadmin" "$here/pre-boot-commands-cluster.asadmin" >"$boot"

export SPORTELLO_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
exec java ${JAVA_OPTS:-} "-Djava.io.tmpdir=$work_dir" -jar "$micro" \
    --name "$name" \
    --clustername "${SPORTELLO_CLUSTER_NAME:-sportello}" \
    --clustermode "tcpip:$members" \
    --startport "$grid_port" \
    --port "$port" \
    --addlibs "$driver" \
    --prebootcommandfile "$boot" \
    --deploy "$war" --contextroot / \
    "${extra[@]}"
