#!/usr/bin/env bash
# Runs CPython's own test files (from the installed python3's Lib/test) on Jyco and prints, per
# file, how many tests ran and how many failed. A development aid, not part of `mvn verify`:
# CPython's Lib is appended to sys.path so that test.support and the modules Jyco lacks come from it.
#   tests/cpython/run.sh                 # the files listed in tests/cpython/files.txt
#   tests/cpython/run.sh test_int ...    # given files
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lib="$(python3 -c 'import os; print(os.path.dirname(os.__file__))')"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then mapfile -t names < <(grep -v '^#' "$here/tests/cpython/files.txt" | grep .); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
total_run=0; total_bad=0
printf '%-32s %6s %6s  %s\n' "file" "ran" "bad" "result"
for t in "${names[@]}"; do
  cat > "$work/run_$t.py" <<PY
import sys
sys.path.append("$lib")
sys.argv = ["$t"]
import unittest
import test.$t as m
unittest.main(module=m, verbosity=0, exit=False)
PY
  out="$(cd "$work" && timeout "${JYCO_CPYTEST_TIMEOUT:-120}" "$here/bin/jyco" "run_$t.py" 2>&1)"
  ran=$(grep -oE '^Ran [0-9]+ test' <<<"$out" | grep -oE '[0-9]+' | tail -1)
  last=$(tail -1 <<<"$out")
  if [ -z "$ran" ]; then
    printf '%-32s %6s %6s  %s\n' "$t" "-" "-" "${last:0:90}"
    continue
  fi
  bad=0
  for k in failures errors; do
    n=$(grep -oE "$k=[0-9]+" <<<"$last" | grep -oE '[0-9]+')
    bad=$((bad + ${n:-0}))
  done
  total_run=$((total_run + ran)); total_bad=$((total_bad + bad))
  printf '%-32s %6s %6s  %s\n' "$t" "$ran" "$bad" "$last"
done
echo "total: $total_run tests ran, $((total_run - total_bad)) passed, $total_bad failed or errored (in the files that got to run)"
