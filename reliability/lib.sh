# Shared setup of the fault scripts; sourced, not run.
#
# Gives each script: pass/fail counters and the final "N passed, N failed" line, a build of the
# server when it is missing, a throwaway PostgreSQL cluster (initdb'd into a fresh temporary
# directory, run as the postgres OS user, 127.0.0.1 only, trust auth, database "blog"; optionally
# a primary with a streaming replica made by pg_basebackup in the same directory), API servers
# started against it, curl helpers, and a cleanup trap that stops everything it started.
#
# Environment:
#   APP_DIR        directory holding quarkus-run.jar (default <repo>/target/quarkus-app)
#   JAVA_OPTS      JVM options of the servers (default empty: the JVM's own defaults, like production)
#   PG_BIN         PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
#   REL_LOG_DIR    where logs are kept, one directory per script, overwritten on each run
#                  (default reliability/logs, which git ignores)
#   READY_TIMEOUT  seconds to wait for /q/health/ready after a start (default 90)
#   API_DB_URL     BLOG_DB_URL of the servers (default the cluster's primary); other BLOG_* settings
#                  the servers should get (BLOG_DB_READ_URL, ...) are exported by the script

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$REL_DIR")
REL_NAME=$(basename "$0")
APP_DIR=${APP_DIR:-$REPO_DIR/target/quarkus-app}
JAVA_OPTS=${JAVA_OPTS-}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
LOG_DIR=${REL_LOG_DIR:-$REL_DIR/logs}/$REL_NAME
READY_TIMEOUT=${READY_TIMEOUT:-90}
ADMIN_TOKEN=rel-admin
AUTH="Authorization: Bearer $ADMIN_TOKEN"
LOADGEN="$REL_DIR/loadgen.py"
# The interpreter itself, not a version manager's shim in front of it (which can cost a second a call).
PYTHON=$(python3 -c 'import sys; print(sys.executable)')

PASSED=0
FAILED=0
WORK_DIR=""           # the cluster's temporary directory
PG_PORT=""
REPLICA_PORT=""       # the streaming replica's port, once replica_setup made one
declare -A API_PID    # port -> pid of the server listening there
HELPER_PIDS=()        # background helpers (load generators, samplers) to stop on exit

rm -rf "$LOG_DIR" && mkdir -p "$LOG_DIR"
EVENTS="$LOG_DIR/events"
: >"$EVENTS"

say() { echo "[$REL_NAME $(date +%H:%M:%S)] $*"; }
pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }
# check NAME CONDITION-COMMAND...: one pass or fail from a command's exit status.
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
now() { date +%s.%N; }
# mark NAME: note when something happened, for the load analysis (loadgen.py reads $EVENTS).
mark() { echo "$1 $(now)" >>"$EVENTS"; }

# count_checks COMMAND...: run a checker that prints PASS:/FAIL: lines, echo them and count them.
count_checks() {
    local line failed_before=$FAILED
    while IFS= read -r line; do
        case $line in
            PASS:*) PASSED=$((PASSED + 1)) ;;
            FAIL:*) FAILED=$((FAILED + 1)) ;;
            "__rc 0") continue ;;
            "__rc "*) [ "$FAILED" -eq "$failed_before" ] && fail "checker $1 exited with status ${line#__rc }"; continue ;;
        esac
        echo "$line"
    done < <("$@" 2>&1; echo "__rc $?")
}

# finish: stop everything, print the summary as the very last line, exit non-zero on failures.
finish() {
    cleanup
    echo "logs: $LOG_DIR"
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ] && exit 0 || exit 1
}

# A fatal setup error still ends with a summary line, counted as one failure.
die() { fail "$REL_NAME setup: $*"; finish; }

# ---- build -----------------------------------------------------------------------------

build_if_missing() {
    [ -f "$APP_DIR/quarkus-run.jar" ] && return 0
    say "no $APP_DIR/quarkus-run.jar: building (./mvnw -B -q package -DskipTests)"
    (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests </dev/null) >"$LOG_DIR/build.log" 2>&1 \
        || { tail -30 "$LOG_DIR/build.log"; die "build failed"; }
    [ -f "$APP_DIR/quarkus-run.jar" ] || die "build made no $APP_DIR/quarkus-run.jar"
}

