#!/usr/bin/env bash
# Runs askdb's JMH benchmarks (askdb-bench, package io.askdb.bench) and prints BENCHMARKS.md's table.
#   scripts/jmh.sh                       # all of them, about 8 minutes on 2 cores
#   scripts/jmh.sh GuardBenchmark        # one class (any JMH regular expression)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f askdb-bench/target/benchmarks.jar ]] || mvn -q -DskipTests package
out=${JMH_RESULT:-askdb-bench/target/jmh-result.json}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
java -jar askdb-bench/target/benchmarks.jar "${1:-io\.askdb\.bench\.}" -rf json -rff "$out" | grep -v ' INFO '
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
python3 scripts/jmh-table.py "$out"
