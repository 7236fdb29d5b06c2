# ./code2asin demo: runs the sample job through the running suite and prints its figures. Sourced by ./code2asin.

API="http://127.0.0.1:8080/api/v1/code2asin"

demo_token() {
  curl -fsS -X POST http://127.0.0.1:8180/realms/code2asin/protocol/openid-connect/token \
    -d grant_type=password -d client_id=code2asin-cli -d username=alice -d password=alice-pw | jq -r .access_token
}

run_demo() {
  local file="${1:-$ROOT/samples/codes-1000.csv}" token job detail status line started=$SECONDS
  if ! command -v jq >/dev/null; then
    [ "$(id -u)" = 0 ] || die "jq is needed: run 'sudo apt-get install -y jq' and retry"
    log "installing jq"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq; } >/dev/null || die "could not install jq (apt-get install jq)"
  fi
  token="$(demo_token)" || die "no token from Keycloak"
  log "uploading $(basename "$file") ($(($(wc -l < "$file") - 1)) codes) as alice (tenant acme)"
  job="$(curl -fsS -H "Authorization: Bearer $token" -F "file=@$file" -F "name=demo $(date +%F_%T)" \
    -F 'options={"download_images": true, "max_images_per_product": 3, "marketplaces": ["FR"]}' "$API/jobs" | jq -r .id)" \
    || die "upload failed"
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -X POST "$API/jobs/$job/start" || die "start failed"
  log "job $job started"
  while :; do
    token="$(demo_token)"
    detail="$(curl -fsS -H "Authorization: Bearer $token" "$API/jobs/$job")" || die "job detail failed"
    status="$(jq -r .job.status <<<"$detail")"
    line="$(jq -r '.progress | "looked up \(.done)/\(.total)  matched \(.matched)  ambiguous \(.ambiguous)  unmatched \(.unmatched)  failed \(.failed)  invalid \(.invalid)  images pending \(.images_pending)"' <<<"$detail")"
    printf '\r  %-10s %s   ' "$status" "$line"
    case "$status" in
      failed|cancelled) echo; die "job $job ended $status; its log: GET $API/jobs/$job/logs" ;;
      completed)
        jq -e '[.exports[] | select(.status == "failed")] | length > 0' <<<"$detail" >/dev/null \
          && { echo; die "the export of job $job failed: $(jq -r '[.exports[] | select(.status == "failed")][0].error' <<<"$detail")"; }
        jq -e '[.exports[] | select(.status == "done")] | length > 0' <<<"$detail" >/dev/null && break ;;
    esac
    [ $((SECONDS - started)) -lt 900 ] || { echo; die "the job did not finish in 15 minutes (logs: $LOGS)"; }
    sleep 2
  done
  echo
  mkdir -p "$STATE/demo"
  curl -fsS -H "Authorization: Bearer $token" -o "$STATE/demo/$job.xlsx" "$API/jobs/$job/download"
  jq -r --arg took "$((SECONDS - started))" '
    "\nJob \(.job.id): \(.job.status) in \($took) s",
    "  marketplaces         \(.job.marketplaces | join(", then "))",
    "  total codes          \(.figures.total)",
    "  with ASIN            \(.figures.with_asin)",
    "  with images          \(.figures.with_images)",
    "  with price           \(.figures.with_price)",
    "  exact matches        \(.figures.exact)",
    "  fuzzy matches        \(.figures.fuzzy)",
    "  partial matches      \(.figures.partial)",
    "  average confidence   \(.figures.avg_confidence // "n/a")",
    "  export               s3://code2asin/\(.exports[0].object_key)  (\(.exports[0].rows) rows)"' <<<"$detail"
  echo "  downloaded to        $STATE/demo/$job.xlsx"
  echo "  explore              GET $API/jobs/$job/results (token: user alice, password alice-pw, client code2asin-cli)"
  echo "  console              http://127.0.0.1:8080/console/#/jobs/$job (alice / alice-pw; rita / rita-pw reads only)"
}
