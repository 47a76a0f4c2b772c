#!/usr/bin/env bash
# The integration tier through Testcontainers, against WIREGRAPH_NEO4J_IMAGE (default the local
# image of build-neo4j-image.sh, built first when missing). Not part of .ci/run: with the Docker
# install and the image build it takes far more than 10 minutes on the 2-core machine.
#   bash scripts/docker/integration-tier.sh [vitest args…]      # as root, docker.io installed
# With no engine answering, it starts a private dockerd whose socket is not /var/run/docker.sock
# (so other test runs on the machine do not switch to Docker), and stops it at the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
IMAGE=${WIREGRAPH_NEO4J_IMAGE:-wiregraph/neo4j:5.26-local}

if ! docker info >/dev/null 2>&1; then
  dir=${TMPDIR:-/tmp}/wiregraph-dockerd
  mkdir -p "$dir"
  dockerd -H "unix://$dir/docker.sock" --pidfile "$dir/dockerd.pid" >"$dir/dockerd.log" 2>&1 &
  engine=$!
  trap 'kill "$engine" 2>/dev/null; wait "$engine" 2>/dev/null || true' EXIT
  export DOCKER_HOST="unix://$dir/docker.sock"
  for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "integration-tier: dockerd did not start (see $dir/dockerd.log)" >&2; exit 1; }
fi

docker image inspect "$IMAGE" >/dev/null 2>&1 || bash scripts/docker/build-neo4j-image.sh "$IMAGE"

# Testcontainers' reaper image (Ryuk) comes from Docker Hub too; the tier's global setup stops its
# container itself.
env -u NEO4J_URI -u WIREGRAPH_TEST_DOCKER TESTCONTAINERS_RYUK_DISABLED=true WIREGRAPH_NEO4J_IMAGE="$IMAGE" \
  pnpm test:integration "$@"
