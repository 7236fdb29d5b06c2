# ./code2asin bench lookup|api: the benchmarks, one JSON object per scenario on stdout.
# lookup: each scenario starts its own amazon-simulator and lookup-worker processes on bench ports and bench topics.
# api: one job-api on a bench port with a GC log (its peak heap), driven over HTTP with Keycloak tokens.
# A running suite is not disturbed. Logs: $LOGS/bench-*.log. Sourced by ./code2asin.

BENCH_SIM_PORT=19089
BENCH_RUN="$(date +%s)"

BENCH_API_PORT=19180

run_bench() {
  case "${1:-}" in
    lookup) shift; run_lookup_bench "$@" ;;
    api) shift; run_api_bench "$@" ;;
    scale) shift; run_scale_bench "$@" ;;
    # the exports of a million rows in every format are steps of the direct import
    export) shift; run_scale_bench direct_import ;;
    faults) shift; run_fault_bench "$@" ;;
    hostile) shift; run_hostile_bench "$@" ;;
    *) die "usage: ./code2asin bench lookup [quota|each|quality|overhead|cache|pricing|tenants ...] | bench api [intake_csv|intake_xlsx|latency ...] | bench scale [direct_import|lookup ...] | bench export | bench faults [kill_worker|kill_api|restart_postgres|s3_outage_60s|kafka_outage_60s|forged_events|two_api_replicas|stale_batch_done|slow_provider ...] | bench hostile [CASE,CASE...]" ;;
  esac
}

run_api_bench() {
  local scenarios="${*:-intake_csv intake_xlsx latency}" s gc="$LOGS/bench-job-api-gc.log"
  infra_up
  build_apps
  mkdir -p "$STATE/bench"
  rm -f "$gc" "$LOGS/bench-job-api.log"
  # its own consumer groups, from the end of the topics, and no dispatching: the bench reads and writes jobs, it
  # does not run them, nor replay what other runs left on the topics
  # shellcheck disable=SC2046 # one word per setting
  start_bg bench-job-api "$ROOT/job-api" env QUARKUS_HTTP_PORT=$BENCH_API_PORT \
    QUARKUS_MANAGEMENT_PORT=$((BENCH_API_PORT + 1000)) JOB_API_DISPATCH_INTERVAL=1h \
    $(incoming_env job-api AUTO_OFFSET_RESET latest) $(incoming_env job-api GROUP_ID "bench-$BENCH_RUN") \
    "$JAVA" "${JVM_FLAGS[@]}" -Xmx1g -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$gc" -jar target/quarkus-app/quarkus-run.jar
  wait_for bench-job-api 120 ready_on "$BENCH_API_PORT"
  # the rows earlier runs deleted, gone before this one (what autovacuum does, where it is not turned off); after
  # the start, as job-api's migrations create the table on a fresh database
  su postgres -c "psql -q -d code2asin -c 'VACUUM ANALYZE job_api.job_item'"
  for s in $scenarios; do
    case "$s" in
      intake_csv|intake_xlsx) api_scenario "$s" codes=1000000 ;;
      latency) api_scenario latency results=100000 clients=50 rate-per-client=10 seconds=60 warmup-seconds=150 ;;
      *) stop_bg bench-job-api >/dev/null; die "unknown scenario $s (intake_csv, intake_xlsx, latency)" ;;
    esac
  done
  stop_bg bench-job-api >/dev/null
}

api_scenario() {
  log "bench $1"
  "$JAVA" "${JVM_FLAGS[@]}" -Xmx2g -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" com.code2asin.bench.ApiBench "$@" \
    api="http://127.0.0.1:$BENCH_API_PORT" realm=http://127.0.0.1:8180/realms/code2asin \
    gc-log="$LOGS/bench-job-api-gc.log" work="$STATE/bench" \
    || { stop_bg bench-job-api >/dev/null; die "bench $1 failed; logs in $LOGS/bench-job-api.log"; }
}

