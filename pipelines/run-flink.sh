#!/usr/bin/env bash
# Submits the actor-trends job to the Flink session cluster at 127.0.0.1:${FLINK_REST_PORT:-8081}
# (start it with pipelines/flink/start-cluster.sh) and waits for it to finish.
# Usage: pipelines/run-flink.sh --input=FILES --output=DIR [other job options]
# Environment: FLINK_REST_PORT (8081), PARALLELISM (2), JAR (target/actor-trends.jar, from the repo root).
# Beam's Flink runner uploads the jar itself; the cluster runs it with the config in pipelines/flink/conf.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
jar=${JAR:-target/actor-trends.jar}
port=${FLINK_REST_PORT:-8081}

[[ -f $jar ]] || { echo "run-flink: $jar not found; build it with: mvn -B -DskipTests package" >&2; exit 2; }
curl -sf -o /dev/null "http://127.0.0.1:$port/overview" ||
  { echo "run-flink: no Flink cluster answers at 127.0.0.1:$port; start one with pipelines/flink/start-cluster.sh" >&2; exit 2; }

# the class-data archive the build makes beside the jar: the client starts about 2 s sooner
cds=()
[[ -f ${jar%.jar}.jsa ]] && cds=("-XX:SharedArchiveFile=${jar%.jar}.jsa")
exec java "${cds[@]}" -XX:+UseSerialGC -jar "$jar" run --runner=FlinkRunner --flinkMaster="127.0.0.1:$port" --parallelism="${PARALLELISM:-2}" "$@"
