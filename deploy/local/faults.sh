# ./code2asin bench faults: the suite with two job-api and two lookup-worker replicas, one fault per scenario on the
# real processes while a job of 1,000 codes runs; ./code2asin fault ACTION TARGET is the hook the driver calls.
# Sourced by ./code2asin.

FAULTS_PREFIX="bench-faults-"
# name:directory:port; the replicas share their service's consumer group, as in deploy/k8s
FAULTS_APPS="job-api-1:job-api:8080 job-api-2:job-api:8084 lookup-worker-1:lookup-worker:8081
  lookup-worker-2:lookup-worker:8085 image-fetcher:image-fetcher:8082 export-service:export-service:8083"
FAULTS_GROUP_FILE="$RUN/bench-faults.group"

run_fault_bench() {
  local scenarios="${*:-kill_worker kill_api restart_postgres s3_outage_60s kafka_outage_60s forged_events two_api_replicas stale_batch_done slow_provider}" s
  services_down
  infra_up
  build_apps
  mkdir -p "$STATE/bench"
  rm -f "$LOGS/$FAULTS_PREFIX"*.log
  echo "bench-faults-$BENCH_RUN" > "$FAULTS_GROUP_FILE"
  groups_at_the_end "bench-faults-$BENCH_RUN"
  start_bg "${FAULTS_PREFIX}amazon-simulator" "$ROOT/amazon-simulator" "$JAVA" "${SERVICE_JVM[@]}" -jar \
    target/quarkus-app/quarkus-run.jar
  wait_for "${FAULTS_PREFIX}amazon-simulator" 120 http_ok "http://127.0.0.1:8089/q/health/ready"
  local app
  for app in $FAULTS_APPS; do faults_start_app "${app%%:*}" no-wait; done
  for app in $FAULTS_APPS; do wait_for "$FAULTS_PREFIX${app%%:*}" 180 ready_on "${app##*:}"; done
  for s in $scenarios; do
    log "bench faults $s"
    "$JAVA" "${JVM_FLAGS[@]}" -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" \
      com.code2asin.bench.FaultBench "$s" codes=1000 api=http://127.0.0.1:8080 \
      realm=http://127.0.0.1:8180/realms/code2asin bootstrap=127.0.0.1:9092 \
      simulator=http://127.0.0.1:8089 code2asin="$ROOT/code2asin" work="$STATE/bench" \
      groups="$(faults_groups)" \
      || { faults_down; die "bench faults $s failed; logs in $LOGS/$FAULTS_PREFIX*.log"; }
  done
  faults_down
}

# One replica, as the bench runs it: its service's heap, the run's group, images given up on after
# 2 minutes instead of 10 (a scenario that loses an images.stored would otherwise last 10 minutes).
faults_start_app() {
  local name="$1" entry dir port
  entry="$(printf '%s\n' $FAULTS_APPS | grep "^$name:")" || die "unknown service $name"
  dir="$(echo "$entry" | cut -d: -f2)"; port="$(echo "$entry" | cut -d: -f3)"
  # shellcheck disable=SC2046 # one VAR=value word per setting
  start_bg "$FAULTS_PREFIX$name" "$ROOT/$dir" env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
    JOB_API_IMAGES_TIMEOUT=2m \
    $(scale_groups "$dir" "$(cat "$FAULTS_GROUP_FILE")") \
    "$JAVA" "${SERVICE_JVM[@]}" -jar target/quarkus-app/quarkus-run.jar
  [ "${2:-}" = no-wait ] || wait_for "$FAULTS_PREFIX$name" 180 ready_on "$port"
}

faults_groups() {
  local service groups=""
  for service in job-api lookup-worker image-fetcher export-service; do
    groups="$groups${groups:+,}$(cat "$FAULTS_GROUP_FILE")-$service"
  done
  echo "$groups"
}

faults_down() {
  local app
  for app in $FAULTS_APPS; do stop_bg "$FAULTS_PREFIX${app%%:*}" >/dev/null; done
  stop_bg "${FAULTS_PREFIX}amazon-simulator" >/dev/null
  rm -f "$FAULTS_GROUP_FILE"
}

# ./code2asin fault kill|start SERVICE-REPLICA, stop|start kafka|s3proxy, restart postgres
fault_action() {
  case "${1:-} ${2:-}" in
    "kill "*) kill -KILL "$(cat "$RUN/$FAULTS_PREFIX$2.pid")" && log "killed $2 (SIGKILL)" ;;
    "start kafka") kafka_up; wait_for kafka 120 port_open 9092 ;;
    "start s3proxy") s3_up; wait_for s3proxy 60 port_open 9000 ;;
    "stop kafka"|"stop s3proxy") stop_bg "$2" ;;
    "restart postgres") pg_ctlcluster --skip-systemctl-redirect "$(pg_version)" main restart && log "restarted postgres" ;;
    "start "*) faults_start_app "$2" ;;
    *) die "usage: ./code2asin fault kill|start <service replica> | stop|start kafka|s3proxy | restart postgres" ;;
  esac
}
