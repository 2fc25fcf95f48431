#!/bin/sh
# run.sh - `vitc run` and examples/classify on the fake model of
# tests/fake_model.c (x f32[N,4] -> y f32[N,2], "sum/total" f32[N]).
# Inputs and expected outputs are written as .npy bytes by hand here, so
# no Python is needed; outputs are compared byte for byte.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
VITC=$top_builddir/vitc
CLASSIFY=$top_builddir/examples/classify
T=$(mktemp -d "${TMPDIR:-/tmp}/vitc-run-XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
# The fakes, sealed as vitc seals the models it writes (runtime/vitrt_abi.h).
for f in fake_model fake_nosym fake_abi7; do
	cp "$top_builddir/tests/.libs/$f.so" "$T/$f.so" && "$top_builddir/tests/seal" "$T/$f.so" || exit 99
done
MODEL=$T/fake_model.so
pass=0 failures=0

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# check DESCRIPTION command...: one check that the command succeeds.
check() {
	desc=$1
	shift
	if "$@"; then pass=$((pass + 1)); else fail "$desc"; fi
}

# byte N: one raw byte.
byte() {
	printf "\\$(printf %03o "$1")"
}

# f32le HEX...: each IEEE single given in hex, little-endian.
f32le() {
	for w; do
		v=$((0x$w))
		byte $((v & 255)); byte $((v >> 8 & 255))
		byte $((v >> 16 & 255)); byte $((v >> 24 & 255))
	done
}

# spaces N
spaces() {
	i=0
	while [ "$i" -lt "$1" ]; do printf ' '; i=$((i + 1)); done
}

# npyhdr DESCR SHAPE FIRSTDIM: a version 1.0 header exactly as numpy writes it.
npyhdr() {
	dict="{'descr': '$1', 'fortran_order': False, 'shape': ($2), }"
	base=$((${#dict} + 21 - ${#3}))
	sp=1
	while [ $(((10 + base + sp + 1) % 64)) -ne 0 ]; do sp=$((sp + 1)); done
	hlen=$((base + sp + 1))
	printf '\223NUMPY\001\000'
	byte $((hlen & 255)); byte $((hlen >> 8))
	printf '%s' "$dict"
	spaces $((21 - ${#3} + sp))
	printf '\n'
}

# expect_fail CODE NAME MESSAGE-SUBSTRING -- command...: exit status CODE
# and one line on stderr containing the substring.
expect_fail() {
	code=$1 name=$2 msg=$3
	shift 4
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" -ne "$code" ]; then
		fail "$name: exit $rc, want $code ($(cat "$T/err"))"
	elif [ "$(wc -l <"$T/err")" -ne 1 ]; then
		fail "$name: stderr is not one line: $(cat "$T/err")"
	elif ! grep -qF -- "$msg" "$T/err"; then
		fail "$name: stderr '$(cat "$T/err")' lacks '$msg'"
	else
		pass=$((pass + 1))
	fi
}

# x = [[1, 2, 3, 4], [0.5, -1, 2, 1]]  ->  y = [[4, 2], [-3, 1.5]], sum = [10, 2.5]
{ npyhdr '<f4' '2, 4' 2; f32le 3f800000 40000000 40400000 40800000 \
	3f000000 bf800000 40000000 3f800000; } >"$T/x.npy"
{ npyhdr '<f4' '2, 2' 2; f32le 40800000 40000000 c0400000 3fc00000; } >"$T/y.want"
{ npyhdr '<f4' '2,' 2; f32le 41200000 40200000; } >"$T/sum.want"
{ npyhdr '<i4' '2, 4' 2; f32le 0 0 0 0 0 0 0 0; } >"$T/xi.npy"
{ npyhdr '<f4' '2, 4' 2; f32le 0 0 0; } >"$T/short.npy"
f32le 3f800000 40000000 40400000 40800000 >"$T/img.raw"

# Good runs: -o, named input, threads, --output-dir.
check "-o run" "$VITC" run "$MODEL" --input "$T/x.npy" -o "$T/y.npy"
check "-o: y.npy is as expected" cmp "$T/y.npy" "$T/y.want"
check "named run" "$VITC" run "$MODEL" --input "x=$T/x.npy" --threads 3 -o "$T/y3.npy"
check "--threads 3: y.npy is as expected" cmp "$T/y3.npy" "$T/y.want"
check "--output-dir run" "$VITC" run --output-dir "$T/outs" "$MODEL" --input="$T/x.npy"
check "--output-dir: y.npy" cmp "$T/outs/y.npy" "$T/y.want"
check "--output-dir: sum_total.npy" cmp "$T/outs/sum_total.npy" "$T/sum.want"

# -o into a FIFO (or /dev/null) writes into it rather than replacing it.
mkfifo "$T/fifo"
cat "$T/fifo" >"$T/fromfifo" &
reader=$!
check "-o FIFO run" "$VITC" run "$MODEL" --input "$T/x.npy" -o "$T/fifo"
if [ -p "$T/fifo" ]; then
	wait "$reader"
	check "-o FIFO: the bytes came through" cmp "$T/fromfifo" "$T/y.want"
else
	kill "$reader" 2>/dev/null
	fail "-o FIFO: the FIFO was replaced"
fi

# The summary without -o.
"$VITC" run "$MODEL" --input "$T/x.npy" >"$T/summary" 2>&1
check "summary of y" grep -qxF 'y: f32[2,2]: 4 2 -3 1.5' "$T/summary"
check "summary argmax" grep -qxF '  argmax per row: 0 1' "$T/summary"
check "summary of sum/total" grep -qxF 'sum/total: f32[2]: 10 2.5' "$T/summary"

# --repeat prints exactly the timing line.
"$VITC" run "$MODEL" --input "$T/x.npy" --repeat 5 -o "$T/y5.npy" >"$T/rep"
check "--repeat line: $(cat "$T/rep")" \
	grep -qxE 'median [0-9]+\.[0-9]{3} ms, min [0-9]+\.[0-9]{3} ms' "$T/rep"
check "--repeat: one line" test "$(wc -l <"$T/rep")" -eq 1
check "--repeat: y.npy" cmp "$T/y5.npy" "$T/y.want"

# Failures: exit 1 with one line.
expect_fail 1 "wrong shape" \
	"vitc run: input 'x' ($T/y.npy): shape [2,2] does not match [N,4]" -- \
	"$VITC" run "$MODEL" --input "$T/y.npy"
expect_fail 1 "wrong dtype" "input 'x' ($T/xi.npy): dtype i32 does not match f32" -- \
	"$VITC" run "$MODEL" --input "$T/xi.npy"
expect_fail 1 "truncated npy" "truncated .npy file" -- \
	"$VITC" run "$MODEL" --input "$T/short.npy"
expect_fail 1 "missing input" "missing input 'x' (f32[N,4])" -- "$VITC" run "$MODEL"
expect_fail 1 "unknown input" "the model has no input 'foo'" -- \
	"$VITC" run "$MODEL" --input "foo=$T/x.npy"
expect_fail 1 "twice" "input 'x' is given twice" -- \
	"$VITC" run "$MODEL" --input "$T/x.npy" --input "x=$T/x.npy"
expect_fail 1 "not a model" "not a vitc model" -- \
	"$VITC" run "$T/fake_nosym.so" --input "$T/x.npy"
expect_fail 1 "no model file" "cannot open" -- "$VITC" run "$T/nope.so" --input "$T/x.npy"
expect_fail 1 "abi" "built for runtime ABI 7" -- \
	"$VITC" run "$T/fake_abi7.so" --input "$T/x.npy"

# Usage errors: exit 2.
expect_fail 2 "unknown flag" "unknown option '--bogus'" -- "$VITC" run "$MODEL" --bogus
expect_fail 2 "missing value" "option '--threads' needs a value" -- "$VITC" run "$MODEL" --threads
expect_fail 2 "bad number" "--threads: bad number 'x3'" -- "$VITC" run "$MODEL" --threads x3
expect_fail 2 "repeat 0" "--repeat: bad number '0'" -- "$VITC" run "$MODEL" --repeat 0
expect_fail 2 "no model" "missing MODEL.so" -- "$VITC" run --input "$T/x.npy"
expect_fail 2 "-o and dir" "exclude each other" -- \
	"$VITC" run "$MODEL" --input "$T/x.npy" -o a.npy --output-dir d
"$VITC" run --help >"$T/help"
check "vitc run --help" grep -q 'usage: vitc run' "$T/help"

# The example program: a raw image, and a synthetic one.
"$CLASSIFY" "$MODEL" "$T/img.raw" --threads 2 >"$T/cls"
check "classify #1: $(cat "$T/cls")" grep -qF '#1  class 0  score 4.0000' "$T/cls"
check "classify #2" grep -qF '#2  class 1  score 2.0000' "$T/cls"
"$CLASSIFY" "$MODEL" >"$T/cls"
check "classify (synthetic): $(cat "$T/cls")" grep -q 'top-5' "$T/cls"

echo "# vitc: $pass passed, $failures failed"
[ "$failures" -eq 0 ]