run_lookup_bench() {
  local scenarios="${*:-quota each quality overhead cache pricing tenants}" s
  infra_up
  build_apps
  for s in $scenarios; do
    case "$s" in
      quota)    bench_scenario quota    3 2     "SIMULATOR_QUOTA_SP_API_RATE=2 SIMULATOR_QUOTA_SP_API_BURST=2" codes=6000 rate=2 replicas=3 ;;
      # marketplace_mode each: 3,000 codes on FR and DE, batches of one marketplace, the same 300 calls
      each)     bench_scenario each     3 2     "SIMULATOR_QUOTA_SP_API_RATE=2 SIMULATOR_QUOTA_SP_API_BURST=2" codes=3000 rate=2 replicas=3 ;;
      quality)  bench_scenario quality  1 10000 "SIMULATOR_QUOTA_SP_API_RATE=0" codes=10000 ;;
      overhead) bench_scenario overhead 1 10000 "SIMULATOR_QUOTA_SP_API_RATE=0" codes=20000 ;;
      cache)    bench_scenario cache    1 10000 "SIMULATOR_QUOTA_SP_API_RATE=0" codes=2000 ;;
      # Amazon's pricing plan (0.1 calls/s, burst 1) and the workers' default 3% under it: about 25 calls in 4 min.
      # Faster plans squeeze the 3% margin (300 ms here) under the jitter of a loaded 2-core machine
      pricing)  BENCH_PRICING_RPS=0.097 bench_scenario pricing 2 10000 "SIMULATOR_QUOTA_SP_API_RATE=0 \
                  SIMULATOR_QUOTA_SP_API_PRICING_RATE=0.1 SIMULATOR_QUOTA_SP_API_PRICING_BURST=1" codes=500 rate=0.1 \
                  replicas=2 ;;
      # each tenant on its own account (2 calls/s, burst 2, 100 calls a day each): acme's job asks for 300 calls, so
      # Amazon throttles acme from its 100th; globex's 80 calls run alone, then 60 s into acme's job
      tenants)  bench_scenario tenants 2 2 "SIMULATOR_QUOTA_SP_API_RATE=2 SIMULATOR_QUOTA_SP_API_BURST=2 \
                  SIMULATOR_QUOTA_SP_API_DAILY_CAP=100 SIMULATOR_LWA_EXTRA_REFRESH_TOKENS=Atzr|bench-acme,Atzr|bench-globex" \
                  plan='{"rate":2,"burst":2,"daily-cap":100}' codes=1600 flood=6000 globex-after-s=60 replicas=2 \
                  worker=http://127.0.0.1:19081 acme-refresh-token='Atzr|bench-acme' \
                  globex-refresh-token='Atzr|bench-globex' \
                  realm=http://127.0.0.1:8180/realms/code2asin ;;
      *) die "unknown scenario $s (quota, each, quality, overhead, cache, pricing, tenants)" ;;
    esac
  done
}

# bench_scenario NAME REPLICAS QUOTA_RPS SIMULATOR_ENV DRIVER_OPTIONS...
bench_scenario() {
  local name="$1" replicas="$2" rps="$3" sim_env="$4"; shift 4
  local topics="bench.$BENCH_RUN.$name" i pids=()
  # shellcheck disable=SC2086 # sim_env holds several VAR=value words
  start_bg bench-sim "$ROOT/amazon-simulator" env QUARKUS_HTTP_PORT=$BENCH_SIM_PORT $sim_env \
    "$JAVA" "${JVM_FLAGS[@]}" -Xmx512m -jar target/quarkus-app/quarkus-run.jar
  wait_for bench-sim 120 ready_on "$BENCH_SIM_PORT"
  for i in $(seq 1 "$replicas"); do
    start_bg "bench-lookup-$i" "$ROOT/lookup-worker" env \
      QUARKUS_HTTP_PORT=$((19080 + i)) QUARKUS_MANAGEMENT_PORT=$((20080 + i)) \
      QUARKUS_REST_CLIENT_SP_API_URL="http://127.0.0.1:$BENCH_SIM_PORT" \
      QUARKUS_REST_CLIENT_LWA_URL="http://127.0.0.1:$BENCH_SIM_PORT" \
      MP_MESSAGING_INCOMING_LOOKUP_REQUESTED_TOPIC="$topics.lookup-requested" \
      MP_MESSAGING_INCOMING_LOOKUP_REQUESTED_GROUP_ID="bench-$BENCH_RUN-$name" \
      MP_MESSAGING_INCOMING_LOOKUP_REQUESTED_DEAD_LETTER_QUEUE_TOPIC="$topics.dlq" \
      MP_MESSAGING_OUTGOING_BATCH_DONE_TOPIC="$topics.batch-done" \
      MP_MESSAGING_OUTGOING_IMAGE_REQUESTED_TOPIC="$topics.image-requested" \
      LOOKUP_WORKER_QUOTA_SP_API_RATE="$rps" LOOKUP_WORKER_QUOTA_SP_API_BURST=1 \
      "$JAVA" "${SERVICE_JVM[@]}" -Dlookup-worker.quota.sp-api-pricing.rate="${BENCH_PRICING_RPS:-2}" \
      -jar target/quarkus-app/quarkus-run.jar
  done
  for i in $(seq 1 "$replicas"); do
    wait_for "bench-lookup-$i" 120 ready_on "$((19080 + i))"
    pids+=("$(cat "$RUN/bench-lookup-$i.pid")")
  done
  log "bench $name: $replicas lookup-worker(s), quota $rps req/s"
  "$JAVA" -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" com.code2asin.bench.LookupBench "$name" \
    bootstrap=127.0.0.1:9092 requests-topic="$topics.lookup-requested" done-topic="$topics.batch-done" \
    simulator="http://127.0.0.1:$BENCH_SIM_PORT" jdbc="jdbc:postgresql://127.0.0.1:5432/code2asin" \
    db-password=lookup_pw worker-pid="${pids[0]}" "$@" \
    || { bench_down "$replicas"; die "bench $name failed; logs in $LOGS/bench-*.log"; }
  bench_down "$replicas"
}

bench_down() {
  local i
  for i in $(seq 1 "$1"); do stop_bg "bench-lookup-$i" >/dev/null; done
  stop_bg bench-sim >/dev/null
}

# scale: the whole suite at its configured heaps (SERVICE_JVM), each with a GC log, on the usual ports (a running
# suite is stopped first: its workers would take the bench's events), consumer groups of the run's own that start at
# the end of the topics. The simulator's quotas (catalog and pricing: jobs ask for prices by default) are lifted and
# job-api's flow control opened to match (a real account's 2 requests a second is what the defaults are sized for).
SCALE_PREFIX="bench-scale-"
SCALE_APPS="job-api:8080 lookup-worker:8081 image-fetcher:8082 export-service:8083"

run_scale_bench() {
  local scenarios="${*:-direct_import lookup}" s app name port group="bench-scale-$BENCH_RUN"
  services_down
  infra_up
  build_apps
  mkdir -p "$STATE/bench"
  rm -f "$LOGS/$SCALE_PREFIX"*.log
  groups_at_the_end "$group"
  start_bg "${SCALE_PREFIX}amazon-simulator" "$ROOT/amazon-simulator" env SIMULATOR_QUOTA_SP_API_RATE=0 \
    "$JAVA" "${SERVICE_JVM[@]}" -jar target/quarkus-app/quarkus-run.jar
  wait_for "${SCALE_PREFIX}amazon-simulator" 120 ready_on 8089
  for app in $SCALE_APPS; do
    name="${app%%:*}"
    start_bg "$SCALE_PREFIX$name" "$ROOT/$name" env $(scale_groups "$name" "$group") \
      LOOKUP_WORKER_QUOTA_SP_API_RATE=10000 LOOKUP_WORKER_QUOTA_SP_API_BURST=1 \
      JOB_API_WINDOW=32 JOB_API_MAX_IN_FLIGHT=64 JOB_API_DISPATCH_INTERVAL=200ms JOB_API_OUTBOX_INTERVAL=100ms \
      "$JAVA" "${SERVICE_JVM[@]}" -Dlookup-worker.quota.sp-api-pricing.rate=10000 \
      "-Xlog:gc:file=$LOGS/$SCALE_PREFIX$name-gc.log" -jar target/quarkus-app/quarkus-run.jar
  done
  for app in $SCALE_APPS; do
    name="${app%%:*}"; port="${app##*:}"
    wait_for "$SCALE_PREFIX$name" 120 ready_on "$port"
  done
  for s in $scenarios; do
    case "$s" in
      direct_import) scale_scenario direct_import codes=1000000 ;;
      lookup) scale_scenario lookup codes=100000 warm-up-codes=20000 ;;
      *) scale_down; die "unknown scenario $s (direct_import, lookup)" ;;
    esac
  done
  scale_down
}

# The incoming channels of a service and the topics they read (short names: batch-done), as its own settings name
# them: mp.messaging.incoming.CHANNEL.topic=${code2asin.topic.TOPIC}.
service_channels() {
  sed -n 's/^mp\.messaging\.incoming\.\([a-z-]*\)\.topic=.*/\1/p' "$ROOT/$1/src/main/resources/application.properties"
}
service_topics() {
  sed -n 's/^mp\.messaging\.incoming\.[a-z-]*\.topic=\${code2asin\.topic\.\([a-z-]*\)}$/\1/p' \
    "$ROOT/$1/src/main/resources/application.properties"
}

