#!/usr/bin/env bash
# Builds a local Docker image equivalent, for wiregraph, to neo4j:5.26-community with APOC, from
# parts reachable where Docker Hub is not (docs/docker.md):
#   1. a Debian bookworm root filesystem with its JRE 17, made by debootstrap and brought in with
#      `docker import` (the base image; built once and reused);
#   2. the Neo4j 5.26 + APOC + Browser jars that `wiregraph db start` assembles from Maven Central
#      (~/.cache/wiregraph, or WIREGRAPH_NEO4J_CACHE);
#   3. scripts/docker/neo4j-image/ (Dockerfile, entry point honouring NEO4J_AUTH, NEO4J_PLUGINS and
#      NEO4J_<setting> as the official image does).
# Usage, as root with dockerd running and debootstrap installed:
#   bash scripts/docker/build-neo4j-image.sh [IMAGE]     # default wiregraph/neo4j:5.26-local
# then: WIREGRAPH_NEO4J_IMAGE=IMAGE docker compose up -d --wait, or the same variable for the tests.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
IMAGE=${1:-wiregraph/neo4j:5.26-local}
BASE=${WIREGRAPH_BASE_IMAGE:-wiregraph/debian-jre17:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WORK=${WIREGRAPH_IMAGE_WORK:-${TMPDIR:-/tmp}/wiregraph-neo4j-image}

step() { printf '\n==> %s\n' "$*" >&2; }
fail() { printf 'build-neo4j-image: %s\n' "$*" >&2; exit 1; }

command -v docker >/dev/null || fail "docker is not installed (Debian: apt-get install docker.io)"
docker info >/dev/null 2>&1 || fail "no Docker engine answers (start dockerd as root)"

# 2. The distribution, assembled exactly as for the local server (a no-op when cached).
step "the Neo4j distribution that db start runs"
DIST=$(pnpm -s exec tsx scripts/docker/distribution-dir.ts)
[ -d "$DIST/lib" ] && [ -d "$DIST/plugins" ] || fail "no distribution at $DIST"

# 1. The base image: debootstrap once, then docker import.
if ! docker image inspect "$BASE" >/dev/null 2>&1; then
  command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
  step "debootstrap bookworm with openjdk-17-jre-headless → $BASE"
  rm -rf "$WORK/rootfs" && mkdir -p "$WORK"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,curl,procps \
    bookworm "$WORK/rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
    fail "debootstrap failed: see $WORK/debootstrap.log"
  rm -rf "$WORK/rootfs/var/cache/apt/archives/"*.deb "$WORK/rootfs/var/lib/apt/lists/"*
  tar -C "$WORK/rootfs" -c . | docker import - "$BASE" >/dev/null
fi

# 3. The image: base + jars + entry point.
step "docker build → $IMAGE"
CONTEXT="$WORK/context"
rm -rf "$CONTEXT" && mkdir -p "$CONTEXT/dist"
cp -r scripts/docker/neo4j-image/. "$CONTEXT/"
cp -r "$DIST/lib" "$DIST/plugins" "$CONTEXT/dist/"
docker build -q --build-arg BASE="$BASE" -t "$IMAGE" "$CONTEXT" >/dev/null
echo "built $IMAGE ($(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
