# The Code2ASIN services as local processes (packaged Quarkus apps). Sourced by ./code2asin.

# name:port, in start order (the simulator first: lookup-worker calls it)
APPS="amazon-simulator:8089 job-api:8080 lookup-worker:8081 image-fetcher:8082 export-service:8083"

build_apps() {
  local app
  for app in $APPS; do
    # rebuilding would replace the jars under a running service
    pid_alive "${app%%:*}" && { log "services are running: not rebuilding (./code2asin down first to run new code)"; return 0; }
  done
  log "building the suite (./mvnw package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "build failed"
}

services_up() {
  local app name port
  # the console job-api serves on :8080 looks codes up on lookup-worker's port (behind a gateway: the same origin)
  export JOB_API_CONSOLE_LOOKUP_URL="${JOB_API_CONSOLE_LOOKUP_URL:-http://127.0.0.1:8081}"
  for app in $APPS; do
    name="${app%%:*}"; port="${app##*:}"
    [ -f "$ROOT/$name/target/quarkus-app/quarkus-run.jar" ] || die "$name is not built: run ./mvnw package -DskipTests"
    start_bg "$name" "$ROOT/$name" "$JAVA" "${SERVICE_JVM[@]}" -jar target/quarkus-app/quarkus-run.jar
  done
  for app in $APPS; do
    name="${app%%:*}"; port="${app##*:}"
    wait_for "$name" 120 ready_on "$port"
  done
}

services_down() {
  local app pidfile
  for app in $APPS; do stop_bg "${app%%:*}"; done
  # whatever else ./code2asin started (benchmark replicas, their simulator) has a pid file too
  for pidfile in "$RUN"/*.pid; do
    [ -e "$pidfile" ] || continue
    case "$(basename "$pidfile" .pid)" in kafka|s3proxy|keycloak) ;; *) stop_bg "$(basename "$pidfile" .pid)" ;; esac
  done
}

services_status() {
  local app name port management
  for app in $APPS; do
    name="${app%%:*}"; port="${app##*:}"
    management=""
    [ "$name" = amazon-simulator ] || management=", health and metrics on :$((port + 1000))"
    if pid_alive "$name"; then echo "  $name: running on :$port$management (pid $(cat "$RUN/$name.pid"))"; else echo "  $name: stopped"; fi
  done
}

# ./code2asin dlq list|replay TOPIC: the records TOPIC's dead-letter topic holds since the last replay, by reason;
# replay sends them back to TOPIC (after the cause is fixed), once.
run_dlq() {
  [ -d "$ROOT/ops-tools/target/lib" ] || mvnw package -DskipTests -pl ops-tools -am || die "build failed"
  "$JAVA" "${JVM_FLAGS[@]}" -cp "$ROOT/ops-tools/target/classes:$ROOT/ops-tools/target/lib/*" \
    com.code2asin.ops.DlqTool "$@" "bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
}
