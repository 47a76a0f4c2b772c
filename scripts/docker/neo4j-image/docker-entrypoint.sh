#!/bin/bash
# Entry point of the locally built Neo4j image (scripts/docker/build-neo4j-image.sh). It honours
# the parts of the official neo4j image's interface that wiregraph's docker-compose.yml and
# Testcontainers use: NEO4J_AUTH (neo4j/<password> or none), NEO4J_PLUGINS (APOC is bundled),
# NEO4J_<setting> variables (dots as _, underscores as __), /data and /logs, ports 7687 and 7474,
# and "Started." on standard output once the server is up.
set -euo pipefail

NEO4J_HOME=/var/lib/neo4j
CONF_DIR=$NEO4J_HOME/conf
CONF=$CONF_DIR/neo4j.conf
CLASSPATH="$NEO4J_HOME/plugins/*:$NEO4J_HOME/lib/*"
die() { echo "neo4j-image: $*" >&2; exit 1; }

mkdir -p /data /logs /import "$CONF_DIR" "$NEO4J_HOME/run"
cat > "$CONF" <<CONF
# Written by docker-entrypoint.sh on every start.
server.default_listen_address=0.0.0.0
server.directories.data=/data
server.directories.logs=/logs
server.directories.import=/import
server.directories.run=$NEO4J_HOME/run
server.directories.plugins=$NEO4J_HOME/plugins
server.https.enabled=false
server.bolt.tls_level=DISABLED
dbms.usage_report.enabled=false
# Testcontainers also sets 4.x names (procedures whitelist): tolerate what 5.x no longer knows.
server.config.strict_validation.enabled=false
CONF

# NEO4J_dbms_security_procedures_unrestricted=apoc.* → dbms.security.procedures.unrestricted=apoc.*
while IFS='=' read -r name value; do
  case "$name" in
    NEO4J_AUTH | NEO4J_PLUGINS | NEO4J_HOME | NEO4J_EDITION | NEO4J_ACCEPT_LICENSE_AGREEMENT) continue ;;
  esac
  key=${name#NEO4J_}
  key=${key//__/@}
  key=${key//_/.}
  key=${key//@/_}
  echo "$key=$value" >>"$CONF"
done < <(env | grep -E '^NEO4J_[A-Za-z0-9_]+=' || true)

# Plugins: APOC core is in plugins/ already; nothing can be downloaded here.
if [ -n "${NEO4J_PLUGINS:-}" ]; then
  for p in $(echo "$NEO4J_PLUGINS" | tr -d '[]" ' | tr ',' ' '); do
    [ "$p" = apoc ] || die "plugin '$p' is not bundled in this image (only apoc)"
  done
fi

case "${NEO4J_AUTH:-neo4j/neo4j}" in
  none) echo "dbms.security.auth_enabled=false" >>"$CONF" ;;
  neo4j/*)
    password=${NEO4J_AUTH#neo4j/}
    if [ ! -d /data/databases/system ]; then
      NEO4J_HOME=$NEO4J_HOME NEO4J_CONF=$CONF_DIR java -cp "$CLASSPATH" org.neo4j.cli.AdminTool dbms set-initial-password "$password" >/dev/null ||
        die "could not set the initial password"
    fi
    ;;
  *) die "NEO4J_AUTH must be neo4j/<password> or none" ;;
esac

# The server writes its user log to /logs/neo4j.log; show it on standard output, where
# Testcontainers waits for "Started." and `docker logs` looks.
touch /logs/neo4j.log
tail -n0 -F /logs/neo4j.log &

heap=${NEO4J_server_memory_heap_max__size:-1g}
exec java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError \
  -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$CLASSPATH" org.neo4j.server.CommunityEntryPoint --home-dir="$NEO4J_HOME" --config-dir="$CONF_DIR"
