#!/bin/sh
# Parse speed of Jyco's parser against CPython's ast.parse, on the same files: CPython's
# standard library (Lib/) by default, or the .py files under DIR.
#
#   bench/parse_speed.sh [-r RUNS] [-p PASSES] [DIR]
#
# Builds nothing: build the parser module first (e.g. `mvn -o -q -pl parser test-compile`).
# Jyco: org.jyco.parser.ParseSpeed (parser/src/test/java) parses every file from bytes to AST
# (decode, tokenize, parse, build), PASSES times in one JVM; "cold" is the first pass of a fresh
# JVM, "warm" the best later pass. CPython: ast.parse(bytes) on the same files (reading them is
# not timed, nor is anything but ast.parse), PASSES times in one process; "cold" is the first
# pass, "warm" the best. Each side runs RUNS times in fresh processes; the table shows the best
# of the runs (the machine may be shared: the best run is the least disturbed one).
# Environment: PYTHON (python3), JAVA (java), JAVA_OPTS (-Xmx1g).
set -e
RUNS=3
PASSES=8
while getopts r:p: opt; do
    case $opt in
        r) RUNS=$OPTARG ;;
        p) PASSES=$OPTARG ;;
        *) echo "usage: $0 [-r RUNS] [-p PASSES] [DIR]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
REPO=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-python3}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
ROOT=${1:-$("$PY" -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")}

ANTLR_VERSION=$(sed -n 's:.*<antlr.version>\(.*\)</antlr.version>.*:\1:p' "$REPO/pom.xml")
ANTLR_JAR=$HOME/.m2/repository/org/antlr/antlr4-runtime/$ANTLR_VERSION/antlr4-runtime-$ANTLR_VERSION.jar
CLASSES=$REPO/parser/target/classes
TEST_CLASSES=$REPO/parser/target/test-classes
if [ ! -f "$TEST_CLASSES/org/jyco/parser/ParseSpeed.class" ] || [ ! -f "$ANTLR_JAR" ]; then
    echo "build the parser first (mvn -o -q -pl parser test-compile); need $TEST_CLASSES and $ANTLR_JAR" >&2
    exit 1
fi
CP=$CLASSES:$TEST_CLASSES:$ANTLR_JAR

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# the files: every .py under ROOT except installed third-party packages
"$PY" - "$ROOT" > "$WORK/files.txt" <<'PY'
import os, sys
root = sys.argv[1]
out = []
for d, dirs, files in os.walk(root):
    for f in files:
        if f.endswith('.py'):
            rel = os.path.relpath(os.path.join(d, f), root)
            parts = rel.split(os.sep)
            if 'site-packages' in parts or 'dist-packages' in parts:
                continue
            out.append(rel)
print('\n'.join(sorted(out)))
PY

cat > "$WORK/cpython.py" <<'PY'
import ast, sys, time, warnings
warnings.simplefilter('ignore')
root, listing, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = [l.strip() for l in open(listing, encoding='utf-8') if l.strip()]
data = []
for n in names:
    with open(root + '/' + n, 'rb') as f:
        data.append(f.read())
times = []
for p in range(passes):
    t0 = time.perf_counter()
    for n, d in zip(names, data):
        try:
            ast.parse(d, n)
        except SyntaxError:
            pass
    times.append(time.perf_counter() - t0)
print('result cold %.3f' % times[0])
print('result warm %.3f' % min(times[1:] or times))
PY

echo "files: $(wc -l < "$WORK/files.txt") under $ROOT; $RUNS runs x $PASSES passes per side" >&2
i=0
while [ $i -lt "$RUNS" ]; do
    i=$((i + 1))
    echo "run $i: Jyco ..." >&2
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -cp "$CP" org.jyco.parser.ParseSpeed --passes "$PASSES" --root "$ROOT" "$WORK/files.txt" \
        | grep '^result\|needs LL' | sed 's/^/jyco /' >> "$WORK/results.txt"
    echo "run $i: CPython ..." >&2
    "$PY" "$WORK/cpython.py" "$ROOT" "$WORK/files.txt" "$PASSES" | sed 's/^/cpython /' >> "$WORK/results.txt"
done

awk '
    $1 == "jyco" && $3 == "files" { files = $4 }
    $1 == "jyco" && $3 == "bytes" { bytes = $4 }
    $1 == "jyco" && $3 == "validFilesNeedingLL" { ll = $4 }
    $1 == "jyco" && $3 == "syntaxErrors" { errs = $4 }
    $1 == "jyco" && $3 == "cold" && (jc == "" || $4 < jc) { jc = $4 }
    $1 == "jyco" && $3 == "warm" && (jw == "" || $4 < jw) { jw = $4 }
    $1 == "cpython" && $3 == "cold" && (cc == "" || $4 < cc) { cc = $4 }
    $1 == "cpython" && $3 == "warm" && (cw == "" || $4 < cw) { cw = $4 }
    END {
        printf "%d files, %.1f MB (%d of them syntax errors in both)\n\n", files, bytes / 1e6, errs
        printf "%-34s %9s %12s\n", "", "seconds", "vs CPython warm"
        printf "%-34s %9.2f %11.2fx\n", "Jyco cold (first pass, fresh JVM)", jc, jc / cw
        printf "%-34s %9.2f %11.2fx\n", "Jyco warm (best later pass)", jw, jw / cw
        printf "%-34s %9.2f %11.2fx\n", "CPython cold (first pass)", cc, cc / cw
        printf "%-34s %9.2f %11.2fx\n", "CPython warm (best later pass)", cw, 1
        printf "\nvalid files that needed ANTLR LL prediction (SLL failed): %d\n", ll
    }' "$WORK/results.txt"
