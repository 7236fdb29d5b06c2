#!/usr/bin/env bash
# Builds code2asin/<service>:<version> for every service, the images deploy/k8s names, from what ./mvnw package
# made (jvm, the default) or ./mvnw package -Dnative made (native). <version> is the project's, without -SNAPSHOT.
# Needs docker (or podman as docker); DeployManifestsTest checks the manifests name these tags.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
KIND="${1:-jvm}"
case "$KIND" in jvm|native) ;; *) echo "usage: $0 [jvm|native]" >&2; exit 2 ;; esac
command -v docker >/dev/null || { echo "docker is not installed: build the images where it is" >&2; exit 1; }
VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
VERSION="${VERSION%-SNAPSHOT}"
for service in job-api lookup-worker image-fetcher export-service; do
  docker build -f "$ROOT/deploy/docker/Dockerfile.$KIND" -t "code2asin/$service:$VERSION" "$ROOT/$service"
done
