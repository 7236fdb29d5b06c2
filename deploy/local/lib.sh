# Shared helpers of the local scripts: paths, JDK discovery, process bookkeeping, waiting.
# Sourced, never run. Everything the scripts keep lives under $STATE (ignored by git).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/deploy/local"
STATE="${CODE2ASIN_STATE:-$ROOT/.state}"
RUN="$STATE/run"
LOGS="$STATE/logs"
mkdir -p "$RUN" "$LOGS"

log() { printf '\033[1m[code2asin]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[code2asin] %s\033[0m\n' "$*" >&2; exit 1; }

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

# A JDK 21+: JAVA_HOME when it is one, else the newest under /usr/lib/jvm.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -x "$d/bin/javac" ] || continue
    v="$(java_major "$d")"
    [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ] && { best="$d"; best_v="$v"; }
  done
  [ -n "$best" ] || die "No JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm). Install one, e.g. 'apt-get install -y openjdk-21-jdk-headless' or Temurin 21+, then retry."
  echo "$best"
}
JAVA_HOME="$(find_jdk)"; export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
# Maven and Netty still use sun.misc.Unsafe; JDK 24+ warns about it on every start unless told otherwise.
JVM_FLAGS=()
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  JVM_FLAGS=(--sun-misc-unsafe-memory-access=allow)
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

# A Code2ASIN service's JVM: the heap the Kubernetes manifests give it, and an exit on OutOfMemoryError, so that
# whoever supervises it restarts it instead of leaving it half alive (event loops dead, health checks flickering).
SERVICE_HEAP="${CODE2ASIN_SERVICE_HEAP:-384m}"
# What a deployment supplies from its secrets and environment, and a local run from here: the amazon-simulator's
# credentials (production refuses to start without real ones) and its image host on loopback (refused by default).
LOCAL_SETTINGS=(
  -Dlookup-worker.sp-api.client-id=amzn1.application-oa2-client.code2asin-local
  -Dlookup-worker.sp-api.client-secret=local-secret
  "-Dlookup-worker.sp-api.refresh-token=Atzr|code2asin-local"
  -Dlookup-worker.creators.client-id=code2asin-local-creators
  -Dlookup-worker.creators.client-secret=local-creators-secret
  # Amazon's pricing plan is 0.1 calls/s (2 ASINs a second); the simulator grants more, so the demo's prices come fast
  -Dlookup-worker.quota.sp-api-pricing.rate=2
  # seals the tenants' own Amazon accounts; a deployment takes its key from a secret (openssl rand -base64 32)
  -Dlookup-worker.accounts.encryption-key=bG9jYWwtZGV2LWtleS1mb3ItdGVuYW50LWFjY291bnQ=
  -Dimage-fetcher.allowed-hosts=m.media-amazon.com,images-na.ssl-images-amazon.com,127.0.0.1,localhost
)
SERVICE_JVM=("${JVM_FLAGS[@]}" "-Xmx$SERVICE_HEAP" -XX:+ExitOnOutOfMemoryError "${LOCAL_SETTINGS[@]}")

# Maven through the project's wrapper, with the project's JDK.
mvnw() { (cd "$ROOT" && ./mvnw -B -q "$@"); }

pid_alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# start NAME DIR CMD...: runs CMD in DIR in the background, logs to $LOGS/NAME.log, records its pid.
start_bg() {
  local name="$1" dir="$2"; shift 2
  if pid_alive "$name"; then log "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  ( cd "$dir" && exec setsid "$@" ) >>"$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

# stop NAME: ends the process group we started (children included), then forgets it.
stop_bg() {
  local name="$1" pid i
  [ -f "$RUN/$name.pid" ] || return 0
  pid="$(cat "$RUN/$name.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    log "stopped $name"
  fi
  rm -f "$RUN/$name.pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS TEST...: polls TEST until it succeeds; fails with the log's tail otherwise.
wait_for() {
  local name="$1" secs="$2"; shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if [ -f "$RUN/$name.pid" ] && ! pid_alive "$name"; then
      tail -n 30 "$LOGS/$name.log" >&2; die "$name exited during start-up (log: $LOGS/$name.log)"
    fi
    [ $((SECONDS - start)) -lt "$secs" ] || { tail -n 30 "$LOGS/$name.log" >&2 2>/dev/null; die "$name not ready after ${secs}s (log: $LOGS/$name.log)"; }
    sleep 1
  done
  log "$name ready ($((SECONDS - start))s)"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

# ready_on PORT: readiness of the service on HTTP port PORT, asked on its management port (HTTP port + 1000: the
# services' own 9080-9083, or QUARKUS_MANAGEMENT_PORT where a script moves one); the simulator (8089) has none
ready_on() {
  case "$1" in
    8089|"$BENCH_SIM_PORT") http_ok "http://127.0.0.1:$1/q/health/ready" ;;
    *) http_ok "http://127.0.0.1:$(($1 + 1000))/q/health/ready" ;;
  esac
}
