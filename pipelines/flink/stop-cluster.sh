#!/usr/bin/env bash
# Stops the cluster that start-cluster.sh started from WORKDIR: exactly the processes named by its pid files,
# TaskManagers first. Usage: pipelines/flink/stop-cluster.sh [WORKDIR]   (same default as start-cluster.sh)
# Sends TERM, waits up to FLINK_STOP_TIMEOUT seconds (20), then KILL. Nothing running is not an error.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
workdir=${1:-${FLINK_WORKDIR:-target/flink-cluster}}
[[ $workdir == /* ]] || workdir=$repo/$workdir
timeout=${FLINK_STOP_TIMEOUT:-20}

# A pid counts only while it is alive and is still the Flink process it was (pids are reused).
ours() { # PID MAIN-CLASS
  [[ $1 =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q "$2"
}

stop() { # PIDFILE MAIN-CLASS
  local file=$1 main=$2 pid waited=0
  [[ -f $file ]] || return 0
  pid=$(cat "$file")
  if ours "$pid" "$main"; then
    echo "Stopping $(basename "$file" .pid) (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while ours "$pid" "$main" && ((waited < timeout * 10)); do
      sleep 0.1
      waited=$((waited + 1))
    done
    if ours "$pid" "$main"; then
      echo "$(basename "$file" .pid) (pid $pid) did not stop within ${timeout}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      while ours "$pid" "$main"; do sleep 0.1; done
    fi
  fi
  rm -f "$file"
}

shopt -s nullglob
for file in "$workdir"/taskmanager-*.pid; do
  stop "$file" org.apache.flink.runtime.taskexecutor.TaskManagerRunner
done
stop "$workdir/jobmanager.pid" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint
