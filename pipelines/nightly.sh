#!/usr/bin/env bash
# The nightly job: runs actor-trends for one day (by default yesterday in the configured timezone) or a range of
# days, then writes the report of each day. See pipelines/NIGHTLY.md.
#
# Usage: pipelines/nightly.sh [--config=FILE] [--day=YYYY-MM-DD | --from=YYYY-MM-DD --to=YYYY-MM-DD] [--help]
#
# Exit codes: 0 ok; 1 a step (build, run, report) failed; 2 usage or configuration error;
# 75 another nightly run holds the lock on this OUTPUT.
set -euo pipefail

readonly EXIT_FAILED=1 EXIT_USAGE=2 EXIT_LOCKED=75
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
  cat <<'EOF'
Usage: pipelines/nightly.sh [--config=FILE] [--day=YYYY-MM-DD | --from=YYYY-MM-DD --to=YYYY-MM-DD] [--help]

Runs the actor-trends job for one day (default: yesterday in TIMEZONE) or for the days FROM..TO (one job run),
then the report of every day. Settings: KEY=VALUE lines in FILE (default pipelines/nightly.conf), each
overridable by the environment variable ACTOR_TRENDS_<KEY>. See pipelines/NIGHTLY.md.

Exit codes: 0 ok, 1 a step failed, 2 usage or configuration error, 75 another run holds the lock.
EOF
}

# Usage and configuration errors are one line on stderr, before anything is started or logged.
die_usage() {
  echo "nightly: error: $*" >&2
  exit "$EXIT_USAGE"
}

# --- command line ---------------------------------------------------------------------------------------------
config=''
day='' from='' to=''
print_day=false # hidden: print the day(s) a run would process and exit (for tests and a quick check)
for arg in "$@"; do
  case $arg in
    --config=*) config=${arg#*=} ;;
    --day=*) day=${arg#*=} ;;
    --from=*) from=${arg#*=} ;;
    --to=*) to=${arg#*=} ;;
    --print-day) print_day=true ;;
    --help | -h) usage; exit 0 ;;
    *) die_usage "unknown argument '$arg' (see --help)" ;;
  esac
done
[[ -n $day && (-n $from || -n $to) ]] && die_usage "give either --day or --from/--to, not both"
[[ -n $from && -z $to || -z $from && -n $to ]] && die_usage "--from and --to go together"

# --- configuration --------------------------------------------------------------------------------------------
keys=(INPUT OUTPUT TIMEZONE RUNNER FLINK_MASTER PARALLELISM WINDOW ACTORS SENTIMENT_MODEL LOG_DIR JAVA_OPTS JAR)
declare -A conf=(
  [INPUT]=sample-data/articles [OUTPUT]=out-nightly [TIMEZONE]=UTC [RUNNER]=direct
  [FLINK_MASTER]=127.0.0.1:8081 [PARALLELISM]=2 [WINDOW]=28 [ACTORS]='' [SENTIMENT_MODEL]=fast [LOG_DIR]='' [JAVA_OPTS]='-Xmx2g -XX:+UseSerialGC -XX:TieredStopAtLevel=1'
  [JAR]=target/actor-trends.jar
)
declare -A origin=() # where each value came from, for error messages