# incoming_env SERVICE SETTING VALUE: the env settings that give every incoming channel of SERVICE that setting.
incoming_env() {
  local channel
  for channel in $(service_channels "$1"); do
    echo "MP_MESSAGING_INCOMING_$(echo "$channel" | tr 'a-z-' 'A-Z_')_$2=$3"
  done
}

# The env settings that put every incoming channel of a service in the run's own group.
scale_groups() {
  incoming_env "$1" GROUP_ID "$2-$1"
}

# groups_at_the_end GROUP: commits GROUP-<service> at the current end of each service's topics, before the services
# join: the run skips what earlier runs left, and a partition that changes hands mid-run (a replica killed before
# its first commit) resumes where the group was, not at the end (what auto.offset.reset=latest would do).
groups_at_the_end() {
  local service
  for service in job-api lookup-worker image-fetcher export-service; do
    # shellcheck disable=SC2046 # one argument per topic
    "$JAVA" "${JVM_FLAGS[@]}" -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" \
      com.code2asin.bench.GroupsAtTheEnd 127.0.0.1:9092 "$1-$service" $(service_topics "$service") \
      || die "cannot prepare group $1-$service"
  done
}

scale_scenario() {
  log "bench scale $1"
  local names="" app
  for app in $SCALE_APPS; do names="$names${names:+,}${app%%:*}"; done
  "$JAVA" "${JVM_FLAGS[@]}" -Xmx1g -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" \
    com.code2asin.bench.ScaleBench "$@" api=http://127.0.0.1:8080 \
    realm=http://127.0.0.1:8180/realms/code2asin \
    bootstrap=127.0.0.1:9092 group="bench-scale-$BENCH_RUN" \
    services="$names" prefix="$SCALE_PREFIX" logs="$LOGS" pids="$RUN" work="$STATE/bench" \
    || { scale_down; die "bench scale $1 failed; logs in $LOGS/$SCALE_PREFIX*.log"; }
}

scale_down() {
  local app
  for app in $SCALE_APPS; do stop_bg "$SCALE_PREFIX${app%%:*}" >/dev/null; done
  stop_bg "${SCALE_PREFIX}amazon-simulator" >/dev/null
}

# hostile: job-api at its configured heap with a GC log, and image-fetcher with the production list of image hosts
# (no loopback), on the usual ports with consumer groups of the run's own; hostile files, requests and image URLs.
HOSTILE_PREFIX="bench-hostile-"

run_hostile_bench() {
  local group="bench-hostile-$BENCH_RUN" status=0
  services_down
  infra_up
  build_apps
  mkdir -p "$STATE/bench"
  rm -f "$LOGS/$HOSTILE_PREFIX"*.log
  groups_at_the_end "$group"
  start_bg "${HOSTILE_PREFIX}job-api" "$ROOT/job-api" env $(scale_groups job-api "$group") \
    "$JAVA" "${SERVICE_JVM[@]}" "-Xlog:gc:file=$LOGS/${HOSTILE_PREFIX}job-api-gc.log" -jar target/quarkus-app/quarkus-run.jar
  start_bg "${HOSTILE_PREFIX}image-fetcher" "$ROOT/image-fetcher" env $(scale_groups image-fetcher "$group") \
    "$JAVA" "${SERVICE_JVM[@]}" -Dimage-fetcher.allowed-hosts=m.media-amazon.com,images-na.ssl-images-amazon.com \
    -jar target/quarkus-app/quarkus-run.jar
  wait_for "${HOSTILE_PREFIX}job-api" 120 ready_on 8080
  wait_for "${HOSTILE_PREFIX}image-fetcher" 120 ready_on 8082
  log "bench hostile"
  "$JAVA" "${JVM_FLAGS[@]}" -Xmx512m -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" \
    com.code2asin.bench.HostileBench hostile api=http://127.0.0.1:8080 management=http://127.0.0.1:9080 \
    realm=http://127.0.0.1:8180/realms/code2asin bootstrap=127.0.0.1:9092 \
    prefix="$HOSTILE_PREFIX" logs="$LOGS" pids="$RUN" work="$STATE/bench" cases="${1:-}" || status=$?
  stop_bg "${HOSTILE_PREFIX}job-api" >/dev/null
  stop_bg "${HOSTILE_PREFIX}image-fetcher" >/dev/null
  [ "$status" = 0 ] || die "bench hostile: a case was not refused cleanly (see above; logs in $LOGS/$HOSTILE_PREFIX*.log)"
}