# ---- ports -----------------------------------------------------------------------------

# free_port BASE: the first port from BASE on that nothing listens on at 127.0.0.1.
free_port() {
    "$PYTHON" - "$1" <<'EOF'
import socket, sys
base = int(sys.argv[1])
for port in range(base, base + 500):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
else:
    sys.exit("no free port")
EOF
}

# ---- PostgreSQL ------------------------------------------------------------------------

# Run PostgreSQL's tools as the postgres OS user (PostgreSQL refuses to run as root).
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_setup [primary]: initdb, start, create database blog. With "primary" the cluster is also set up
# to stream to replicas (wal_level, WAL senders, replication from 127.0.0.1, WAL kept for a replica
# that is down for a while); replica_setup then makes one.
pg_setup() {
    WORK_DIR=$(mktemp -d /tmp/reliability.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$WORK_DIR"
    PG_PORT=$(free_port 55432) || die "no free port for PostgreSQL"
    as_pg "$PG_BIN/initdb" -D "$WORK_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$LOG_DIR/initdb.log" 2>&1 || { tail -20 "$LOG_DIR/initdb.log"; die "initdb failed"; }
    if [ "${1:-}" = primary ]; then
        printf '%s\n' "# reliability/lib.sh: a primary with streaming replicas" "wal_level = replica" \
            "max_wal_senders = 10" "hot_standby = on" "wal_keep_size = 256MB" \
            | as_pg tee -a "$WORK_DIR/data/postgresql.conf" >/dev/null
        as_pg sed -i '1i host replication postgres 127.0.0.1/32 trust' "$WORK_DIR/data/pg_hba.conf"
    fi
    pg_start || die "PostgreSQL did not start (see $LOG_DIR/postgresql.log)"
    as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt -c 'create database blog' postgres \
        >>"$LOG_DIR/initdb.log" 2>&1 || die "create database blog failed"
    say "PostgreSQL on 127.0.0.1:$PG_PORT, data in $WORK_DIR/data"
}

# pg_ctl_start DATA PORT LOG: start the cluster in DATA on 127.0.0.1:PORT and wait until it accepts
# connections (a standby: until it is consistent and takes read-only ones).
pg_ctl_start() {
    as_pg "$PG_BIN/pg_ctl" -D "$1" -l "$3" -w -t 60 \
        -o "-p $2 -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK_DIR" \
        start >/dev/null
}

pg_start() { pg_ctl_start "$WORK_DIR/data" "$PG_PORT" "$WORK_DIR/postgresql.log"; }

# pg_stop [MODE]: fast by default (disconnects clients, clean shutdown).
pg_stop() { as_pg "$PG_BIN/pg_ctl" -D "$WORK_DIR/data" -m "${1:-fast}" -w -t 60 stop >/dev/null; }

# ---- streaming replica (after pg_setup primary) ----------------------------------------

# replica_setup: a hot standby of the primary, streaming asynchronously: pg_basebackup -R into
# $WORK_DIR/replica, started on REPLICA_PORT; waits until the primary shows it streaming.
replica_setup() {
    REPLICA_PORT=$(free_port $((PG_PORT + 1))) || die "no free port for the replica"
    as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$WORK_DIR/replica" -R -X stream \
        -c fast >"$LOG_DIR/basebackup.log" 2>&1 || { tail -20 "$LOG_DIR/basebackup.log"; die "pg_basebackup failed"; }
    replica_start || die "the replica did not start (see $LOG_DIR/postgresql-replica.log)"
    replica_wait_streaming 30 || die "the replica is not streaming from the primary after 30s"
    say "replica on 127.0.0.1:$REPLICA_PORT, data in $WORK_DIR/replica"
}

replica_start() { pg_ctl_start "$WORK_DIR/replica" "$REPLICA_PORT" "$WORK_DIR/postgresql-replica.log"; }

# replica_stop [MODE]: fast by default.
replica_stop() { as_pg "$PG_BIN/pg_ctl" -D "$WORK_DIR/replica" -m "${1:-fast}" -w -t 60 stop >/dev/null; }

# replica_wait_streaming SECONDS: until the primary lists a WAL sender in state streaming.
replica_wait_streaming() {
    local end=$(($(date +%s) + $1)) n
    while [ "$(date +%s)" -lt "$end" ]; do
        n=$(psql_at "$PG_PORT" "select count(*) from pg_stat_replication where state = 'streaming'" 2>/dev/null)
        [ "${n:-0}" -ge 1 ] && return 0
        sleep 0.2
    done
    return 1
}

# replica_promote: pg_ctl promote, waiting until the replica takes writes.
replica_promote() { as_pg "$PG_BIN/pg_ctl" -D "$WORK_DIR/replica" -w -t 60 promote >/dev/null; }

# postmaster_pid DATA: the pid of the postmaster of the cluster in DATA.
postmaster_pid() { head -1 "$1/postmaster.pid" 2>/dev/null; }

# cluster_running DATA: its postmaster is alive (a killed one may linger as a zombie nobody reaps,
# which pg_ctl stop would wait for in vain).
cluster_running() {
    local pid
    pid=$(postmaster_pid "$1") && [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] \
        && [ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" != Z ]
}

# psql_blog SQL: run one statement in the blog database, unaligned output.
psql_blog() { psql_at "$PG_PORT" "$1"; }

# psql_at PORT SQL: the same on the cluster listening on PORT (the replica, a promoted replica).
psql_at() { PGOPTIONS="-c search_path=blog" as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -qAt -d blog -c "$2"; }

# ---- API servers -----------------------------------------------------------------------

# api_start PORT LOGFILE: start a server on PORT against the cluster (does not wait).
api_start() {
    local port=$1 log=$2
    # The cluster trusts every local connection, so the password is never checked; it is not empty
    # because the server does not start with an empty BLOG_DB_PASSWORD (CacheNotificationListener
    # injects quarkus.datasource.password with defaultValue "", which MicroProfile Config treats as
    # missing). REL_DB_PASSWORD= (empty) reproduces that.
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    BLOG_DB_URL=${API_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/blog} BLOG_DB_USER=postgres BLOG_DB_PASSWORD=${REL_DB_PASSWORD-unused} \
        BLOG_ADMIN_TOKEN=$ADMIN_TOKEN BLOG_TOKEN_HASH_KEY=reliability-token-hash-key BLOG_SITE_URL=https://blog.example BLOG_API_URL=http://127.0.0.1:$port PORT=$port \
        BLOG_METRICS_PORT=$(metrics_port "$port") java $JAVA_OPTS -jar "$APP_DIR/quarkus-run.jar" </dev/null >>"$log" 2>&1 &
    API_PID[$port]=$!
}

# metrics_port PORT: where the server on PORT serves /q/metrics (its own port, as in production).
metrics_port() { echo $(($1 + 1000)); }

# wait_ready PORT [SECONDS]: poll /q/health/ready until 200; fails if the server died or time ran out.
wait_ready() {
    local port=$1 limit=${2:-$READY_TIMEOUT} end
    end=$(($(date +%s) + limit))
    while [ "$(date +%s)" -lt "$end" ]; do
        [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ] && return 0
        kill -0 "${API_PID[$port]}" 2>/dev/null || return 1
        sleep 0.5
    done
    return 1
}

# api_up PORT LOGFILE: start a server and wait until it is ready, or give up the script.
api_up() {
    api_start "$1" "$2"
    wait_ready "$1" || { tail -30 "$2"; die "server on port $1 not ready within ${READY_TIMEOUT}s (log $2)"; }
    say "API on 127.0.0.1:$1 (pid ${API_PID[$1]})"
}

# api_wait_exit PORT SECONDS: wait for the server to exit; sets EXIT_STATUS (124 if it is still running).
api_wait_exit() {
    local pid=${API_PID[$1]} end=$(($(date +%s) + $2))
    while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$end" ]; do sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then EXIT_STATUS=124; return; fi
    wait "$pid" 2>/dev/null
    EXIT_STATUS=$?
}

# rss_mib PID: resident set size from /proc, in MiB.
rss_mib() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# ---- cleanup ---------------------------------------------------------------------------

# track PID: a background helper that cleanup stops (if it still runs).
track() { HELPER_PIDS+=("$1"); }

cleanup() {
    local port pid
    touch "$LOG_DIR/stop"   # load generators stop on this file
    for pid in "${HELPER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    HELPER_PIDS=()
    for port in "${!API_PID[@]}"; do
        pid=${API_PID[$port]}
        kill -0 "$pid" 2>/dev/null || continue
        kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    done
    API_PID=()
    if [ -n "$WORK_DIR" ] && [ -d "$WORK_DIR" ]; then
        cluster_running "$WORK_DIR/data" && pg_stop immediate >/dev/null 2>&1
        cluster_running "$WORK_DIR/replica" && replica_stop immediate >/dev/null 2>&1
        cp "$WORK_DIR"/postgresql*.log "$LOG_DIR/" 2>/dev/null
        rm -rf "$WORK_DIR"
    fi
    WORK_DIR=""
}
trap cleanup EXIT
trap 'fail "interrupted"; finish' INT TERM

# ---- HTTP helpers ----------------------------------------------------------------------

# api PORT: base URL of a server.
api() { echo "http://127.0.0.1:$1"; }

# probe NAME METHOD URL [CURL-ARGS...]: one request with curl. Prints and appends to $LOG_DIR/probes
# "time method url NAME status seconds content-type retry-after body-status" (status 000 = no answer;
# body-status is the first "status": "UP"/"DOWN" of the body, for the health endpoints; "-" = none).
# Body and headers are kept in $LOG_DIR/probe-NAME.body and .headers; probes with different names may
# run in parallel.
probe() {
    local name=$1 method=$2 url=$3 headers out retry code seconds ctype state line body
    shift 3
    headers="$LOG_DIR/probe-$name.headers"
    body="$LOG_DIR/probe-$name.body"
    out=$(curl -s -m "${PROBE_TIMEOUT:-10}" -o "$body" -D "$headers" -X "$method" \
        -w '%{http_code} %{time_total} %{content_type}' "$@" "$url")
    retry=$(tr -d '\r' <"$headers" | awk -F': *' 'tolower($1) == "retry-after" { print $2 }')
    read -r code seconds ctype <<<"$out"
    ctype=${ctype// /}
    state=$(grep -oE '"status" *: *"(UP|DOWN)"' "$body" 2>/dev/null | head -1 | grep -oE 'UP|DOWN')
    line="$(now) $method $url $name ${code:-000} ${seconds:-0} ${ctype:--} ${retry:--} ${state:--}"
    echo "$line" >>"$LOG_DIR/probes"
    echo "$line"
}

# create_post PORT TITLE TAG...: POST a published post with curl (a probe named $PROBE_NAME, default
# "create"); prints "status seconds id" (id "-" if none). An acknowledged create is logged for
# loadgen.py verify in $LOG_DIR/probe-writes.jsonl. Titles and tags must not need JSON escaping.
create_post() {
    local port=$1 title=$2 tags t0 out id code seconds
    shift 2
    tags=$(printf '"%s",' "$@")
    tags="[${tags%,}]"
    t0=$(now)
    out=$(probe "${PROBE_NAME:-create}" POST "$(api "$port")/api/v1/posts" -H "$AUTH" -H 'Content-Type: application/json' \
        -d "{\"title\": \"$title\", \"markdown\": \"Body of $title\", \"status\": \"published\", \"tags\": $tags}")
    read -r _ _ _ _ code seconds _ <<<"$out"
    id=$(grep -oE '"id" *: *"[^"]+"' "$LOG_DIR/probe-${PROBE_NAME:-create}.body" 2>/dev/null | head -1 | cut -d'"' -f4)
    if [ "$code" = 201 ] && [ -n "$id" ]; then
        printf '{"t0": %s, "t1": %s, "op": "created", "id": "%s", "title": "%s", "tags": %s}\n' \
            "$t0" "$t0" "$id" "$title" "$tags" >>"$LOG_DIR/probe-writes.jsonl"
    fi
    echo "$code $seconds ${id:--}"
}

# seconds_since T: seconds from T (as from now) to now, with one decimal.
seconds_since() { awk -v t="$1" -v n="$(now)" 'BEGIN { printf "%.1f", n - t }'; }
