#!/usr/bin/env bash
# Load test of `askdb serve` on loopback with wrk, every path measured against the ceiling in the
# same run: a bare Javalin endpoint on askdb's own libraries that parses the JSON body and returns a
# fixed answer of the same size as askdb's (askdb-bench.jar ceiling).
#
#   scripts/load.sh                                   # 30 s warm-up a phase, 3 rounds of 15 s a phase, wrk -t2 -c8
#   ROUNDS=5 DURATION=30 scripts/load.sh
#   JAVA_OPTS="-Xmx1g" scripts/load.sh                # other server settings (default: the README's)
#
# Each round runs the phases one after another, each against its own already running server:
#   ceiling      the bare Javalin endpoint
#   cache        askdb, the question answered before: a cache hit
#   fast_nocache askdb, the same question with "noCache": true: the fast path's own work
#   fast_miss    askdb with QUERY_CACHE_TTL=0 SQL_CACHE_TTL=0: every request misses the cache and the
#                fast path answers behind that miss
#   redis_2      two askdb servers sharing Redis (REDIS_URL, default redis://127.0.0.1:6379/11), one wrk
#                each (-t1, half the connections), requests/s summed: cache hits on both
# and prints, per phase, the median over the rounds of requests/s and p50, and the median of each
# round's ratio to that round's ceiling, and the server's CPU time per request (user + system time of
# the server process over the phase, divided by its requests: less sensitive than requests/s to other
# jobs sharing the machine). Every response is checked (status 200 and the tier expected);
# a phase with a wrong answer is reported, not hidden. The servers run without an LLM and without the
# rate limiter (ASKDB_RATE_LIMIT=0: this measures the server, not the limiter). wrk is installed with
# apt-get when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-30}
REWARM=${REWARM:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC"}
REDIS_URL_FOR_LOAD=${REDIS_URL_FOR_LOAD:-redis://127.0.0.1:6379/11}
QUESTION=${QUESTION:-"How many customers are there?"}
APP=askdb-app/target/askdb.jar
BENCH=askdb-bench/target/askdb-bench.jar

if ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing it with apt-get" >&2
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=""; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
if [[ ! -f $APP || ! -f $BENCH ]]; then
  mvn -q -DskipTests package
fi

WORK=$(mktemp -d -t askdb-load-XXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for p in $(seq 18080 18280); do
    up "$p" || [[ " ${USED_PORTS:-} " == *" $p "* ]] || { USED_PORTS="${USED_PORTS:-} $p"; echo "$p"; return 0; }
  done
  echo "no free port in 18080-18280" >&2; return 1
}
wait_up() { # port pid log
  for _ in $(seq 240); do
    up "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "the server on $1 stopped; its log:" >&2; cat "$3" >&2; exit 1; }
    sleep 0.25
  done
  echo "the server on $1 did not come up; its log:" >&2; cat "$3" >&2; exit 1
}

# askdb NAME [ENV...]: starts `askdb serve` with the given environment; sets PORT_<NAME> and PID_<NAME>.
askdb() {
  local name=$1; shift
  local port; port=$(free_port)
  env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u AZURE_OPENAI_ENDPOINT -u OLLAMA_BASE_URL -u DATABASE_URL -u REDIS_URL \
    LLM_PROVIDER=none ASKDB_RATE_LIMIT=0 "$@" \
    java $JAVA_OPTS -jar "$APP" serve --host 127.0.0.1 --port "$port" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_up "$port" "$pid" "$WORK/$name.log"
  printf -v "PORT_$name" %s "$port"
  printf -v "PID_$name" %s "$pid"
}

body() { # question [noCache]
  local q=${1//\"/\\\"}
  if [[ ${2:-} == nocache ]]; then printf '{"question": "%s", "noCache": true}' "$q"; else printf '{"question": "%s"}' "$q"; fi
}
ask() { curl -s -X POST -H 'Content-Type: application/json' --data "$2" "http://127.0.0.1:$1/api/query"; }
tier_of() { sed -n 's/.*"tier":"\([a-z_]*\)".*/\1/p' <<<"$1"; }

cat >"$WORK/post.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("WRK_BODY")
local expect = os.getenv("WRK_EXPECT")
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) wrong = 0 end
function response(status, headers, body)
  if status ~= 200 or not string.find(body, expect, 1, true) then wrong = wrong + 1 end
end
function done(summary, latency, requests)
  local w = 0
  for _, t in ipairs(threads) do w = w + t:get("wrong") end
  io.write(string.format("RESULT %.1f %.3f %.3f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.requests, w))
end
EOF

# drive PORT BODY EXPECT THREADS CONNECTIONS SECONDS: prints "rps p50 p90 p99 requests wrong".
drive() {
  WRK_BODY=$2 WRK_EXPECT=$3 wrk -t"$4" -c"$5" -d"$6s" --timeout 10s -s "$WORK/post.lua" \
    "http://127.0.0.1:$1/api/query" | sed -n 's/^RESULT //p'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "servers: java $JAVA_OPTS; wrk -t$THREADS -c$CONNECTIONS; ${WARMUP} s of warm-up a phase, then $ROUNDS rounds of ${REWARM} s warm-up and ${DURATION} s a phase"

askdb default
askdb miss QUERY_CACHE_TTL=0 SQL_CACHE_TTL=0
askdb redisA REDIS_URL="$REDIS_URL_FOR_LOAD"
askdb redisB REDIS_URL="$REDIS_URL_FOR_LOAD"
echo "server memory at rest (default settings): $(awk '/^VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$PID_default/status")"

HIT=$(body "$QUESTION")
NOCACHE=$(body "$QUESTION" nocache)
first=$(tier_of "$(ask "$PORT_default" "$HIT")")
second_answer=$(ask "$PORT_default" "$HIT")
second=$(tier_of "$second_answer")
nocache=$(tier_of "$(ask "$PORT_default" "$NOCACHE")")
miss=$(tier_of "$(ask "$PORT_miss" "$HIT")")
shared_first=$(tier_of "$(ask "$PORT_redisA" "$HIT")")
shared_other=$(tier_of "$(ask "$PORT_redisB" "$HIT")")
echo "question: \"$QUESTION\" — first asking: $first, second: $second; noCache: $nocache; behind a miss: $miss;"
echo "  shared Redis: server A answered from $shared_first, then server B (empty local cache) from $shared_other"
[[ $second == cache && $nocache == fast_path && $miss == fast_path && $shared_other == cache ]] \
  || { echo "the servers do not answer with the tiers this benchmark measures" >&2; exit 1; }
BYTES=$(printf %s "$second_answer" | wc -c)

CEILING_PORT=$(free_port)
java $JAVA_OPTS -jar "$BENCH" ceiling --port "$CEILING_PORT" --answer-bytes "$BYTES" >"$WORK/ceiling.log" 2>&1 &
CEILING_PID=$!
PIDS+=("$CEILING_PID")
wait_up "$CEILING_PORT" "$CEILING_PID" "$WORK/ceiling.log"
echo "ceiling: bare Javalin on 127.0.0.1:$CEILING_PORT, answer of $BYTES bytes (the size of askdb's cache hit)"

PHASES=(ceiling cache fast_nocache fast_miss redis_2)
declare -A PORT_OF=([ceiling]=$CEILING_PORT [cache]=$PORT_default [fast_nocache]=$PORT_default [fast_miss]=$PORT_miss)
declare -A BODY_OF=([ceiling]=$HIT [cache]=$HIT [fast_nocache]=$NOCACHE [fast_miss]=$HIT [redis_2]=$HIT)
declare -A EXPECT_OF=([ceiling]='"success":true' [cache]='"tier":"cache"' [fast_nocache]='"tier":"fast_path"'
  [fast_miss]='"tier":"fast_path"' [redis_2]='"tier":"cache"')
HALF=$(( CONNECTIONS / 2 > 0 ? CONNECTIONS / 2 : 1 ))

TICKS=$(getconf CLK_TCK)
cpu_ticks() { local t=0 pid; for pid in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$pid/stat") )); done; echo "$t"; }
declare -A PIDS_OF=([ceiling]=$CEILING_PID [cache]=$PID_default [fast_nocache]=$PID_default [fast_miss]=$PID_miss
  [redis_2]="$PID_redisA $PID_redisB")

run_phase() { # phase seconds: prints "rps p50 p90 p99 requests wrong"
  local phase=$1 seconds=$2
  if [[ $phase == redis_2 ]]; then
    drive "$PORT_redisA" "${BODY_OF[$phase]}" "${EXPECT_OF[$phase]}" 1 "$HALF" "$seconds" >"$WORK/a" &
    local a=$!
    drive "$PORT_redisB" "${BODY_OF[$phase]}" "${EXPECT_OF[$phase]}" 1 "$HALF" "$seconds" >"$WORK/b"
    wait "$a"
    # summed requests/s and requests; latencies of the slower server
    paste -d' ' "$WORK/a" "$WORK/b" | awk '{p50 = $2 > $8 ? $2 : $8; p90 = $3 > $9 ? $3 : $9; p99 = $4 > $10 ? $4 : $10;
      printf "%.1f %.3f %.3f %.3f %d %d\n", $1 + $7, p50, p90, p99, $5 + $11, $6 + $12}'
  else
    drive "${PORT_OF[$phase]}" "${BODY_OF[$phase]}" "${EXPECT_OF[$phase]}" "$THREADS" "$CONNECTIONS" "$seconds"
  fi
}

# The JIT needs a few hundred thousand requests to compile askdb's paths: warm every phase first,
# then each round re-warms its phase briefly.
echo "warming every phase for $WARMUP s"
for phase in "${PHASES[@]}"; do run_phase "$phase" "$WARMUP" >/dev/null; done
RESULTS=$WORK/results
: >"$RESULTS"
for round in $(seq "$ROUNDS"); do
  for phase in "${PHASES[@]}"; do
    run_phase "$phase" "$REWARM" >/dev/null
    # shellcheck disable=SC2086 # a list of pids
    before=$(cpu_ticks ${PIDS_OF[$phase]})
    line=$(run_phase "$phase" "$DURATION")
    # shellcheck disable=SC2086
    after=$(cpu_ticks ${PIDS_OF[$phase]})
    line="$line $(awk -v t=$(( after - before )) -v hz="$TICKS" -v n="$(cut -d' ' -f5 <<<"$line")" 'BEGIN {printf "%.1f", (n > 0 ? t / hz * 1e6 / n : 0)}')"
    echo "round $round $phase $line" | tee -a "$RESULTS" | awk '{printf "  round %s %-13s %9.0f req/s  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  %d requests, %d wrong, server CPU %.1f µs a request\n", $2, $3, $4, $5, $6, $7, $8, $9, $10}'
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
mem() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB ", $1, $2 / 1024}' "/proc/$1/status"; }
echo "server memory after the run (default settings, java $JAVA_OPTS): $(mem "$PID_default")"
echo "server memory after the run (caches at TTL 0): $(mem "$PID_miss")"

echo
echo "| path | requests/s (median of $ROUNDS) | × the ceiling (median of the rounds' ratios) | p50 ms | p90 ms | p99 ms | server CPU µs a request | wrong answers |"
echo "|---|---|---|---|---|---|---|---|"
awk -v rounds="$ROUNDS" '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { rps[$3] = rps[$3] " " $4; p50[$3] = p50[$3] " " $5; p90[$3] = p90[$3] " " $6; p99[$3] = p99[$3] " " $7
    wrong[$3] += $9; cpu[$3] = cpu[$3] " " $10; byRound[$2, $3] = $4 }
  END {
    split("ceiling cache fast_nocache fast_miss redis_2", order, " ")
    label["ceiling"] = "the ceiling: bare Javalin, JSON body parsed, fixed answer of the same size"
    label["cache"] = "askdb, answer from the cache"
    label["fast_nocache"] = "askdb, fast path with \"noCache\": true"
    label["fast_miss"] = "askdb, fast path behind a cache miss (answer caches at TTL 0)"
    label["redis_2"] = "askdb, two servers sharing Redis, cache hits (summed)"
    for (k = 1; k <= 5; k++) {
      ph = order[k]; ratios = ""
      for (r = 1; r <= rounds; r++) ratios = ratios " " byRound[r, ph] / byRound[r, "ceiling"]
      printf "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %d |\n", label[ph], median(rps[ph]), median(ratios),
        median(p50[ph]), median(p90[ph]), median(p99[ph]), median(cpu[ph]), wrong[ph]
    }
  }' "$RESULTS"