trim() {
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  printf '%s' "${s%"${s##*[![:space:]]}"}"
}

# Read line by line, never sourced: a value is only ever data, so the file cannot run code.
parse_config() {
  local file=$1 n=0 line key value
  declare -A seen=()
  while IFS= read -r line || [[ -n $line ]]; do
    n=$((n + 1))
    line=$(trim "${line%$'\r'}")
    [[ -z $line || $line == \#* ]] && continue
    [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=(.*)$ ]] ||
      die_usage "$file:$n: not a KEY=VALUE line: $line"
    key=${BASH_REMATCH[1]}
    value=$(trim "${BASH_REMATCH[2]}")
    [[ -v "conf[$key]" ]] || die_usage "$file:$n: unknown key '$key' (known: ${keys[*]})"
    [[ -v "seen[$key]" ]] && die_usage "$file:$n: $key is set twice (first on line ${seen[$key]})"
    seen[$key]=$n
    # One pair of surrounding quotes is allowed and removed; nothing inside is expanded.
    if [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]]; then
      value=${BASH_REMATCH[1]}
    fi
    conf[$key]=$value
    origin[$key]="$file:$n"
  done <"$file"
}

# Without --config the shipped file is read if it is there; without it, the defaults above and the environment.
if [[ -n $config ]]; then
  [[ -f $config && -r $config ]] || die_usage "--config: cannot read $config"
elif [[ -f $repo/pipelines/nightly.conf ]]; then
  config=$repo/pipelines/nightly.conf
fi
[[ -z $config ]] || parse_config "$config"
for key in "${keys[@]}"; do
  var=ACTOR_TRENDS_$key
  if [[ -v $var ]]; then
    conf[$key]=${!var}
    origin[$key]="environment $var"
  fi
done

bad() { die_usage "bad $1 '${conf[$1]}' (from ${origin[$1]:-the defaults}): $2"; }
abs() { if [[ $1 == /* ]]; then printf '%s' "$1"; else printf '%s/%s' "$repo" "$1"; fi; }

for key in INPUT OUTPUT TIMEZONE RUNNER PARALLELISM WINDOW SENTIMENT_MODEL JAR; do
  [[ -n ${conf[$key]} ]] || bad "$key" "must not be empty"
done
tz=${conf[TIMEZONE]}
# TZ=Nonsense silently means UTC to date(1), so the zone must exist in the zone database.
if [[ $tz != UTC && $tz != Etc/UTC ]]; then
  [[ $tz =~ ^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$ && -f ${TZDIR:-/usr/share/zoneinfo}/$tz ]] ||
    bad TIMEZONE "not an IANA time zone such as Europe/Berlin (or no zone database in ${TZDIR:-/usr/share/zoneinfo})"
fi
case ${conf[RUNNER]} in
  direct | flink-embedded) ;;
  flink-cluster) [[ ${conf[FLINK_MASTER]} =~ ^[A-Za-z0-9.-]+:[0-9]+$ ]] || bad FLINK_MASTER "expected host:port" ;;
  *) bad RUNNER "expected direct, flink-embedded or flink-cluster" ;;
esac
[[ ${conf[PARALLELISM]} =~ ^[1-9][0-9]{0,3}$ ]] || bad PARALLELISM "expected a whole number from 1"
[[ ${conf[WINDOW]} =~ ^[1-9][0-9]{0,3}$ ]] || bad WINDOW "expected a number of days from 1"
[[ ${conf[SENTIMENT_MODEL]} == fast || ${conf[SENTIMENT_MODEL]} == contextual ]] || bad SENTIMENT_MODEL "expected fast or contextual"
output=$(abs "${conf[OUTPUT]}")
log_dir=$(abs "${conf[LOG_DIR]:-$output/_logs}")
jar=$(abs "${conf[JAR]}")
actors=
if [[ -n ${conf[ACTORS]} ]]; then
  actors=$(abs "${conf[ACTORS]}")
  [[ -f $actors && -r $actors ]] || bad ACTORS "no such readable file"
fi
# Only the repo's own jar can be built here; any other must already exist.
[[ -f $jar || $jar == "$repo/target/actor-trends.jar" ]] || bad JAR "no such file"
# Split on whitespace only: no quotes, no globbing (a flag like -Dx="a b" is not possible here).
read -r -a java_opts <<<"${conf[JAVA_OPTS]}"

# --- the days -------------------------------------------------------------------------------------------------
valid_date() { [[ $1 =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ && $(date -u -d "$1" +%F 2>/dev/null) == "$1" ]]; }
epoch_of_day() { date -u -d "$1" +%s; }
day_of_epoch() { date -u -d "@$1" +%F; }

if [[ -n $day ]]; then
  valid_date "$day" || die_usage "--day must be a date like 2025-08-20, not '$day'"
  from=$day to=$day
elif [[ -n $from ]]; then
  valid_date "$from" || die_usage "--from must be a date like 2025-08-01, not '$from'"
  valid_date "$to" || die_usage "--to must be a date like 2025-08-20, not '$to'"
  (($(epoch_of_day "$to") >= $(epoch_of_day "$from"))) || die_usage "--to $to is before --from $from"
else
  # Yesterday = today's date in TZ minus one calendar day. "now - 24 h" would be wrong on the night after a
  # 23-hour DST day. ACTOR_TRENDS_NOW (any date(1) time, e.g. 2025-08-21T00:30:00Z) fixes "now" for tests.
  now=$(date -d "${ACTOR_TRENDS_NOW:-now}" +%s 2>/dev/null) || die_usage "ACTOR_TRENDS_NOW: not a time: '${ACTOR_TRENDS_NOW-}'"
  today=$(TZ=$tz date -d "@$now" +%F)
  from=$(day_of_epoch $(($(epoch_of_day "$today") - 86400))) # date arithmetic in UTC, where days are 24 h
  to=$from
fi
days=()
for ((t = $(epoch_of_day "$from"); t <= $(epoch_of_day "$to"); t += 86400)); do
  days+=("$(day_of_epoch "$t")")
done
if $print_day; then
  printf '%s\n' "${days[@]}"
  exit 0
fi

# --- lock and log ---------------------------------------------------------------------------------------------
mkdir -p "$output" "$log_dir" 2>/dev/null || die_usage "cannot create $output or $log_dir"
if [[ $from == "$to" ]]; then log_file=$log_dir/nightly-$from.log; else log_file=$log_dir/nightly-${from}_$to.log; fi
stamp() { date '+%Y-%m-%dT%H:%M:%S%z'; }
log() { printf '%s nightly[%d]: %s\n' "$(stamp)" "$$" "$*" | tee -a "$log_file"; }
log_err() { printf '%s nightly[%d]: %s\n' "$(stamp)" "$$" "$*" | tee -a "$log_file" >&2; }

# The lock is held on fd 9 until this script and every child (the job) has exited, even if the script is killed.
lock_file=$output/_nightly.lock
command -v flock >/dev/null || { echo "nightly: error: flock(1) not found (package util-linux)" >&2; exit "$EXIT_FAILED"; }
exec 9>>"$lock_file"
if ! flock -n 9; then
  log_err "another nightly run holds $lock_file; not starting (exit $EXIT_LOCKED)"
  exit "$EXIT_LOCKED"
fi

# Runs a step with its stdout and stderr going both to ours and, appended, to the log file.
run_step() {
  local name=$1 rc=0 began=$SECONDS cmdline
  shift
  printf -v cmdline '%q ' "$@"
  log "step $name: ${cmdline% }"
  { "$@" 2>&1 1>&3 3>&- | tee -a "$log_file" >&2; } 3>&1 | tee -a "$log_file" || rc=$?
  log "step $name: exit $rc after $((SECONDS - began)) s"
  return "$rc"
}

failed=()
finish() {
  if ((${#failed[@]} == 0)); then
    log "end: ok, ${#days[@]} day(s) $from..$to in $((SECONDS)) s"
    exit 0
  fi
  log_err "end: FAILED at step(s): ${failed[*]}; log: $log_file"
  exit "$EXIT_FAILED"
}

cd "$repo" # relative INPUT paths are taken from the repo root
log "start: days $from..$to, runner ${conf[RUNNER]}, output $output, config ${config:-(none)}"
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [[ ! -f $jar ]]; then
  run_step build mvn -B -DskipTests package || { failed+=("build (exit $?)"); finish; }
  [[ -f $jar ]] || { log_err "the build did not make $jar"; failed+=(build); finish; }
fi
# the class-data archive the build makes beside the jar: each run starts about 2 s sooner (README, Performance)
[[ -f ${jar%.jar}.jsa ]] && java_opts+=("-XX:SharedArchiveFile=${jar%.jar}.jsa")

job=("$java_bin" "${java_opts[@]}" -jar "$jar" run "--input=${conf[INPUT]}" "--output=$output" "--timezone=$tz"
  "--sentimentModel=${conf[SENTIMENT_MODEL]}")
if [[ $from == "$to" ]]; then job+=("--day=$from"); else job+=("--fromDay=$from" "--toDay=$to"); fi
[[ -n $actors ]] && job+=("--actors=$actors")
case ${conf[RUNNER]} in
  flink-embedded) job+=(--runner=FlinkRunner "--flinkMaster=[local]" "--parallelism=${conf[PARALLELISM]}") ;;
  flink-cluster)
    job+=(--runner=FlinkRunner "--flinkMaster=${conf[FLINK_MASTER]}" "--parallelism=${conf[PARALLELISM]}")
    # Fail in one line rather than waiting for Beam's client to give up on a cluster that is not there.
    if command -v curl >/dev/null && ! curl -sf -o /dev/null --max-time 10 "http://${conf[FLINK_MASTER]}/overview"; then
      log_err "no Flink cluster answers at http://${conf[FLINK_MASTER]} (start one with pipelines/flink/start-cluster.sh)"
      failed+=(run)
      finish
    fi
    ;;
esac

run_step run "${job[@]}" || {
  failed+=("run (exit $?)")
  log_err "the run failed: no reports written (the output of earlier runs is unchanged)"
  finish
}
# A report failing for one day does not stop the others of a backfill.
for d in "${days[@]}"; do
  run_step "report-$d" "$java_bin" "${java_opts[@]}" -jar "$jar" report "--output=$output" "--day=$d" \
    "--window=${conf[WINDOW]}" || failed+=("report-$d (exit $?)")
done
finish
