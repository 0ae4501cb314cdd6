#!/usr/bin/env bash
# Runs the benchmark programs with Jyco, CPython and (if installed) PyPy, side by side, and
# prints a table of times and ratios. usage: bench/run.sh [-n RUNS] [program.py...]
set -e
cd "$(dirname "$0")/.."
jar=bench/target/jyco-bench.jar
if [ ! -f "$jar" ]; then mvn -q -B -DskipTests package -pl bench -am; fi
args=("$@")
if [ ${#args[@]} -eq 0 ] || [[ "${args[-1]}" != *.py ]]; then args+=(bench/programs/*.py); fi
exec java ${JYCO_JAVA_OPTS:--XX:+UseParallelGC} -jar "$jar" "${args[@]}"
