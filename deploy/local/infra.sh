# Local backing services without Docker: PostgreSQL (Debian package), Kafka (KRaft, Maven Central jars),
# s3proxy (S3 API on the file system) and Keycloak (Maven Central zip). Sourced by ./code2asin.

KAFKA_DIR="$STATE/kafka"
S3_DIR="$STATE/s3proxy"
KC_VERSION=26.7.3
KC_DIR="$STATE/keycloak/keycloak-$KC_VERSION"
S3PROXY_JAR="$S3_DIR/s3proxy-4.1.0-jar-with-dependencies.jar"
BUCKET="${CODE2ASIN_BUCKET:-code2asin}"

pg_version() { ls /etc/postgresql 2>/dev/null | sort -n | tail -1; }

postgres_up() {
  if ! command -v pg_ctlcluster >/dev/null || [ -z "$(pg_version)" ]; then
    log "installing PostgreSQL (apt-get install postgresql)"
    [ "$(id -u)" = 0 ] || die "PostgreSQL is missing: run 'sudo apt-get install -y postgresql' and retry"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local v; v="$(pg_version)"
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    pg_ctlcluster --skip-systemctl-redirect "$v" main start && touch "$RUN/postgres.started"
  fi
  wait_for postgres 30 su postgres -c "psql -qtAc 'select 1'"
  if [ "$(su postgres -c "psql -qtAc \"select 1 from pg_database where datname='code2asin'\"")" != 1 ]; then
    su postgres -c "psql -q -c 'create database code2asin'"
  fi
  # the roles and schemas as deploy/k8s creates them, then the local passwords
  cat "$ROOT/deploy/k8s/base/postgres-bootstrap.sql" "$LOCAL/postgres-passwords.sql" \
    | su postgres -c "psql -q -v ON_ERROR_STOP=1 -d code2asin -f -" >/dev/null
}

