#!/usr/bin/env bash
# Load test of `askdb serve` on loopback, in two phases: cache hits, then fast-path answers.
# Each phase starts its own server on 127.0.0.1, drives POST /api/query from a second process
# (askdb-bench.jar load) for a bounded time and request count, reports requests/s, latency
# percentiles and which tier answered, and the server's resident memory; then stops the server.
#
#   scripts/load.sh                      # 20 s a phase, 8 connections
#   DURATION=60 CONNECTIONS=16 WARMUP=10 scripts/load.sh
#
# The rate limiter is turned off (ASKDB_RATE_LIMIT=0): this measures the server, not the limiter.
# The fast-path phase runs with the answer cache's TTL at 0, so every question reaches tier 2.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-8}
MAX_REQUESTS=${MAX_REQUESTS:-1000000}
HEAP=${HEAP:-1g}
APP=askdb-app/target/askdb.jar
BENCH=askdb-bench/target/askdb-bench.jar

if [[ ! -f $APP || ! -f $BENCH ]]; then
  mvn -q -DskipTests package
fi

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for p in $(seq 18080 18180); do up "$p" || { echo "$p"; return 0; }; done
  echo "no free port in 18080-18180" >&2; return 1
}

SERVER_PID=""
stop_server() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

memory() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2 / 1024}' "/proc/$1/status"; }

phase() {
  local tier=$1; shift
  local port; port=$(free_port)
  local log; log=$(mktemp -t askdb-serve-XXXX.log)
  env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u AZURE_OPENAI_ENDPOINT -u OLLAMA_BASE_URL -u DATABASE_URL -u REDIS_URL \
    LLM_PROVIDER=none ASKDB_RATE_LIMIT=0 "$@" \
    java "-Xmx$HEAP" -jar "$APP" serve --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 120); do
    up "$port" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped; its log:" >&2; cat "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "== $tier: askdb serve on 127.0.0.1:$port (pid $SERVER_PID, -Xmx$HEAP), $* "
  echo "server memory before: $(memory "$SERVER_PID")"
  timeout $((WARMUP + DURATION + 120)) java -jar "$BENCH" load --url "http://127.0.0.1:$port" --expect-tier "$tier" \
    --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION" --max-requests "$MAX_REQUESTS"
  echo "server memory after:  $(memory "$SERVER_PID")"
  stop_server
  rm -f "$log"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(java -version 2>&1 | head -1)"
phase cache
phase fast_path QUERY_CACHE_TTL=0 SQL_CACHE_TTL=0
