#!/usr/bin/env bash
# Starts a local Flink 1.19 standalone session cluster: one JobManager and FLINK_TASKMANAGERS TaskManagers,
# all bound to 127.0.0.1. Usage: pipelines/flink/start-cluster.sh [WORKDIR]
#
# WORKDIR (default ${FLINK_WORKDIR:-target/flink-cluster}; relative paths are taken from the repo root) gets
# lib/ (Flink's jars, assembled by Maven), conf/, log/, tmp/, web/ and the pid files. Stop with stop-cluster.sh.
#
# Environment: FLINK_REST_PORT (8081), FLINK_RPC_PORT (6123), FLINK_TASKMANAGERS (1),
# FLINK_START_TIMEOUT (seconds, 60), FLINK_JAVA_OPTS (extra JVM flags for every cluster process).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
workdir=${1:-${FLINK_WORKDIR:-target/flink-cluster}}
[[ $workdir == /* ]] || workdir=$repo/$workdir
rest_port=${FLINK_REST_PORT:-8081}
rpc_port=${FLINK_RPC_PORT:-6123}
taskmanagers=${FLINK_TASKMANAGERS:-1}
timeout=${FLINK_START_TIMEOUT:-60}
slots_per_tm=2
url=http://127.0.0.1:$rest_port

# Until processes are started a failure is one line; after that on_exit adds the logs' tails and stops them.
started=false
die() {
  $started && failure="$*" || echo "start-cluster: $*" >&2
  exit 1
}

for n in "$rest_port" "$rpc_port" "$taskmanagers" "$timeout"; do
  [[ $n =~ ^[0-9]+$ ]] || die "not a number: '$n' (check FLINK_REST_PORT, FLINK_RPC_PORT, FLINK_TASKMANAGERS, FLINK_START_TIMEOUT)"
done
((taskmanagers >= 1)) || die "FLINK_TASKMANAGERS must be at least 1"
command -v java >/dev/null || die "java not found on PATH"
command -v curl >/dev/null || die "curl not found on PATH"

# A cluster of this work dir that still runs must be stopped first.
for f in "$workdir"/jobmanager.pid "$workdir"/taskmanager-*.pid; do
  [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null &&
    die "a cluster already runs from $workdir (pid file $f); stop it with pipelines/flink/stop-cluster.sh $workdir"
done

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_taken "$rest_port" && die "REST port $rest_port on 127.0.0.1 is taken; free it or set FLINK_REST_PORT"
port_taken "$rpc_port" && die "RPC port $rpc_port on 127.0.0.1 is taken; free it or set FLINK_RPC_PORT"

began=$(date +%s%N)

# lib/: Flink's jars from Maven, rebuilt only when missing or when the pom changed since it was built.
lib=$workdir/lib
stamp=$(sha256sum "$here/pom.xml" | cut -d' ' -f1)
if [[ ! -f $lib/.complete || $(cat "$lib/.complete") != "$stamp" ]]; then
  echo "Assembling Flink's lib/ in $lib with Maven ..."
  mkdir -p "$workdir"
  rm -rf "$lib" "$lib.partial"
  mvn -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib.partial" \
    >"$workdir/maven-lib.log" 2>&1 || { tail -n 30 "$workdir/maven-lib.log" >&2; die "Maven could not assemble lib/ (log: $workdir/maven-lib.log)"; }
  echo "$stamp" >"$lib.partial/.complete"
  mv "$lib.partial" "$lib"
fi

# conf/: the checked-in configuration with ports and paths filled in.
conf=$workdir/conf
mkdir -p "$conf" "$workdir/log" "$workdir/tmp" "$workdir/web" "$workdir/plugins"
export FLINK_PLUGINS_DIR=$workdir/plugins # empty: no plugins, but no warning about a missing directory
sed -e "s|@REST_PORT@|$rest_port|g" -e "s|@RPC_PORT@|$rpc_port|g" -e "s|@WORKDIR@|$workdir|g" \
  "$here/conf/config.yaml" >"$conf/config.yaml"
cp "$here/conf/log4j.properties" "$conf/log4j.properties"

# What Flink 1.19's config.yaml sets as env.java.opts.all: opens that Kryo and Flink need on Java 17.
jdk_opens=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)
read -r -a extra_opts <<<"${FLINK_JAVA_OPTS:-}"

# Memory flags as Flink's bin/config.sh gets them: BashJavaUtils prints two result lines, JVM flags first,
# then the derived memory settings as "-D key=value" dynamic properties for the process's arguments.
resource_params() { # GET_JM_RESOURCE_PARAMS | GET_TM_RESOURCE_PARAMS -> sets jvm_params, dynamic_params
  local out results
  out=$(java -cp "$lib/*" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$conf" 2>&1) ||
    { echo "$out" | tail -n 20 >&2; die "BashJavaUtils $1 failed"; }
  results=$(echo "$out" | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p')
  [[ $(echo "$results" | wc -l) -eq 2 ]] || { echo "$out" | tail -n 20 >&2; die "BashJavaUtils $1 printed no 2 results"; }
  read -r -a jvm_params <<<"$(echo "$results" | head -n 1)"
  read -r -a dynamic_params <<<"$(echo "$results" | tail -n 1)"
}

launch() { # NAME MAIN-CLASS ARGS... (after resource_params); starts in the background, writes NAME.pid
  local name=$1 main=$2
  shift 2
  nohup java "${jvm_params[@]}" "${jdk_opens[@]}" "${extra_opts[@]}" \
    -Dlog.file="$workdir/log/$name.log" \
    -Dlog4j.configuration="file:$conf/log4j.properties" -Dlog4j.configurationFile="file:$conf/log4j.properties" \
    -cp "$lib/*" "$main" --configDir "$conf" "$@" "${dynamic_params[@]}" \
    >"$workdir/log/$name.out" 2>&1 </dev/null &
  echo $! >"$workdir/$name.pid"
}

rm -f "$workdir"/log/* # logs are of the latest start only

ok=false
failure="interrupted or failed (see the logs above)"
on_exit() {
  if $started && ! $ok; then
    for log in "$workdir"/log/*.log "$workdir"/log/*.out; do
      [[ -s $log ]] && { echo "--- tail of $log" >&2; tail -n 15 "$log" >&2; }
    done
    echo "--- stopping what was started" >&2
    "$here/stop-cluster.sh" "$workdir" >&2 || true
    echo "start-cluster: $failure" >&2
  fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM
started=true

alive() { kill -0 "$(cat "$workdir/$1.pid")" 2>/dev/null || die "$1 exited while starting (log: $workdir/log/$1.log)"; }
deadline=$((SECONDS + timeout))

resource_params GET_JM_RESOURCE_PARAMS
launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --executionMode cluster
until curl -sf -o /dev/null "$url/overview"; do
  alive jobmanager
  ((SECONDS < deadline)) || die "REST API at $url did not answer within ${timeout}s"
  sleep 0.5
done

resource_params GET_TM_RESOURCE_PARAMS
for ((i = 1; i <= taskmanagers; i++)); do
  launch "taskmanager-$i" org.apache.flink.runtime.taskexecutor.TaskManagerRunner
done

count() { echo "$2" | grep -o "\"$1\":[0-9]*" | cut -d: -f2 || true; }
while :; do
  overview=$(curl -sf "$url/overview" || true)
  tms=$(count taskmanagers "$overview")
  slots=$(count slots-available "$overview")
  ((${tms:-0} >= taskmanagers && ${slots:-0} >= slots_per_tm * taskmanagers)) && break
  alive jobmanager
  for ((i = 1; i <= taskmanagers; i++)); do alive "taskmanager-$i"; done
  ((SECONDS < deadline)) || die "only ${tms:-0} TaskManager(s), ${slots:-0} free slot(s) registered within ${timeout}s"
  sleep 0.5
done

ok=true
took=$((($(date +%s%N) - began) / 1000000))
printf 'Flink cluster up at %s: %d TaskManager(s), %d slots, started in %d.%03d s (work dir %s)\n' \
  "$url" "$tms" "$slots" $((took / 1000)) $((took % 1000)) "$workdir"