postgres_down() {
  # only the cluster this script started; one that was already running is left alone
  if [ -f "$RUN/postgres.started" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(pg_version)" main stop && log "stopped postgres"
    rm -f "$RUN/postgres.started"
  fi
}

# A port already served by a process this script did not start (another checkout, a system service) is used as is.
foreign() {
  if ! pid_alive "$1" && port_open "$2"; then log "$1: port $2 already served by another process, using it"; return 0; fi
  return 1
}

kafka_jars() {
  [ -d "$KAFKA_DIR/lib" ] && return 0
  log "fetching Kafka broker jars (Maven Central)"
  (cd "$LOCAL/kafka" && "$ROOT/mvnw" -B -q dependency:copy-dependencies -DoutputDirectory="$KAFKA_DIR/lib" -DincludeScope=runtime) \
    || { rm -rf "$KAFKA_DIR/lib"; die "could not fetch the Kafka jars"; }
}

kafka_up() {
  pid_alive kafka && { log "kafka already running"; return 0; }
  foreign kafka 9092 && return 0
  kafka_jars
  mkdir -p "$KAFKA_DIR/data"
  sed "s#^log.dirs=.*##" "$LOCAL/kafka/server.properties" > "$KAFKA_DIR/server.properties"
  echo "log.dirs=$KAFKA_DIR/data" >> "$KAFKA_DIR/server.properties"
  local jopts=("${JVM_FLAGS[@]}" -Xms256m -Xmx512m "-Dlog4j2.configurationFile=$LOCAL/kafka/log4j2.xml")
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    local cid; cid="$("$JAVA" -cp "$KAFKA_DIR/lib/*" "${jopts[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    "$JAVA" -cp "$KAFKA_DIR/lib/*" "${jopts[@]}" kafka.tools.StorageTool format -t "$cid" \
      -c "$KAFKA_DIR/server.properties" --standalone >>"$LOGS/kafka.log" 2>&1 || die "kafka storage format failed"
  fi
  start_bg kafka "$KAFKA_DIR" "$JAVA" -cp "$KAFKA_DIR/lib/*" "${jopts[@]}" kafka.Kafka "$KAFKA_DIR/server.properties"
}

# The suite's topics (names from shared-model's Topics) and their dead-letter topics, declared up front as Strimzi
# does in Kubernetes: a consumer that subscribes before the first producer must not meet a missing topic.
kafka_topics() {
  local topics
  topics="$(grep -o '"code2asin\.[a-z0-9-]*\.v1"' "$ROOT/shared-model/src/main/java/com/code2asin/model/Topics.java" | tr -d '"')"
  [ -n "$topics" ] || die "no topic names found in shared-model's Topics.java"
  kafka_jars # a broker this script did not start still needs the admin client
  "$JAVA" -cp "$KAFKA_DIR/lib/*" "${JVM_FLAGS[@]}" "$LOCAL/kafka/CreateTopics.java" 127.0.0.1:9092 4 \
    $topics $(printf '%s.dlq ' $topics) >>"$LOGS/kafka.log" 2>&1 || die "could not create the Kafka topics (log: $LOGS/kafka.log)"
  log "kafka topics ready"
}

s3_up() {
  pid_alive s3proxy && { log "s3proxy already running"; return 0; }
  foreign s3proxy 9000 && return 0
  mkdir -p "$S3_DIR/data/$BUCKET"
  if [ ! -f "$S3PROXY_JAR" ]; then
    log "fetching s3proxy (Maven Central)"
    mvnw -N dependency:copy -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies -DoutputDirectory="$S3_DIR" \
      || die "could not fetch s3proxy"
  fi
  { cat "$LOCAL/s3proxy.properties"; echo "jclouds.filesystem.basedir=$S3_DIR/data"; } > "$S3_DIR/s3proxy.properties"
  start_bg s3proxy "$S3_DIR" "$JAVA" "${JVM_FLAGS[@]}" -Xmx256m -jar "$S3PROXY_JAR" --properties "$S3_DIR/s3proxy.properties"
}

keycloak_up() {
  if pid_alive keycloak; then
    # a running Keycloak keeps the realm it imported: a changed realm file (a new client) restarts it to import it
    cmp -s "$LOCAL/keycloak/code2asin-realm.json" "$KC_DIR/data/import/code2asin-realm.json" \
      && { log "keycloak already running"; return 0; }
    log "the realm file changed since keycloak started: restarting it"
    stop_bg keycloak
  fi
  foreign keycloak 8180 && return 0
  if [ ! -x "$KC_DIR/bin/kc.sh" ]; then
    log "fetching Keycloak $KC_VERSION (Maven Central)"
    mvnw -N dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$STATE/keycloak" \
      || die "could not fetch Keycloak"
    (cd "$STATE/keycloak" && unzip -q -o "keycloak-quarkus-dist-$KC_VERSION.zip" && rm -f "keycloak-quarkus-dist-$KC_VERSION.zip")
  fi
  mkdir -p "$KC_DIR/data/import"
  local realm="$LOCAL/keycloak/code2asin-realm.json" imported="$KC_DIR/data/import/code2asin-realm.json"
  # --import-realm skips a realm that exists: a realm file changed since its import is imported again, over it
  if [ -f "$imported" ] && [ -d "$KC_DIR/data/h2" ] && ! cmp -s "$realm" "$imported"; then
    log "the realm file changed: importing it over the existing realm"
    (cd "$KC_DIR" && JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" bin/kc.sh import --file "$realm" --override true --db dev-file) \
      >>"$LOGS/keycloak.log" 2>&1 || die "could not import the changed realm (log: $LOGS/keycloak.log)"
  fi
  cp "$realm" "$imported"
  start_bg keycloak "$KC_DIR" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" bin/kc.sh start-dev --http-port 8180 --http-host 127.0.0.1 --import-realm
}

# Debian's Chromium and its WebDriver, for the console's browser tests (ConsoleIT); no browser download elsewhere
browser_up() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && return 0
  [ "$(id -u)" = 0 ] || die "Chromium is missing for the browser tests: run 'sudo apt-get install -y chromium chromium-driver'"
  log "installing chromium and chromium-driver (apt-get), for the console's browser tests"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >/dev/null \
    || die "could not install chromium chromium-driver (apt-get)"
}

infra_up() {
  postgres_up
  kafka_up
  s3_up
  keycloak_up
  wait_for kafka 120 port_open 9092
  kafka_topics
  wait_for s3proxy 60 port_open 9000
  wait_for keycloak 300 http_ok http://127.0.0.1:8180/realms/code2asin/.well-known/openid-configuration
}

infra_down() {
  stop_bg keycloak
  stop_bg s3proxy
  stop_bg kafka
  postgres_down
}

infra_status() {
  local n
  for n in kafka s3proxy keycloak; do
    if pid_alive "$n"; then echo "  $n: running (pid $(cat "$RUN/$n.pid"))"; else echo "  $n: stopped"; fi
  done
  if pg_lsclusters -h 2>/dev/null | grep -q online; then echo "  postgres: running"; else echo "  postgres: stopped"; fi
}
